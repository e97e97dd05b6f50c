using System.Diagnostics;
using System.Text.Json;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Storage.Embedded.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace KoreaRussiaGraph.Storage.Embedded.Import;

/// <summary>
/// Writes imported relations straight into the SQLite file in large transactions with prepared statements; the caller
/// rebuilds the index from the file afterwards (cheaper than updating it a relation at a time). Actors and documents the
/// file lacks are created from the lines (actor kind GROUP, as the line does not say; a gazetteer upserted before keeps
/// its kinds, since existing actors and documents are never overwritten).
/// </summary>
internal sealed class BulkImporter(SqliteDatabase database, ILogger logger, int emptyStoreTransactionRows = BulkImporter.EmptyStoreTransactionRows)
{
    /// <summary>Lines written per step; also the rows per transaction of an import into a store that already holds relations.</summary>
    public const int BatchSize = 50_000;

    // Into an empty table, much larger transactions: the relations' id index (the primary key, whose keys are hashes)
    // takes rows at random places, so every commit rewrites nearly every page of it to the log and back into the file.
    // With 50,000 rows a commit, a 10M-row import wrote the growing index out 200 times (measured at 3M: commits 37.6 s
    // with 50,000 rows, 7.1 s with 1,000,000). The time bound leaves another process that writes the same file (its busy
    // timeout is 30 s) a turn between transactions.
    public const int EmptyStoreTransactionRows = 1_000_000;
    private static readonly TimeSpan EmptyStoreTransactionTime = TimeSpan.FromSeconds(20);

    public const string DocumentFormat = "jsonl";
    public const string ExtractorVersion = "import";
    // The relations' id index is written in hash order: a large page cache keeps it from thrashing at millions of rows.
    private const int ImportCacheKib = 512 * 1024;

    private const string InsertActorSql =
        $"INSERT INTO actors ({Rows.ActorColumns}) VALUES ($id, $name, $kind, $aliases, $wikidata, $description) ON CONFLICT(id) DO NOTHING";

    private const string InsertDocumentSql =
        $"INSERT INTO documents ({Rows.DocumentColumns}) VALUES ($id, $title, $url, $outlet, $published, $basis, $format, $sha, " +
        "$ingestedAt, $extractor, $status, $error, $count) ON CONFLICT(id) DO NOTHING";

    private const string CountRelationsSql =
        "UPDATE documents SET relation_count = (SELECT COUNT(*) FROM relations WHERE document_id = documents.id) " +
        "WHERE id IN (SELECT value FROM json_each($ids))";

    // Secondary indexes of the relations table (migration 1). Into an empty table they are dropped and built once at the
    // end (a sort), which is much cheaper than keeping three random-order b-trees up to date row by row.
    private static readonly (string Name, string Definition)[] SecondaryIndexes =
    [
        ("relations_by_document", "relations(document_id)"),
        ("relations_by_source", "relations(source_id)"),
        ("relations_by_target", "relations(target_id)"),
    ];

    /// <summary>
    /// Recreates the secondary indexes and the quote search triggers if an import stopped before it could (run at every
    /// start; nothing when they exist). Without the triggers the quotes imported so far are not searchable: the full-text
    /// index is rebuilt from the table in the same transaction that puts the triggers back, so no writer slips between.
    /// </summary>
    public static async Task EnsureIndexesAsync(SqliteConnection connection, CancellationToken ct)
    {
        await EnsureSecondaryIndexesAsync(connection, ct);
        await EnsureQuoteIndexAsync(connection, ct);
    }

    private static async Task EnsureSecondaryIndexesAsync(SqliteConnection connection, CancellationToken ct)
    {
        foreach (var (name, definition) in SecondaryIndexes)
            await connection.ExecuteAsync($"CREATE INDEX IF NOT EXISTS {name} ON {definition}", ct);
    }

    private static async Task EnsureQuoteIndexAsync(SqliteConnection connection, CancellationToken ct)
    {
        var missing = new List<string>();
        foreach (var (name, sql) in SchemaMigrations.RelationsFtsTriggers)
            if (await connection.ScalarAsync("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = $name", ct, null, ("$name", name)) is null)
                missing.Add(sql);
        if (missing.Count == 0) return;
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        foreach (var sql in missing) await connection.ExecuteAsync(sql, ct, transaction);
        await connection.ExecuteAsync("INSERT INTO relations_fts (relations_fts) VALUES ('rebuild')", ct, transaction);
        await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// Writes the relations; every transaction committed before a failure stays. Into an empty table the secondary indexes
    /// and the quote index are rebuilt at the end (also after a failure; after a crash, at the next start).
    /// </summary>
    public async Task<ImportOutcome> ImportAsync(IAsyncEnumerable<ImportedRelation> relations, IProgress<long>? progress, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        // Endpoints are inserted right before their relations in the same transaction, so the per-row foreign-key
        // lookups prove nothing here.
        await connection.ExecuteAsync($"PRAGMA cache_size = -{ImportCacheKib}; PRAGMA foreign_keys = OFF;", ct);
        var emptyTable = await connection.ScalarAsync("SELECT 1 FROM relations LIMIT 1", ct) is null;
        if (emptyTable)
        {
            foreach (var (name, _) in SecondaryIndexes) await connection.ExecuteAsync($"DROP INDEX IF EXISTS {name}", ct);
            // The quotes' full-text index is built once at the end too: kept up to date row by row, FTS5 writes a segment
            // per transaction and merges them again and again as the table grows.
            foreach (var (name, _) in SchemaMigrations.RelationsFtsTriggers) await connection.ExecuteAsync($"DROP TRIGGER IF EXISTS {name}", ct);
        }
        var (transactionRows, transactionTime) = emptyTable ? (emptyStoreTransactionRows, EmptyStoreTransactionTime) : (BatchSize, TimeSpan.MaxValue);
        var actors = new HashSet<string>(StringComparer.Ordinal);
        var documents = new HashSet<string>(StringComparer.Ordinal);
        long written = 0, actorsCreated = 0, documentsCreated = 0;
        // Where an import's time goes (logged at the end): waiting for parsed lines, writing rows, committing, then the
        // indexes and counts built after the load.
        var phases = new ImportPhases();
        // The open transaction (it spans batches) and its prepared statements.
        SqliteTransaction? transaction = null;
        SqliteCommand? insertActor = null, insertDocument = null;
        RawStatement? upsertRelation = null;
        long inTransaction = 0, transactionStarted = 0;
        try
        {
            var batch = new List<ImportedRelation>(BatchSize);
            await using (var lines = relations.GetAsyncEnumerator(ct))
                while (true)
                {
                    var waiting = Stopwatch.GetTimestamp();
                    var more = await lines.MoveNextAsync();
                    phases.Add(ImportPhase.Waiting, waiting);
                    if (!more) break;
                    batch.Add(lines.Current);
                    if (batch.Count < BatchSize) continue;
                    await WriteBatchAsync(batch);
                    batch.Clear();
                }
            if (batch.Count > 0) await WriteBatchAsync(batch);
            await CommitAsync();
            // Counting per document needs relations_by_document: without it each count scans the whole table.
            if (emptyTable)
            {
                await phases.TimeAsync(ImportPhase.Indexes, () => EnsureSecondaryIndexesAsync(connection, ct));
                // On this connection, with its large page cache: the rebuild writes the whole full-text index in one
                // transaction, and a small cache spills it to the log (measured at 3M: 34-40 s on a pooled connection,
                // 14 s here, and no gain from running it beside the index load on a loaded machine).
                await phases.TimeAsync(ImportPhase.QuoteIndex, () => EnsureQuoteIndexAsync(connection, ct));
            }
            await phases.TimeAsync(ImportPhase.Counts, () => CountRelationsAsync(connection, documents, ct));
            logger.LogInformation("Import of {Relations} relations: {Phases}", written, phases);
        }
        finally
        {
            // A transaction that failed is rolled back; every committed one stays.
            await DisposeTransactionAsync();
            if (emptyTable) await EnsureIndexesAsync(connection, CancellationToken.None);
            // The connection goes back to the pool: back to the ordinary settings.
            await connection.ExecuteAsync("PRAGMA cache_size = -16384; PRAGMA foreign_keys = ON;", CancellationToken.None);
        }
        return new ImportOutcome(written, actorsCreated, documentsCreated);

        async Task WriteBatchAsync(List<ImportedRelation> batch)
        {
            if (transaction is null)
            {
                transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
                transactionStarted = Stopwatch.GetTimestamp();
                insertActor = connection.Prepare(InsertActorSql, transaction, Rows.ActorParameters(NewActor("", null)));
                insertDocument = connection.Prepare(InsertDocumentSql, transaction, Rows.DocumentParameters(NewDocument("", null, null), 0));
                upsertRelation = new RawStatement(connection, DocumentWriter.UpsertRelationSql, Rows.RelationParameters(batch[0].Relation, "").Select(p => p.Item1));
            }
            var rows = Stopwatch.GetTimestamp();
            foreach (var line in batch)
            {
                var r = line.Relation;
                actorsCreated += Ensure(insertActor!, actors, r.SourceId, () => Rows.ActorParameters(NewActor(r.SourceId, line.SourceName)));
                actorsCreated += Ensure(insertActor!, actors, r.TargetId, () => Rows.ActorParameters(NewActor(r.TargetId, line.TargetName)));
                documentsCreated += Ensure(insertDocument!, documents, r.Citation.DocumentId,
                    () => Rows.DocumentParameters(NewDocument(r.Citation.DocumentId, line.DocumentTitle, line.DocumentUrl), 0));
                upsertRelation!.Execute(Rows.RelationParameters(r, r.Citation.DocumentId));
            }
            phases.Add(ImportPhase.Rows, rows);
            inTransaction += batch.Count;
            if (inTransaction >= transactionRows || Stopwatch.GetElapsedTime(transactionStarted) >= transactionTime) await CommitAsync();
        }

        async Task CommitAsync()
        {
            if (transaction is null) return;
            var commit = Stopwatch.GetTimestamp();
            await ChangeLog.PruneAsync(connection, transaction, ct);
            await transaction.CommitAsync(ct);
            await DisposeTransactionAsync();
            phases.Add(ImportPhase.Commits, commit);
            written += inTransaction;
            inTransaction = 0;
            progress?.Report(written);
        }

        async Task DisposeTransactionAsync()
        {
            upsertRelation?.Dispose();
            if (insertActor is not null) await insertActor.DisposeAsync();
            if (insertDocument is not null) await insertDocument.DisposeAsync();
            if (transaction is not null) await transaction.DisposeAsync();
            (upsertRelation, insertActor, insertDocument, transaction) = (null, null, null, null);
        }

        int Ensure(SqliteCommand insert, HashSet<string> seen, string id, Func<(string, object?)[]> parameters)
        {
            if (!seen.Add(id)) return 0;
            Bind(insert, parameters());
            return insert.ExecuteNonQuery();
        }
    }

    // Parameters were added in this same order when the command was prepared: bind by position, not by a name search.
    private static void Bind(SqliteCommand command, (string Name, object? Value)[] parameters)
    {
        for (var i = 0; i < parameters.Length; i++) command.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
    }

    private static Actor NewActor(string id, string? name) => new(id, string.IsNullOrWhiteSpace(name) ? id : name, ActorKind.Group, []);

    private static DocumentRecord NewDocument(string id, string? title, string? url) =>
        new(id, title, url, null, null, null, DocumentFormat, "", DateTimeOffset.UtcNow, ExtractorVersion, DocumentStatus.Ingested);

    private static async Task CountRelationsAsync(SqliteConnection connection, HashSet<string> documents, CancellationToken ct)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        foreach (var chunk in documents.Chunk(10_000))
            await connection.ExecuteAsync(CountRelationsSql, ct, transaction, ("$ids", JsonSerializer.Serialize(chunk)));
        await ChangeLog.PruneAsync(connection, transaction, ct);
        await transaction.CommitAsync(ct);
    }
}
