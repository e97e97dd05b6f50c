using KoreaRussiaGraph.Core.Schema;

namespace KoreaRussiaGraph.Storage.Neo4j.Cypher;

/// <summary>
/// The constraints and indexes in graph-schema/neo4j/*.cypher, split into single statements (the Query API runs
/// one per request). Files apply in name order; each statement uses IF NOT EXISTS so applying them at every
/// start is idempotent.
/// </summary>
public static class SchemaScripts
{
    public const string Folder = "neo4j";

    public static IReadOnlyList<CypherStatement> Load(GraphSchemaDirectory schema)
    {
        var folder = Path.Combine(schema.Path, Folder);
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"Neo4j schema folder '{folder}' is missing");
        return Directory.GetFiles(folder, "*.cypher")
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
            .SelectMany(f => Parse(Path.GetFileName(f), File.ReadAllText(f)))
            .ToArray();
    }

    /// <summary>Drops // comment lines and splits on ';' at line ends (schema commands hold no string literals with ';').</summary>
    public static IEnumerable<CypherStatement> Parse(string fileName, string text)
    {
        var lines = text.Split('\n')
            .Select(l => l.TrimEnd('\r'))
            .Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal));
        var statements = string.Join('\n', lines)
            .Split(';')
            .Select(s => s.Trim())
            .Where(s => s.Length > 0)
            .ToArray();
        for (var i = 0; i < statements.Length; i++)
            yield return new CypherStatement($"schema:{fileName}#{i + 1}", statements[i]);
    }
}
