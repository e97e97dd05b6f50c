using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
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
        _loader = new DocumentFileLoader(options.MaxDocumentBytes, (path, warning) => _logger.LogWarning("{Path}: {Warning}", path, warning));
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
    /// Ingests files and folders (walked recursively). Reading and extraction run on up to
    /// <see cref="IngestionOptions.MaxParallelism"/> threads while one writer commits finished documents, so the
    /// store's serialised transactions overlap with extraction instead of stalling it. Progress is reported from
    /// the ingestion threads as each document finishes.
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

        var ready = Channel.CreateBounded<(int Index, Prepared Prepared)>(new BoundedChannelOptions(Math.Max(4, 2 * _options.MaxParallelism))
        {
            SingleReader = true,
        });
        var writer = Task.Run(async () =>
        {
            await foreach (var (index, prepared) in ready.Reader.ReadAllAsync(ct))
            {
                outcomes[index] = await CommitAsync(prepared, keepRelations: false, ct);
                progress?.Report(outcomes[index]);
            }
        }, ct);

        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, files.Count),
                new ParallelOptions { MaxDegreeOfParallelism = _options.MaxParallelism, CancellationToken = ct },
                async (i, token) =>
                {
                    if (duplicates.TryGetValue(i, out var first))
                    {
                        // Two files of one batch claim one id (a.txt and a.md): the first wins, the second is reported, not written.
                        outcomes[i] = new IngestOutcome(DocumentFormats.IdForPath(files[i]), IngestStatus.Failed, 0,
                            $"duplicate document id: {Path.GetFileName(first)} in this batch has the same id; not ingested", files[i]);
                        progress?.Report(outcomes[i]);
                        return;
                    }
                    var candidate = await _loader.LoadAsync(files[i], token);
                    var prepared = await PrepareAsync(candidate, token);
                    if (prepared.Write is null)
                    {
                        outcomes[i] = Finish(prepared);
                        progress?.Report(outcomes[i]);
                        return;
                    }
                    await ready.Writer.WriteAsync((i, prepared), token);
                });
        }
        finally
        {
            ready.Writer.TryComplete();
            try { await writer; }
            finally
            {
                // Only after cancellation can documents be left unwritten; their locks must not outlive the batch.
                while (ready.Reader.TryRead(out var left)) left.Prepared.Lock?.Dispose();
            }
        }

        var report = new BatchReport(outcomes, clock.Elapsed);
        _logger.LogInformation("Ingestion batch: {Summary}", report);
        return report;
    }

    /// <summary>
    /// Ingests a document read elsewhere (a fetched web page), or records its <see cref="DocumentCandidate.Problem"/> as a
    /// failed document. <paramref name="keepRelations"/> fills <see cref="IngestOutcome.Produced"/>.
    /// </summary>
    public async Task<IngestOutcome> IngestCandidateAsync(DocumentCandidate candidate, bool keepRelations, CancellationToken ct)
    {
        var prepared = await PrepareAsync(candidate, ct);
        if (prepared.Write is not null) return await CommitAsync(prepared, keepRelations, ct);
        var outcome = Finish(prepared);
        // A single caller (the API) wants the relations even when nothing changed: extraction is pure, so the
        // same bytes and extractor give back exactly the stored relations.
        return keepRelations && outcome.Status == IngestStatus.Unchanged && candidate.IsUsable
            ? outcome with { Produced = DistinctById(_extractor.Extract(candidate.ToSource()).Relations) }
            : outcome;
    }

    /// <summary>
    /// Everything before the write: the unchanged check and extraction. Holds the document's lock until the
    /// write is committed, so no other caller slips a version in between the check and the write.
    /// </summary>
    private async Task<Prepared> PrepareAsync(DocumentCandidate candidate, CancellationToken ct)
    {
        if (!candidate.Recordable)
            return new Prepared(candidate, null, null, new IngestOutcome(candidate.Id, IngestStatus.Failed, 0, candidate.Problem, candidate.SourcePath));

        var held = await _locks.AcquireAsync(candidate.Id, ct);
        try
        {
            if (!candidate.IsUsable) return new Prepared(candidate, FailureWrite(candidate, candidate.Problem!), held);

            var stored = await _store.GetDocumentAsync(candidate.Id, ct);
            if (IsUnchanged(stored, candidate))
            {
                var unchanged = new IngestOutcome(candidate.Id, IngestStatus.Unchanged, stored!.RelationCount, null, candidate.SourcePath, Bytes: candidate.Bytes);
                return new Prepared(candidate, null, held, unchanged);
            }

            ExtractionResult result;
            try { result = _extractor.Extract(candidate.ToSource()); }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _logger.LogWarning(e, "Extraction failed for document {DocumentId}", candidate.Id);
                return new Prepared(candidate, FailureWrite(candidate, $"extraction failed: {e.GetType().Name}: {e.Message}"), held);
            }

            if (result.Relations.Count > _options.MaxRelationsPerDocument)
                return new Prepared(candidate, FailureWrite(candidate,
                    $"too many relations: {result.Relations.Count:N0}, the limit is {_options.MaxRelationsPerDocument:N0} per document (Ingestion:MaxRelationsPerDocument)"), held);

            var record = new DocumentRecord(
                candidate.Id, candidate.Metadata.Title ?? result.Title, candidate.Metadata.Url, candidate.Metadata.Outlet,
                candidate.Metadata.Published, candidate.Metadata.PublishedBasis, candidate.Format, candidate.Sha256,
                _time.GetUtcNow(), _extractor.Version, DocumentStatus.Ingested, null, result.Relations.Count);
            return new Prepared(candidate, new DocumentWrite(record, candidate.Text!, result.Actors, result.Relations), held);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogError(e, "Reading the stored version of {DocumentId} failed", candidate.Id);
            return new Prepared(candidate, null, held, new IngestOutcome(candidate.Id, IngestStatus.Failed, 0, $"store read failed: {e.Message}", candidate.SourcePath, Bytes: candidate.Bytes, Transient: true));
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    private async Task<IngestOutcome> CommitAsync(Prepared prepared, bool keepRelations, CancellationToken ct)
    {
        var (candidate, write) = (prepared.Candidate, prepared.Write!);
        try
        {
            var written = await _store.WriteDocumentAsync(write, ct);
            if (write.Document.Status == DocumentStatus.Failed)
            {
                _logger.LogInformation("Document {DocumentId} failed: {Reason}", candidate.Id, write.Document.Error);
                return new IngestOutcome(candidate.Id, IngestStatus.Failed, 0, write.Document.Error, candidate.SourcePath, Bytes: candidate.Bytes);
            }
            // Added + kept is what the store holds now: it folds relations that share an id into one.
            var held = written.Added + written.Kept;
            _logger.LogDebug("Ingested {DocumentId}: {Relations} relations (+{Added}/-{Removed})", candidate.Id, held, written.Added, written.Removed);
            return new IngestOutcome(candidate.Id, IngestStatus.Ingested, held, null, candidate.SourcePath,
                written.Added, written.Removed, candidate.Bytes, keepRelations ? DistinctById(write.Relations) : null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The store refused the write and rolled it back: nothing of this document is half-written, and a
            // later attempt starts afresh. Recording a failure would need the same store, so it is only reported.
            _logger.LogError(e, "Storing document {DocumentId} failed", candidate.Id);
            return new IngestOutcome(candidate.Id, IngestStatus.Failed, 0, $"store write failed: {e.Message}", candidate.SourcePath, Bytes: candidate.Bytes, Transient: true);
        }
        finally
        {
            prepared.Lock?.Dispose();
        }
    }

    private static IngestOutcome Finish(Prepared prepared)
    {
        prepared.Lock?.Dispose();
        return prepared.Done!;
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

    private DocumentWrite FailureWrite(DocumentCandidate candidate, string reason)
    {
        var record = new DocumentRecord(
            candidate.Id, candidate.Metadata.Title, candidate.Metadata.Url, candidate.Metadata.Outlet,
            candidate.Metadata.Published, candidate.Metadata.PublishedBasis, candidate.Format, candidate.Sha256,
            _time.GetUtcNow(), _extractor.Version, DocumentStatus.Failed, reason, 0);
        return new DocumentWrite(record, candidate.Text ?? "", [], []);
    }

    /// <summary>A document after the checks and extraction: either a write to commit or an outcome already decided.</summary>
    private sealed record Prepared(DocumentCandidate Candidate, DocumentWrite? Write, IDisposable? Lock, IngestOutcome? Done = null);

    /// <summary>The relations as the store keeps them: one per id, the last one winning.</summary>
    private static IReadOnlyList<Relation> DistinctById(IReadOnlyList<Relation> relations) =>
        relations.GroupBy(r => r.Id, StringComparer.Ordinal).Select(g => g.Last()).ToList();

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
