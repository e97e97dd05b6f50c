using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;
using Microsoft.Data.Sqlite;

namespace KoreaRussiaGraph.Storage.Embedded.Sqlite;

/// <summary>What a committed write changes in the in-memory index.</summary>
/// <param name="LogBefore">The change log's last sequence number before this write (the write held the file's write lock throughout).</param>
/// <param name="LogAfter">The last sequence number this write logged.</param>
internal sealed record IndexChange(IReadOnlyList<Actor> Actors, IReadOnlyList<string> RemovedRelations, IReadOnlyList<Relation> Relations,
    long LogBefore = 0, long LogAfter = 0);

/// <summary>
/// Applies writes to SQLite, one transaction each. Callers serialise writes; this class only knows SQL.
/// </summary>
/// <param name="replacing">
/// Told the document's stored relations, as the file holds them, before a write replaces them (the store keeps serving
/// those until its index has caught up with the commit).
/// </param>
internal sealed class DocumentWriter(SqliteDatabase database, Func<string, CancellationToken, Task>? beforeCommit,
    Action<IReadOnlyList<Relation>>? replacing = null)
{
    private const string UpsertActorSql =
        $"INSERT INTO actors ({Rows.ActorColumns}) VALUES ($id, $name, $kind, $aliases, $wikidata, $description) " +
        "ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind, aliases = excluded.aliases, " +
        "wikidata_id = excluded.wikidata_id, description = excluded.description";

    internal const string UpsertRelationSql =
        $"INSERT INTO relations ({Rows.RelationColumns}) VALUES ($id, $document, $type, $source, $target, $date, $dateStart, $dateEnd, " +
        "$reportedOn, $status, $attributedTo, $details, $confidence, $sentence, $quote, $start, $end, $rule, $symmetric) " +
        "ON CONFLICT(id) DO UPDATE SET document_id = excluded.document_id, type = excluded.type, source_id = excluded.source_id, " +
        "target_id = excluded.target_id, date = excluded.date, date_start = excluded.date_start, date_end = excluded.date_end, " +
        "reported_on = excluded.reported_on, status = excluded.status, attributed_to = excluded.attributed_to, details = excluded.details, " +
        "confidence = excluded.confidence, sentence_index = excluded.sentence_index, quote = excluded.quote, quote_start = excluded.quote_start, " +
        "quote_end = excluded.quote_end, rule = excluded.rule, symmetric = excluded.symmetric";

    private const string UpsertDocumentSql =
        $"INSERT INTO documents ({Rows.DocumentColumns}) VALUES ($id, $title, $url, $outlet, $published, $basis, $format, $sha, " +
        "$ingestedAt, $extractor, $status, $error, $count) " +
        "ON CONFLICT(id) DO UPDATE SET title = excluded.title, url = excluded.url, outlet = excluded.outlet, published = excluded.published, " +
        "published_basis = excluded.published_basis, format = excluded.format, sha256 = excluded.sha256, ingested_at = excluded.ingested_at, " +
        "extractor_version = excluded.extractor_version, status = excluded.status, error = excluded.error, relation_count = excluded.relation_count";

    private const string UpsertTextSql =
        "INSERT INTO document_texts (document_id, raw_text) VALUES ($id, $text) ON CONFLICT(document_id) DO UPDATE SET raw_text = excluded.raw_text";

    public async Task<(WriteOutcome Outcome, IndexChange Change)> WriteDocumentAsync(DocumentWrite write, CancellationToken ct)
    {
        var documentId = write.Document.Id;
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        var logBefore = await ChangeLog.LatestAsync(connection, ct, transaction);

        var previous = await ReadRelationIdsAsync(connection, transaction, documentId, ct);
        var previousStatus = await connection.ScalarAsync("SELECT status FROM documents WHERE id = $id", ct, transaction, ("$id", documentId)) as string;

        if (write.Document.Status == DocumentStatus.Failed)
        {
            // A failure records itself but keeps the last good version's relations (and the text they cite).
            await connection.ExecuteAsync(UpsertDocumentSql, ct, transaction, Rows.DocumentParameters(write.Document, previous.Count));
            if (previousStatus is null || Rows.Parse<DocumentStatus>(previousStatus) == DocumentStatus.Failed)
                await connection.ExecuteAsync(UpsertTextSql, ct, transaction, ("$id", documentId), ("$text", write.RawText));
            var failedLogAfter = await CommitAsync(connection, transaction, documentId, ct);
            return (new WriteOutcome(0, 0, previous.Count), new IndexChange([], [], [], logBefore, failedLogAfter));
        }

        if (replacing is not null && previous.Count > 0) replacing(await ReadRelationsAsync(connection, transaction, documentId, ct));
        var actors = await UpsertActorsAsync(connection, transaction, write.Actors, ct);
        // The written document is the citation's document, whatever the extractor put there: that is what a reload reads back.
        var relations = write.Relations
            .Select(r => r.Citation.DocumentId == documentId ? r : r with { Citation = r.Citation with { DocumentId = documentId } })
            .GroupBy(r => r.Id, StringComparer.Ordinal).Select(g => g.Last()).ToArray();
        await EnsureEndpointsExistAsync(connection, transaction, relations, ct);

        var current = relations.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var removed = previous.Where(id => !current.Contains(id)).ToArray();
        foreach (var id in removed)
            await connection.ExecuteAsync("DELETE FROM relations WHERE id = $id", ct, transaction, ("$id", id));

        await using (var upsert = connection.Prepare(UpsertRelationSql, transaction, Rows.RelationParameters(relations.FirstOrDefault() ?? Placeholder, documentId)))
        {
            foreach (var relation in relations)
            {
                foreach (var (name, value) in Rows.RelationParameters(relation, documentId))
                    upsert.Parameters[name].Value = value ?? DBNull.Value;
                await upsert.ExecuteNonQueryAsync(ct);
            }
        }

        await connection.ExecuteAsync(UpsertDocumentSql, ct, transaction, Rows.DocumentParameters(write.Document, relations.Length));
        await connection.ExecuteAsync(UpsertTextSql, ct, transaction, ("$id", documentId), ("$text", write.RawText));
        var logAfter = await CommitAsync(connection, transaction, documentId, ct);

        var kept = relations.Count(r => previous.Contains(r.Id));
        return (new WriteOutcome(relations.Length - kept, removed.Length, kept), new IndexChange(actors, removed, relations, logBefore, logAfter));
    }

    public async Task<IndexChange> UpsertActorsAsync(IReadOnlyCollection<Actor> actors, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        var logBefore = await ChangeLog.LatestAsync(connection, ct, transaction);
        var merged = await UpsertActorsAsync(connection, transaction, actors, ct);
        var logAfter = await ChangeLog.LatestAsync(connection, ct, transaction);
        await transaction.CommitAsync(ct);
        return new IndexChange(merged, [], [], logBefore, logAfter);
    }

    /// <returns>The last change-log sequence number of this write.</returns>
    private async Task<long> CommitAsync(SqliteConnection connection, SqliteTransaction transaction, string documentId, CancellationToken ct)
    {
        await ChangeLog.PruneAsync(connection, transaction, ct);
        var logAfter = await ChangeLog.LatestAsync(connection, ct, transaction);
        if (beforeCommit is not null) await beforeCommit(documentId, ct);
        await transaction.CommitAsync(ct);
        return logAfter;
    }

    /// <summary>Merges each actor with what the file already holds (aliases united, first known optional fields kept).</summary>
    private static async Task<IReadOnlyList<Actor>> UpsertActorsAsync(SqliteConnection connection, SqliteTransaction transaction,
        IEnumerable<Actor> actors, CancellationToken ct)
    {
        var incoming = actors.GroupBy(a => a.Id, StringComparer.Ordinal).Select(g => g.Aggregate((x, y) => x.MergeWith(y))).ToArray();
        if (incoming.Length == 0) return [];
        var merged = new List<Actor>(incoming.Length);
        await using var select = connection.Prepare($"SELECT {Rows.ActorColumns} FROM actors WHERE id = $id", transaction, ("$id", ""));
        await using var upsert = connection.Prepare(UpsertActorSql, transaction, Rows.ActorParameters(incoming[0]));
        foreach (var actor in incoming)
        {
            select.Parameters["$id"].Value = actor.Id;
            Actor? existing = null;
            await using (var reader = await select.ExecuteReaderAsync(ct))
                if (await reader.ReadAsync(ct)) existing = Rows.ReadActor(reader);
            var result = existing?.MergeWith(actor) ?? actor;
            merged.Add(result);
            if (existing is not null && SameActor(existing, result)) continue;
            foreach (var (name, value) in Rows.ActorParameters(result)) upsert.Parameters[name].Value = value ?? DBNull.Value;
            await upsert.ExecuteNonQueryAsync(ct);
        }
        return merged;
    }

    private static bool SameActor(Actor a, Actor b) =>
        a.Name == b.Name && a.Kind == b.Kind && a.WikidataId == b.WikidataId && a.Description == b.Description && a.Aliases.SequenceEqual(b.Aliases);

    private static async Task EnsureEndpointsExistAsync(SqliteConnection connection, SqliteTransaction transaction,
        IEnumerable<Relation> relations, CancellationToken ct)
    {
        var ids = relations.SelectMany(r => new[] { r.SourceId, r.TargetId }).ToHashSet(StringComparer.Ordinal);
        await using var select = connection.Prepare("SELECT 1 FROM actors WHERE id = $id", transaction, ("$id", ""));
        foreach (var id in ids)
        {
            select.Parameters["$id"].Value = id;
            if (await select.ExecuteScalarAsync(ct) is null)
                throw new ArgumentException($"A relation references actor '{id}', which is neither stored nor among the write's actors.", nameof(relations));
        }
    }

    private static async Task<HashSet<string>> ReadRelationIdsAsync(SqliteConnection connection, SqliteTransaction transaction, string documentId, CancellationToken ct)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await using var command = connection.Prepare("SELECT id FROM relations WHERE document_id = $id", transaction, ("$id", documentId));
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetString(0));
        return ids;
    }

    private static async Task<IReadOnlyList<Relation>> ReadRelationsAsync(SqliteConnection connection, SqliteTransaction transaction, string documentId, CancellationToken ct)
    {
        var relations = new List<Relation>();
        await using var command = connection.Prepare($"SELECT {Rows.RelationColumns} FROM relations WHERE document_id = $id", transaction, ("$id", documentId));
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) relations.Add(Rows.ReadRelation(reader));
        return relations;
    }

    // Gives the prepared upsert its parameter names when a write has no relations.
    private static readonly Relation Placeholder = new("", "", "", "", null, null, ClaimStatus.Asserted, null, null, 0, new Citation("", 0, "", 0, 0, ""));
}
