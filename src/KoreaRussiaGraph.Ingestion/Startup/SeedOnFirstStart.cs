using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.Ingestion.Ingesting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KoreaRussiaGraph.Ingestion.Startup;

/// <summary>On an empty store, ingests the seeds folder and logs what it did; a store that holds documents is reused as it is.</summary>
public sealed class SeedOnFirstStart(IGraphStore store, DocumentIngestor ingestor, SeedsOptions seeds, ILogger<SeedOnFirstStart>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<SeedOnFirstStart>.Instance;

    /// <returns>The seeding batch, or null when the store already held documents or there were no seeds.</returns>
    public async Task<BatchReport?> RunAsync(CancellationToken ct)
    {
        var existing = await store.ListDocumentsAsync(new PageRequest(1), ct);
        if (existing.TotalCount > 0 || existing.Items.Count > 0)
        {
            _logger.LogInformation("Store holds {Documents} documents; reusing it, seeds not ingested", existing.TotalCount);
            return null;
        }

        var folder = SeedsLocator.Locate(seeds.Path);
        if (folder is null)
        {
            _logger.LogWarning("Store is empty and no seeds folder was found at '{Path}' (working directory or beside the binary); starting empty", seeds.Path);
            return null;
        }

        var report = await ingestor.IngestPathsAsync([folder], null, ct);
        _logger.LogInformation("First start: seeded from {Folder}: {Summary}", folder, report);
        foreach (var failure in report.Failures)
            _logger.LogWarning("Seed {DocumentId} failed: {Error}", failure.DocumentId, failure.Error);
        return report;
    }
}
