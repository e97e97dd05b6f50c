using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Ingestion.Documents;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KoreaRussiaGraph.Ingestion.Ingesting;

/// <summary>
/// Reads documents, extracts their relations and writes each document in one store transaction.
/// Idempotent: a document whose bytes, metadata and extractor version are unchanged is skipped;
/// a changed one replaces its relations. Bad input is recorded as a FAILED document with its reason
/// and never stops the rest of a batch.
/// </summary>
public sealed class DocumentIngestor
{
    private readonly IGraphStore _store;
    private readonly IDocumentExtractor _extractor;
    private readonly IngestionOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly DocumentFileLoader _loader;
    private readonly DocumentPaths _paths;
    private readonly StripedLocks _locks = new();

    public DocumentIngestor(IGraphStore store, IDocumentExtractor extractor, IngestionOptions options,
        ILogger<DocumentIngestor>? logger = null, TimeProvider? time = null)
    {
        var problems = options.Problems().ToList();
        if (problems.Count > 0) throw new ArgumentException(string.Join("; ", problems), nameof(options));
        _store = store;
        _extractor = extractor;
        _options = options;
        _logger = logger ?? NullLogger<DocumentIngestor>.Instance;
        _time = time ?? TimeProvider.System;
        _loader = new DocumentFileLoader(options.MaxDocumentBytes);
        _paths = new DocumentPaths(options.IgnoredSuffixes);
    }

    public IngestionOptions Options => _options;

    /// <summary>The document files a list of files and folders stands for, in the order a batch ingests them.</summary>
    public IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths) => _paths.Expand(paths);

    public async Task<IngestOutcome> IngestFileAsync(string path, CancellationToken ct)
    {
        var candidate = await _loader.LoadAsync(path, ct);
        return await IngestCandidateAsync(candidate, keepRelations: true, ct);
    }

    /// <exception cref="InvalidIncomingDocumentException">The request's shape is wrong (id, text/html, published, url); nothing is recorded.</exception>
    public Task<IngestOutcome> IngestAsync(IncomingDocument doc, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var problems = doc.Problems();
        if (problems.Count > 0) throw new InvalidIncomingDocumentException(problems);

        var content = doc.Text ?? doc.Html!;
        var format = doc.Text is not null ? DocumentFormats.Text : DocumentFormats.Html;
        var bytes = Encoding.UTF8.GetBytes(content);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var metadata = new DocumentMetadata(
            Title: Blank(doc.Title), Url: Blank(doc.Url), Outlet: Blank(doc.Outlet),
            Published: doc.Published is null ? null : PartialDate.Parse(doc.Published));

        string? problem = null, text = null;
        if (bytes.Length > _options.MaxDocumentBytes)
            problem = $"document too large: {bytes.Length:N0} bytes, the limit is {_options.MaxDocumentBytes:N0} bytes (Ingestion:MaxDocumentBytes)";
        else
            text = RawContent.TryDecode(bytes, out problem);

        var candidate = new DocumentCandidate(doc.Id.Trim(), format, sha, bytes.Length, text, metadata, problem);
        return IngestCandidateAsync(candidate, keepRelations: true, ct);
    }

    /// <summary>
    /// Ingests files and folders (walked recursively), extracting up to <see cref="IngestionOptions.MaxParallelism"/>
    /// documents at once. Progress is reported from worker threads as each document finishes.
    /// </summary>
    public async Task<BatchReport> IngestPathsAsync(IReadOnlyList<string> paths, IProgress<IngestOutcome>? progress, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var files = _paths.Expand(paths);
        var outcomes = new IngestOutcome[files.Count];
        var firstFileForId = new Dictionary<string, string>(StringComparer.Ordinal);
        var duplicates = new Dictionary<int, string>();
        for (var i = 0; i < files.Count; i++)
        {
            var id = DocumentFormats.IdForPath(files[i]);
            if (!firstFileForId.TryAdd(id, files[i])) duplicates[i] = firstFileForId[id];
        }

        await Parallel.ForEachAsync(Enumerable.Range(0, files.Count),
            new ParallelOptions { MaxDegreeOfParallelism = _options.MaxParallelism, CancellationToken = ct },
            async (i, token) =>
            {
                IngestOutcome outcome;
                if (duplicates.TryGetValue(i, out var first))
                {
                    // Two files of one batch claim one id (a.txt and a.md): the first wins, the second is reported, not written.
                    outcome = new IngestOutcome(DocumentFormats.IdForPath(files[i]), IngestStatus.Failed, 0,
                        $"duplicate document id: {Path.GetFileName(first)} in this batch has the same id; not ingested", files[i]);
                }
                else
                {
                    var candidate = await _loader.LoadAsync(files[i], token);
                    outcome = await IngestCandidateAsync(candidate, keepRelations: false, token);
                }
                outcomes[i] = outcome;
                progress?.Report(outcome);
            });

        var report = new BatchReport(outcomes, clock.Elapsed);
        _logger.LogInformation("Ingestion batch: {Summary}", report);
        return report;
    }

    private async Task<IngestOutcome> IngestCandidateAsync(DocumentCandidate candidate, bool keepRelations, CancellationToken ct)
    {
        if (!candidate.Recordable)
            return new IngestOutcome(candidate.Id, IngestStatus.Failed, 0, candidate.Problem, candidate.SourcePath);

        using var _ = await _locks.AcquireAsync(candidate.Id, ct);
        try
        {
            if (!candidate.IsUsable) return await RecordFailureAsync(candidate, candidate.Problem!, ct);

            var stored = await _store.GetDocumentAsync(candidate.Id, ct);
            if (IsUnchanged(stored, candidate))
                return new IngestOutcome(candidate.Id, IngestStatus.Unchanged, stored!.RelationCount, null, candidate.SourcePath, Bytes: candidate.Bytes);

            ExtractionResult result;
            try { result = _extractor.Extract(candidate.ToSource()); }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _logger.LogWarning(e, "Extraction failed for document {DocumentId}", candidate.Id);
                return await RecordFailureAsync(candidate, $"extraction failed: {e.GetType().Name}: {e.Message}", ct);
            }

            var record = new DocumentRecord(
                candidate.Id, candidate.Metadata.Title ?? result.Title, candidate.Metadata.Url, candidate.Metadata.Outlet,
                candidate.Metadata.Published, candidate.Metadata.PublishedBasis, candidate.Format, candidate.Sha256,
                _time.GetUtcNow(), _extractor.Version, DocumentStatus.Ingested, null, result.Relations.Count);
            var written = await _store.WriteDocumentAsync(new DocumentWrite(record, candidate.Text!, result.Actors, result.Relations), ct);
            _logger.LogDebug("Ingested {DocumentId}: {Relations} relations (+{Added}/-{Removed})", candidate.Id, result.Relations.Count, written.Added, written.Removed);
            return new IngestOutcome(candidate.Id, IngestStatus.Ingested, result.Relations.Count, null, candidate.SourcePath,
                written.Added, written.Removed, candidate.Bytes, keepRelations ? result.Relations : null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The store refused the write (and rolled it back): nothing of this document is half-written, and a
            // later attempt starts afresh. Recording a failure would need the same store, so it is only reported.
            _logger.LogError(e, "Storing document {DocumentId} failed", candidate.Id);
            return new IngestOutcome(candidate.Id, IngestStatus.Failed, 0, $"store write failed: {e.Message}", candidate.SourcePath, Bytes: candidate.Bytes);
        }
    }

    /// <summary>Skipped only when a good version with the same bytes, extractor and sidecar facts is stored; failed documents are always retried.</summary>
    private bool IsUnchanged(DocumentRecord? stored, DocumentCandidate candidate) =>
        stored is { Status: DocumentStatus.Ingested }
        && stored.Sha256 == candidate.Sha256
        && stored.ExtractorVersion == _extractor.Version
        && stored.Format == candidate.Format
        && Agrees(candidate.Metadata.Title, stored.Title)
        && Agrees(candidate.Metadata.Url, stored.Url)
        && Agrees(candidate.Metadata.Outlet, stored.Outlet)
        && Agrees(candidate.Metadata.PublishedBasis, stored.PublishedBasis)
        && (candidate.Metadata.Published is null || candidate.Metadata.Published == stored.Published);

    private static bool Agrees(string? given, string? stored) => given is null || given == stored;

    private async Task<IngestOutcome> RecordFailureAsync(DocumentCandidate candidate, string reason, CancellationToken ct)
    {
        var record = new DocumentRecord(
            candidate.Id, candidate.Metadata.Title, candidate.Metadata.Url, candidate.Metadata.Outlet,
            candidate.Metadata.Published, candidate.Metadata.PublishedBasis, candidate.Format, candidate.Sha256,
            _time.GetUtcNow(), _extractor.Version, DocumentStatus.Failed, reason, 0);
        await _store.WriteDocumentAsync(new DocumentWrite(record, candidate.Text ?? "", [], []), ct);
        _logger.LogWarning("Document {DocumentId} failed: {Reason}", candidate.Id, reason);
        return new IngestOutcome(candidate.Id, IngestStatus.Failed, 0, reason, candidate.SourcePath, Bytes: candidate.Bytes);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
