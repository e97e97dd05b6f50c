using System.Text.Json;
using KoreaRussiaGraph.Core.Schema;

namespace KoreaRussiaGraph.Extraction.Text;

/// <summary>Reads one graph-schema vocabulary file; every stage's vocabulary is data, so this is the only JSON plumbing they share.</summary>
internal static class VocabularyJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static T Load<T>(GraphSchemaDirectory schema, string file)
    {
        var path = schema.File(file);
        using var stream = File.OpenRead(path);
        try
        {
            return JsonSerializer.Deserialize<T>(stream, Options) ?? throw new InvalidDataException($"{path} is empty");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not valid vocabulary: {e.Message}", e);
        }
    }

    public static HashSet<string> Set(IEnumerable<string>? words) => new(words ?? [], StringComparer.OrdinalIgnoreCase);
}
