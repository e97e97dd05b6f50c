using KoreaRussiaGraph.Core.Querying;
using Microsoft.Data.Sqlite;

namespace KoreaRussiaGraph.Storage.Embedded.Sqlite;

/// <summary>What one search hit names before it is looked up: its kind, its id and its BM25 rank (lower is better).</summary>
internal readonly record struct FullTextHit(FullTextKind Kind, string Id, double Rank);

internal enum FullTextKind { Relation = 0, Document = 1, Actor = 2 }

/// <summary>
/// Queries over the FTS5 tables of migration 3 (relations_fts on cited sentences, documents_fts on titles,
/// actors_fts on names and aliases), ranked with FTS5's built-in bm25(). Match expressions come from
/// <see cref="SearchExpression.ToFts5"/>, so user text never reaches FTS5's own syntax.
/// </summary>
internal static class FullTextSearch
{
    private const string Matches = """
        SELECT 0 AS kind, r.id AS id, bm25(relations_fts) AS rank FROM relations_fts JOIN relations r ON r.rowid = relations_fts.rowid WHERE relations_fts MATCH $q
        UNION ALL
        SELECT 1, d.id, bm25(documents_fts) FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid WHERE documents_fts MATCH $q
        UNION ALL
        SELECT 2, a.id, bm25(actors_fts) FROM actors_fts JOIN actors a ON a.rowid = actors_fts.rowid WHERE actors_fts MATCH $q
        """;

    public static async Task<(IReadOnlyList<FullTextHit> Hits, int Total)> SearchAsync(SqliteConnection connection, SearchExpression expression,
        int take, int skip, CancellationToken ct)
    {
        var q = expression.ToFts5();
        return await Guarded(async () =>
        {
            var total = Convert.ToInt32(await connection.ScalarAsync(
                """
                SELECT (SELECT count(*) FROM relations_fts WHERE relations_fts MATCH $q)
                     + (SELECT count(*) FROM documents_fts WHERE documents_fts MATCH $q)
                     + (SELECT count(*) FROM actors_fts WHERE actors_fts MATCH $q)
                """, ct, null, ("$q", q)));
            var hits = new List<FullTextHit>();
            await using var command = connection.Prepare($"{Matches} ORDER BY rank, kind, id LIMIT $take OFFSET $skip", null, ("$q", q), ("$take", take), ("$skip", skip));
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) hits.Add(new FullTextHit((FullTextKind)reader.GetInt32(0), reader.GetString(1), reader.GetDouble(2)));
            return ((IReadOnlyList<FullTextHit>)hits, total);
        });
    }

    /// <summary>Ids of the relations whose cited sentence matches.</summary>
    public static Task<HashSet<string>> RelationIdsMatchingAsync(SqliteConnection connection, SearchExpression expression, CancellationToken ct) =>
        Guarded(() => IdsAsync(connection,
            "SELECT r.id FROM relations_fts JOIN relations r ON r.rowid = relations_fts.rowid WHERE relations_fts MATCH $q", ct, ("$q", expression.ToFts5())));

    /// <summary>Ids of the documents whose title or any cited sentence matches.</summary>
    public static Task<HashSet<string>> DocumentIdsMatchingAsync(SqliteConnection connection, SearchExpression expression, CancellationToken ct) =>
        Guarded(() => IdsAsync(connection,
            """
            SELECT d.id FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid WHERE documents_fts MATCH $q
            UNION
            SELECT r.document_id FROM relations_fts JOIN relations r ON r.rowid = relations_fts.rowid WHERE relations_fts MATCH $q
            """, ct, ("$q", expression.ToFts5())));

    public static Task<HashSet<string>> RelationIdsOfDocumentAsync(SqliteConnection connection, string documentId, CancellationToken ct) =>
        IdsAsync(connection, "SELECT id FROM relations WHERE document_id = $id", ct, ("$id", documentId));

    private static async Task<HashSet<string>> IdsAsync(SqliteConnection connection, string sql, CancellationToken ct, params (string, object?)[] parameters)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await using var command = connection.Prepare(sql, null, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetString(0));
        return ids;
    }

    // The expressions are built to be valid FTS5; should one still be refused, the caller hears it as a query error, never a 500.
    private static async Task<T> Guarded<T>(Func<Task<T>> query)
    {
        try
        {
            return await query();
        }
        catch (SqliteException e) when (e.Message.Contains("fts5", StringComparison.OrdinalIgnoreCase))
        {
            throw new GraphQueryException("INVALID_SEARCH", $"The search could not be run: {e.Message}");
        }
    }
}
