using System.Text.Json;
using System.Text.Json.Serialization;

namespace KoreaRussiaGraph.Core.Schema;

public sealed record RelationTypeInfo(string Name, string Description, bool Symmetric);

/// <summary>The relation types the graph knows, read from graph-schema/relation-types.json (vocabulary is data).</summary>
public sealed class RelationTypeCatalog
{
    private readonly Dictionary<string, RelationTypeInfo> _byName;

    public RelationTypeCatalog(IEnumerable<RelationTypeInfo> types)
    {
        _byName = types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        All = _byName.Values.OrderBy(t => t.Name, StringComparer.Ordinal).ToArray();
    }

    public IReadOnlyList<RelationTypeInfo> All { get; }

    public bool IsKnown(string name) => _byName.ContainsKey(name);

    public bool IsSymmetric(string name) => _byName.TryGetValue(name, out var t) && t.Symmetric;

    public RelationTypeInfo? Find(string name) => _byName.GetValueOrDefault(name);

    public static RelationTypeCatalog Load(GraphSchemaDirectory schema)
    {
        var path = schema.File("relation-types.json");
        using var stream = File.OpenRead(path);
        var file = JsonSerializer.Deserialize<CatalogFile>(stream, JsonOptions)
            ?? throw new InvalidDataException($"{path} is empty");
        return new RelationTypeCatalog(file.Types);
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    private sealed record CatalogFile([property: JsonPropertyName("types")] IReadOnlyList<RelationTypeInfo> Types);
}
