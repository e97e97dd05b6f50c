using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Storage.Embedded.Import;
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
                var started = System.Diagnostics.Stopwatch.StartNew();
                await using var connection = await _database.OpenAsync(CancellationToken.None);
                var index = await LoadAllAsync(connection, CancellationToken.None);
                _logger.LogInformation("Index rebuilt after the import: {Relations} relations in {Ms} ms", index.RelationCount, started.ElapsedMilliseconds);
            }
        }
        finally
        {
            _writes.Release();
        }
    }
}
