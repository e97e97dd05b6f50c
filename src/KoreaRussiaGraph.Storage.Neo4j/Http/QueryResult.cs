using System.Text.Json;

namespace KoreaRussiaGraph.Storage.Neo4j.Http;

/// <summary>The <c>data</c> of a Query API answer: column names and rows of plain-JSON values.</summary>
public sealed class QueryResult(IReadOnlyList<string> fields, IReadOnlyList<JsonElement[]> rows, IReadOnlyList<string> bookmarks)
{
    public static readonly QueryResult Empty = new([], [], []);

    public IReadOnlyList<string> Fields { get; } = fields;
    public IReadOnlyList<JsonElement[]> Rows { get; } = rows;
    public IReadOnlyList<string> Bookmarks { get; } = bookmarks;

    public IEnumerable<Row> Records => Rows.Select(values => new Row(this, values));

    public Row Single() => Rows.Count == 1
        ? new Row(this, Rows[0])
        : throw new InvalidOperationException($"expected one row from Neo4j, got {Rows.Count}");

    internal int IndexOf(string field)
    {
        for (var i = 0; i < Fields.Count; i++)
            if (Fields[i] == field) return i;
        throw new KeyNotFoundException($"Neo4j result has no field '{field}' (fields: {string.Join(", ", Fields)})");
    }

    public readonly struct Row(QueryResult result, JsonElement[] values)
    {
        public JsonElement this[string field] => values[result.IndexOf(field)];
    }
}
