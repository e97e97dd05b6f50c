using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.Ingestion.Documents;
using KoreaRussiaGraph.Ingestion.Ingesting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KoreaRussiaGraph.Ingestion.Startup;

/// <summary>
/// On an empty store, ingests the seeds folder and logs what it did. Seeding that was cut short (the process killed
/// half-way) resumes at the next start until every seed is recorded: a store holding some seeds but not all is one
/// whose first start has not finished. A store holding documents but none of the seeds is someone's own, reused as it is.
/// </summary>
public sealed class SeedOnFirstStart(IGraphStore store, DocumentIngestor ingestor, SeedsOptions seeds, ILogger<SeedOnFirstStart>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<SeedOnFirstStart>.Instance;

    /// <returns>The seeding batch, or null when nothing was left to seed or there were no seeds.</returns>
    public async Task<BatchReport?> RunAsync(CancellationToken ct)
    {
        var existing = await store.ListDocumentsAsync(new PageRequest(1), ct);
        var empty = existing.TotalCount == 0 && existing.Items.Count == 0;
        var folder = SeedsLocator.Locate(seeds.Path);
        if (folder is null)
        {
            if (empty) _logger.LogWarning("Store is empty and no seeds folder was found at '{Path}' (working directory or beside the binary); starting empty", seeds.Path);
            return null;
        }

        var files = ingestor.ExpandPaths([folder]);
        var missing = new List<string>();
        foreach (var file in files)
            if (await store.GetDocumentAsync(DocumentFormats.IdForPath(file), ct) is null) missing.Add(file);
        if (!empty && (missing.Count == 0 || missing.Count == files.Count))
        {
            _logger.LogInformation("Store holds {Documents} documents; reusing it, seeds not ingested", existing.TotalCount);
            return null;
        }
        if (!empty) _logger.LogInformation("Seeding from {Folder} was cut short; resuming with the {Missing} of {Seeds} seeds not yet recorded", folder, missing.Count, files.Count);

        var report = await ingestor.IngestPathsAsync(missing, null, ct);
        _logger.LogInformation("First start: seeded from {Folder}: {Summary}", folder, report);
        foreach (var failure in report.Failures)
            _logger.LogWarning("Seed {DocumentId} failed: {Error}", failure.DocumentId, failure.Error);
        return report;
    }
}
