using System.Threading.Channels;
using KoreaRussiaGraph.Ingestion.Documents;
using KoreaRussiaGraph.Ingestion.Ingesting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KoreaRussiaGraph.Ingestion.Inbox;

/// <summary>
/// Watches the inbox folder and ingests what lands there: file-system events for speed, a periodic rescan as the
/// safety net for lost events. A file is read once it has been quiet for the debounce interval. Unchanged files
/// are skipped by the ingestor; a failure in one document is recorded and the worker goes on.
/// On start it scans everything, so a document interrupted by a crash is ingested on the next start.
/// </summary>
public sealed class InboxWorker : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);

    private readonly DocumentIngestor _ingestor;
    private readonly IngestionOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly Channel<string> _events = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource _firstScanDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _batches;

    public InboxWorker(DocumentIngestor ingestor, IngestionOptions options, ILogger<InboxWorker>? logger = null, TimeProvider? time = null)
    {
        _ingestor = ingestor;
        _options = options;
        _logger = logger ?? NullLogger<InboxWorker>.Instance;
        _time = time ?? TimeProvider.System;
        Folder = Path.GetFullPath(options.InboxPath);
    }

    public string Folder { get; }

    /// <summary>Completes once the files present at start have been ingested (or skipped as unchanged).</summary>
    public Task FirstScanCompleted => _firstScanDone.Task;

    /// <summary>Batches handled so far (for diagnostics and tests).</summary>
    public long Batches => Interlocked.Read(ref _batches);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        TryCreateFolder();
        var paths = new DocumentPaths(_options.IgnoredSuffixes);
        var round = new Round(new InboxScanner(Folder, paths), paths);
        using var watcher = StartWatcher();
        _logger.LogInformation("Inbox worker watching {Folder} ({Mode}; rescan every {Interval} ms)",
            Folder, watcher is null ? "polling only" : "file-system events", _options.RescanIntervalMilliseconds);

        using var timer = new PeriodicTimer(Tick, _time);
        try
        {
            do
            {
                try { await RunRoundAsync(round, stoppingToken); }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Whatever went wrong in this round, the worker serves the inbox again on the next tick.
                    _logger.LogError(e, "Inbox worker round failed; continuing");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            _logger.LogInformation("Inbox worker stopped");
        }
        finally
        {
            _firstScanDone.TrySetCanceled(stoppingToken);
        }
    }

    /// <summary>One tick: take events, rescan when due, ingest the files that have been quiet long enough.</summary>
    private async Task RunRoundAsync(Round round, CancellationToken ct)
    {
        var now = _time.GetUtcNow();
        var debounce = TimeSpan.FromMilliseconds(_options.DebounceMilliseconds);
        while (_events.Reader.TryRead(out var changed))
            foreach (var file in Resolve(changed, round.Paths))
                round.Pending[file] = now + debounce;

        if (now >= round.NextRescan)
        {
            round.NextRescan = now + TimeSpan.FromMilliseconds(_options.RescanIntervalMilliseconds);
            // Files found by the first scan are due at once; later ones still wait out a copy in progress.
            foreach (var file in SafeScan(round.Scanner))
                round.Pending.TryAdd(file, round.FirstScan ? now : now + debounce);
        }

        var due = round.Pending.Where(p => p.Value <= now).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        if (due.Count > 0)
        {
            foreach (var file in due) round.Pending.Remove(file);
            await IngestAsync(due, round.Scanner, ct);
        }

        if (round.FirstScan && round.Pending.Count == 0)
        {
            round.FirstScan = false;
            _firstScanDone.TrySetResult();
        }
    }

    /// <summary>The worker's state between ticks: files waiting out their debounce, and when to rescan.</summary>
    private sealed class Round(InboxScanner scanner, DocumentPaths paths)
    {
        public InboxScanner Scanner { get; } = scanner;
        public DocumentPaths Paths { get; } = paths;
        public Dictionary<string, DateTimeOffset> Pending { get; } = new(StringComparer.Ordinal);
        public DateTimeOffset NextRescan { get; set; } = DateTimeOffset.MinValue;
        public bool FirstScan { get; set; } = true;
    }

    private async Task IngestAsync(IReadOnlyList<string> files, InboxScanner scanner, CancellationToken ct)
    {
        var present = files.Where(File.Exists).ToList();
        foreach (var gone in files.Except(present)) scanner.Forget(gone);
        if (present.Count == 0) return;

        var fingerprints = present.ToDictionary(f => f, scanner.Take, StringComparer.Ordinal);
        try
        {
            var report = await _ingestor.IngestPathsAsync(present, null, ct);
            // A file the store could not take is left unseen, so the next rescan offers it again.
            var retry = report.Outcomes.Where(o => o.Transient && o.SourcePath is not null).Select(o => o.SourcePath!).ToHashSet(StringComparer.Ordinal);
            foreach (var file in present)
                if (!retry.Contains(file)) scanner.MarkSeen(file, fingerprints[file]);
            Interlocked.Increment(ref _batches);
            if (report.Ingested + report.Failed > 0)
                _logger.LogInformation("Inbox: {Summary}", report);
            foreach (var failure in report.Failures)
                _logger.LogWarning("Inbox document {DocumentId} ({Path}) failed: {Error}", failure.DocumentId, failure.SourcePath, failure.Error);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not marked as seen: the next rescan offers these files again.
            _logger.LogError(e, "Inbox batch of {Count} files failed; they will be retried on the next rescan", present.Count);
        }
    }

    /// <summary>An event names a file, a sidecar (stands for its document) or a folder moved in (stands for its files).</summary>
    private IEnumerable<string> Resolve(string path, DocumentPaths paths)
    {
        if (Directory.Exists(path)) return paths.Expand([path]);
        if (SidecarReader.IsSidecar(path)) return SidecarReader.DocumentFor(path) is { } document ? [document] : [];
        return paths.IsDocumentCandidate(path) && !IsInHiddenFolder(path) ? [path] : [];
    }

    private bool IsInHiddenFolder(string path)
    {
        var relative = Path.GetRelativePath(Folder, Path.GetDirectoryName(path) ?? Folder);
        return relative != "." && relative.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'));
    }

    private void TryCreateFolder()
    {
        try { Directory.CreateDirectory(Folder); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.LogError(e, "Inbox folder {Folder} cannot be created; the worker waits for it to appear", Folder);
        }
    }

    private IEnumerable<string> SafeScan(InboxScanner scanner)
    {
        try { return scanner.ChangedSinceLastSeen(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(e, "Inbox rescan of {Folder} failed; retrying on the next interval", Folder);
            return [];
        }
    }

    private FileSystemWatcher? StartWatcher()
    {
        try
        {
            var watcher = new FileSystemWatcher(Folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Created += (_, e) => _events.Writer.TryWrite(e.FullPath);
            watcher.Changed += (_, e) => _events.Writer.TryWrite(e.FullPath);
            watcher.Renamed += (_, e) => _events.Writer.TryWrite(e.FullPath);
            watcher.Error += (_, e) => _logger.LogWarning(e.GetException(), "Inbox watcher lost events; the rescan will catch up");
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or PlatformNotSupportedException)
        {
            // Typically the per-user inotify limit; the rescan alone still finds every file.
            _logger.LogWarning(e, "Inbox watcher could not start for {Folder}; relying on the periodic rescan", Folder);
            return null;
        }
    }
}
