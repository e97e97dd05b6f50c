using System.Diagnostics;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Core.Querying;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KoreaRussiaGraph.Ingestion.Reindexing;

public enum ReindexStatus { Reindexed, Skipped, Failed }

/// <summary>What re-extraction did to one stored document.</summary>
/// <param name="Note">Why it was skipped or failed.</param>
public sealed record ReindexedDocument(string DocumentId, ReindexStatus Status, int Added, int Removed, int Kept, string? Note = null)
{
    public bool Changed => Added > 0 || Removed > 0;
}

public sealed record ReindexReport(IReadOnlyList<ReindexedDocument> Documents, string ExtractorVersion, TimeSpan Elapsed)
{
    public int Added => Documents.Sum(d => d.Added);
    public int Removed => Documents.Sum(d => d.Removed);
    public int Kept => Documents.Sum(d => d.Kept);
    public int Reindexed => Documents.Count(d => d.Status == ReindexStatus.Reindexed);
    public int Changed => Documents.Count(d => d.Changed);
    public int Skipped => Documents.Count(d => d.Status == ReindexStatus.Skipped);
    public int Failed => Documents.Count(d => d.Status == ReindexStatus.Failed);

    public override string ToString() =>
        $"{Reindexed} documents re-extracted with {ExtractorVersion} in {Elapsed.TotalSeconds:0.00} s: {Changed} changed, relations +{Added} -{Removed} ={Kept}; {Skipped} skipped, {Failed} failed";
}

/// <summary>
/// Re-extracts every stored document from its stored raw text (after the extractor or graph-schema/ changed),
/// replacing each document's relations in its own transaction, and reports what changed.
/// Documents recorded as failed are skipped: their input was unusable, and re-ingesting the file is what retries them.
/// </summary>
public sealed class Reindexer(IGraphStore store, IDocumentExtractor extractor, ILogger<Reindexer>? logger = null, TimeProvider? time = null)
{
    private const int PageSize = 200;
    private readonly ILogger _logger = logger ?? NullLogger<Reindexer>.Instance;
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public async Task<ReindexReport> ReindexAsync(IProgress<ReindexedDocument>? progress, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var results = new List<ReindexedDocument>();
        string? after = null;
        while (true)
        {
            // Keyset paging by id is stable while the documents of the page are rewritten.
            var page = await store.ListDocumentsAsync(new PageRequest(PageSize, after), ct);
            foreach (var document in page.Items)
            {
                var result = await ReindexOneAsync(document, ct);
                results.Add(result);
                progress?.Report(result);
            }
            if (!page.HasNextPage || page.Items.Count == 0) break;
            after = page.Items[^1].Id;
        }
        var report = new ReindexReport(results, extractor.Version, clock.Elapsed);
        _logger.LogInformation("Reindex: {Summary}", report);
        return report;
    }

    private async Task<ReindexedDocument> ReindexOneAsync(DocumentRecord stored, CancellationToken ct)
    {
        if (stored.Status == DocumentStatus.Failed)
            return new ReindexedDocument(stored.Id, ReindexStatus.Skipped, 0, 0, 0, $"recorded as failed ({stored.Error}); re-ingest its file to retry");
        try
        {
            var text = await store.GetDocumentTextAsync(stored.Id, ct);
            if (string.IsNullOrEmpty(text))
                return new ReindexedDocument(stored.Id, ReindexStatus.Skipped, 0, 0, 0, "no raw text stored");

            var metadata = new DocumentMetadata(stored.Title, stored.Url, stored.Outlet, stored.Published, stored.PublishedBasis);
            var result = extractor.Extract(new SourceDocument(stored.Id, stored.Format, text, metadata));
            var record = stored with
            {
                Title = stored.Title ?? result.Title,
                IngestedAt = _time.GetUtcNow(),
                ExtractorVersion = extractor.Version,
                RelationCount = result.Relations.Count,
                Error = null,
            };
            var outcome = await store.WriteDocumentAsync(new DocumentWrite(record, text, result.Actors, result.Relations), ct);
            return new ReindexedDocument(stored.Id, ReindexStatus.Reindexed, outcome.Added, outcome.Removed, outcome.Kept);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogError(e, "Reindexing {DocumentId} failed; its stored relations are unchanged", stored.Id);
            return new ReindexedDocument(stored.Id, ReindexStatus.Failed, 0, 0, 0, $"{e.GetType().Name}: {e.Message}");
        }
    }
}
