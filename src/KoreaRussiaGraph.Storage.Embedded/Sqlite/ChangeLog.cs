using KoreaRussiaGraph.Core.Model;
using Microsoft.Data.Sqlite;

namespace KoreaRussiaGraph.Storage.Embedded.Sqlite;

/// <summary>The documents and actors that changed after some point of the change log, as the file holds them now.</summary>
internal sealed record FileChanges(
    long UpTo, bool Gap, IReadOnlyList<Actor> Actors, IReadOnlyCollection<string> Documents,
    IReadOnlyList<DocumentRecord> DocumentRecords, IReadOnlyList<Relation> Relations)
{
    public bool IsEmpty => Actors.Count == 0 && Documents.Count == 0;
}

/// <summary>
/// Reads the <c>changes</c> table that triggers fill on every commit, whoever makes it (migration 2). Sequence
/// numbers are contiguous (AUTOINCREMENT, rolled back with their transaction), so a reader that finds the first
/// row after its position missing knows the log was pruned past it and must reload everything.
/// </summary>
internal static class ChangeLog
{
    /// <summary>Rows kept; older ones are pruned by writers. A reader further behind than this reloads the whole index.</summary>
    public const int Retained = 10_000;

    public static async Task<long> LatestAsync(SqliteConnection connection, CancellationToken ct, SqliteTransaction? transaction = null) =>
        Convert.ToInt64(await connection.ScalarAsync("SELECT COALESCE(MAX(seq), 0) FROM changes", ct, transaction) ?? 0L);

    public static Task PruneAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken ct) =>
        connection.ExecuteAsync("DELETE FROM changes WHERE seq <= (SELECT MAX(seq) FROM changes) - $keep", ct, transaction, ("$keep", Retained));

    /// <summary>
    /// What changed after <paramref name="after"/>: the changed actors and documents read back in one read transaction,
    /// so the answer is one consistent state of the file, whatever writers do meanwhile.
    /// </summary>
    public static async Task<FileChanges> ReadAfterAsync(SqliteConnection connection, long after, CancellationToken ct)
    {
        await using var transaction = connection.BeginTransaction(deferred: true);
        var actorIds = new HashSet<string>(StringComparer.Ordinal);
        var documentIds = new HashSet<string>(StringComparer.Ordinal);
        long upTo = after, first = 0;
        var rows = 0;
        await using (var command = connection.Prepare("SELECT seq, kind, key FROM changes WHERE seq > $after ORDER BY seq LIMIT $take",
                         transaction, ("$after", after), ("$take", Retained + 1)))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var seq = reader.GetInt64(0);
                if (rows++ == 0) first = seq;
                upTo = seq;
                (reader.GetString(1) == "actor" ? actorIds : documentIds).Add(reader.GetString(2));
            }
        }
        if (rows == 0) return new FileChanges(after, false, [], [], [], []);
        if (first != after + 1 || rows > Retained) return new FileChanges(upTo, true, [], [], [], []);

        var documents = new List<DocumentRecord>();
        var relations = new List<Relation>();
        await using (var select = connection.Prepare($"SELECT {Rows.DocumentColumns} FROM documents WHERE id = $id", transaction, ("$id", "")))
        await using (var selectRelations = connection.Prepare($"SELECT {Rows.RelationColumns} FROM relations WHERE document_id = $id", transaction, ("$id", "")))
        {
            foreach (var id in documentIds)
            {
                select.Parameters["$id"].Value = id;
                await using (var reader = await select.ExecuteReaderAsync(ct))
                    while (await reader.ReadAsync(ct)) documents.Add(Rows.ReadDocument(reader));
                selectRelations.Parameters["$id"].Value = id;
                await using (var reader = await selectRelations.ExecuteReaderAsync(ct))
                    while (await reader.ReadAsync(ct)) relations.Add(Rows.ReadRelation(reader));
            }
        }
        // Endpoints are logged as actor changes in the same commit, but a relation must never reach the index
        // before its actors, so they are read whatever the log says.
        foreach (var relation in relations)
        {
            actorIds.Add(relation.SourceId);
            actorIds.Add(relation.TargetId);
        }
        var actors = new List<Actor>();
        await using (var select = connection.Prepare($"SELECT {Rows.ActorColumns} FROM actors WHERE id = $id", transaction, ("$id", "")))
        {
            foreach (var id in actorIds)
            {
                select.Parameters["$id"].Value = id;
                await using var reader = await select.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct)) actors.Add(Rows.ReadActor(reader));
            }
        }
        await transaction.CommitAsync(ct);
        return new FileChanges(upTo, false, actors, documentIds, documents, relations);
    }
}
