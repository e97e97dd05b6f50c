using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Storage.Embedded.Import;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace KoreaRussiaGraph.Storage.Embedded;

public sealed partial class EmbeddedGraphStore
{
    /// <summary>
    /// Bulk import (krg import): the relations go straight into the file in large transactions, then the index is rebuilt
    /// from the file once, whatever happened, so everything committed is served even when the import stopped half way.
    /// Readers keep the index as it was until then; other writes wait.
    /// </summary>
    public async Task<ImportOutcome> ImportAsync(IAsyncEnumerable<ImportedRelation> relations, IProgress<long>? progress = null, CancellationToken ct = default)
    {
        EnsureReady();
        await _writes.WaitAsync(ct);
        try
        {
            try
            {
                return await new BulkImporter(_database, _logger, _options.EmptyStoreImportTransactionRows).ImportAsync(relations, progress, ct);
            }
            finally
            {
                // The quotes' full-text index (after an import into an empty store) is rebuilt on its own connection while
                // this one reads the file into the index: two cores, two table scans at once. It logs no change, so the
                // index's change-log position stays right.
                var started = System.Diagnostics.Stopwatch.StartNew();
                var quotes = Task.Run(async () =>
                {
                    try
                    {
                        await BulkImporter.RestoreQuoteIndexAsync(_database, CancellationToken.None);
                        _logger.LogInformation("Quote search index ready after the import in {Ms} ms", started.ElapsedMilliseconds);
                    }
                    catch (Exception e) when (e is SqliteException or IOException)
                    {
                        // The relations are in; only quote search waits, and the next start rebuilds it (the trigger is missing).
                        _logger.LogWarning("Rebuilding the quote search index after the import failed ({Error}); the next start rebuilds it", e.Message);
                    }
                });
                try
                {
                    await using var connection = await _database.OpenAsync(CancellationToken.None);
                    var index = await LoadAllAsync(connection, CancellationToken.None);
                    _logger.LogInformation("Index rebuilt after the import: {Relations} relations in {Ms} ms", index.RelationCount, started.ElapsedMilliseconds);
                }
                finally
                {
                    await quotes;
                }
            }
        }
        finally
        {
            _writes.Release();
        }
    }
}
