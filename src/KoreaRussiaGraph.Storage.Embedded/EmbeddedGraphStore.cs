using System.Collections.Concurrent;
using KoreaRussiaGraph.Core.Links;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.Core.Timelines;
using KoreaRussiaGraph.Storage.Embedded.Index;
using KoreaRussiaGraph.Storage.Embedded.Snapshot;
using KoreaRussiaGraph.Storage.Embedded.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KoreaRussiaGraph.Storage.Embedded;

/// <summary>
/// The default store (DESIGN §5): SQLite in WAL mode is the durable truth; graph queries run on an in-memory
/// adjacency index loaded at start and updated after every committed write. Writes are serialised; readers
/// share a reader-writer lock with the index update, so they see a document entirely or not at all.
/// Same-actor paths (from = to) are an empty list.
/// </summary>
public sealed partial class EmbeddedGraphStore : IGraphStore, IGraphImport
{
    private readonly EmbeddedStoreOptions _options;
    private readonly ILogger<EmbeddedGraphStore> _logger;
    private readonly SqliteDatabase _database;
    private readonly DocumentWriter _writer;
    private readonly SemaphoreSlim _writes = new(1, 1);
    private readonly ReaderWriterLockSlim _gate = new(LockRecursionPolicy.NoRecursion);
    private readonly RelationPayloads _payloads;
    private GraphIndex _index;
    // Document records are small and read once per cited document per request; keeping them in memory
    // spares every citation a SQLite round trip (measured: 154 -> 1,200+ req/s on a citing neighbourhood).
    private readonly ConcurrentDictionary<string, DocumentRecord> _documents = new(StringComparer.Ordinal);
    private volatile bool _ready;
    private long _generation;
    // The last change-log entry (ChangeLog) the index reflects; read and written under _writes only.
    private long _logPosition;
    // The log position of the snapshot file as last read or written (-1: none); read and written under _writes only.
    private long _snapshotPosition = -1;
    private Task _snapshotSave = Task.CompletedTask;
    private readonly CancellationTokenSource _stopping = new();
    private Task _poller = Task.CompletedTask;
    private int _disposed;

    public EmbeddedGraphStore(EmbeddedStoreOptions options, ILogger<EmbeddedGraphStore>? logger = null)
    {
        _options = options;
        _logger = logger ?? NullLogger<EmbeddedGraphStore>.Instance;
        var path = System.IO.Path.GetFullPath(options.Path);
        _database = new SqliteDatabase(path);
        _payloads = RelationPayloads.FromFile(_database, options.PayloadCacheSize);
        _index = new GraphIndex(_payloads);
        _writer = new DocumentWriter(_database, options.BeforeCommit, PinReplaced);
    }

    /// <summary>Where the last start got its index from (for tests and the benchmark).</summary>
    internal IndexSource StartedFrom { get; private set; }

    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await _writes.WaitAsync(ct);
        try
        {
            if (_ready) return;
            await LoadFileAsync(ct);
        }
        finally
        {
            _writes.Release();
        }
        if (_options.ChangePollInterval > TimeSpan.Zero) _poller = Task.Run(() => PollAsync(_options.ChangePollInterval, _stopping.Token));
    }

    /// <summary>Migrates the file and loads the index; caller holds the write semaphore.</summary>
    private async Task LoadFileAsync(CancellationToken ct)
    {
        var folder = System.IO.Path.GetDirectoryName(_database.Path);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        await using var connection = await _database.OpenAsync(ct);
        var applied = await SchemaMigrations.ApplyAsync(connection, ct);
        await Import.BulkImporter.EnsureIndexesAsync(connection, ct);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var index = (_options.IndexSnapshot ? await TryLoadSnapshotAsync(connection, ct) : null) ?? await LoadAllAsync(connection, ct);
        _ready = true;
        _logger.LogInformation("Embedded store {Path}: {Migrations} migration(s) applied, index of {Actors} actors and {Relations} relations {How} in {Ms} ms",
            _database.Path, applied, index.ActorCount, index.RelationCount,
            StartedFrom == IndexSource.Snapshot ? "read from its snapshot" : "built from the file", started.ElapsedMilliseconds);
        if (StartedFrom == IndexSource.File && _options.IndexSnapshot) _snapshotSave = Task.Run(() => SaveSnapshotAsync(CancellationToken.None));
    }

    /// <summary>
    /// The index from the snapshot file when it was taken from this file, brought up to the file's latest commit through
    /// the change log; null when there is no usable snapshot. Caller holds the write semaphore.
    /// </summary>
    private async Task<GraphIndex?> TryLoadSnapshotAsync(Microsoft.Data.Sqlite.SqliteConnection connection, CancellationToken ct)
    {
        var path = IndexSnapshot.PathFor(_database.Path);
        if (IndexSnapshot.ReadStamp(path) is not { } stamp) return null;
        if (await SnapshotStamp.ReadAsync(connection, stamp.LogPosition, ct) != stamp)
        {
            _logger.LogInformation("Index snapshot {Path} does not match the store file (another file, or a history it does not share); rebuilding", path);
            return null;
        }
        GraphIndex index;
        try
        {
            index = IndexSnapshot.Read(path, stamp, _payloads);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException or ArgumentException)
        {
            _logger.LogWarning("Index snapshot {Path} is unreadable ({Error}); rebuilding", path, e.Message);
            return null;
        }
        var documents = await ReadDocumentsAsync(connection, id: null, ct);
        Write(() =>
        {
            _payloads.Clear();
            _index = index;
            _documents.Clear();
            foreach (var document in documents) _documents[document.Id] = document;
        });
        _logPosition = _snapshotPosition = stamp.LogPosition;
        StartedFrom = IndexSource.Snapshot;
        Interlocked.Increment(ref _generation);
        // Commits made after the snapshot (a crash before the next one, or another process) are applied now, before any
        // reader sees the index; a log that no longer reaches back to the snapshot makes this a full rebuild.
        await CatchUpAsync(ct);
        return _index;
    }

    /// <summary>Writes the index to its snapshot file when it moved since the last one; never throws.</summary>
    private async Task SaveSnapshotAsync(CancellationToken ct)
    {
        await _writes.WaitAsync(ct);
        try
        {
            if (!_ready || _logPosition == _snapshotPosition) return;
            var started = System.Diagnostics.Stopwatch.StartNew();
            SnapshotStamp stamp;
            await using (var connection = await _database.OpenAsync(ct))
                stamp = await SnapshotStamp.ReadAsync(connection, _logPosition, ct);
            // Under the write semaphore nothing changes the index; the read lock only keeps the rule that reads take it.
            _gate.EnterReadLock();
            try { IndexSnapshot.Write(IndexSnapshot.PathFor(_database.Path), _index, stamp); }
            finally { _gate.ExitReadLock(); }
            _snapshotPosition = _logPosition;
            _logger.LogInformation("Index snapshot written at change {Position} in {Ms} ms", _logPosition, started.ElapsedMilliseconds);
        }
        catch (Exception e)
        {
            _logger.LogWarning("Writing the index snapshot failed ({Error}); the next start rebuilds the index from the file", e.Message);
        }
        finally
        {
            _writes.Release();
        }
    }

    /// <summary>A write is about to replace these stored relations: readers keep getting them until the index has caught up.</summary>
    private void PinReplaced(IReadOnlyList<Relation> relations)
    {
        // The caller holds the write semaphore, so the index is not changing under this lookup.
        foreach (var relation in relations)
            if (_index.TryGetRelation(relation.Id, out var slot)) _payloads.Pin(slot, relation);
    }

    /// <summary>Builds the index and the document records from the file; caller holds the write semaphore.</summary>
    private async Task<GraphIndex> LoadAllAsync(Microsoft.Data.Sqlite.SqliteConnection connection, CancellationToken ct)
    {
        // The log position is read first: a commit that lands while the index loads is applied again by the next
        // catch-up, which is harmless because catching up sets a document to what the file holds, not a delta.
        var position = await ChangeLog.LatestAsync(connection, ct);
        var index = await IndexLoader.LoadAsync(connection, _payloads, ct);
        var documents = await ReadDocumentsAsync(connection, id: null, ct);
        Write(() =>
        {
            _payloads.Clear();
            _index = index;
            _documents.Clear();
            foreach (var document in documents) _documents[document.Id] = document;
        });
        _logPosition = position;
        StartedFrom = IndexSource.File;
        Interlocked.Increment(ref _generation);
        return index;
    }

    public Task<bool> IsReadyAsync(CancellationToken ct = default) => Task.FromResult(_ready);

    // Readers see the index and document records this instance keeps. Its own writes reach them before the write
    // returns; commits from other processes (krg ingest beside serve) within one ChangePollInterval (ChangeLog).
    public long? Generation => Interlocked.Read(ref _generation);

    // --- writes -------------------------------------------------------------------------

    public async Task<WriteOutcome> WriteDocumentAsync(DocumentWrite write, CancellationToken ct = default)
    {
        EnsureReady();
        await _writes.WaitAsync(ct);
        try
        {
            var (outcome, change) = await _writer.WriteDocumentAsync(write, ct);
            // Committed: from here on the index must learn of it whatever happens to the request, so nothing below
            // observes its cancellation token (a client that goes away must not leave the index behind the file).
            _options.AfterCommit?.Invoke(write.Document.Id, ct);
            await ApplyCommittedAsync(change, write.Document.Id, outcome);
            _logger.LogDebug("Document {Id} written: {Added} added, {Removed} removed, {Kept} kept", write.Document.Id, outcome.Added, outcome.Removed, outcome.Kept);
            return outcome;
        }
        finally
        {
            // The index has applied the commit (or it failed and the pins only held what the file still had).
            _payloads.Unpin();
            _writes.Release();
        }
    }

    public async Task UpsertActorsAsync(IReadOnlyCollection<Actor> actors, CancellationToken ct = default)
    {
        EnsureReady();
        await _writes.WaitAsync(ct);
        try
        {
            await ApplyCommittedAsync(await _writer.UpsertActorsAsync(actors, ct), documentId: null, new WriteOutcome(0, 0, 0));
        }
        finally
        {
            _writes.Release();
        }
    }

    /// <summary>
    /// Brings the index up to a write this instance committed; caller holds the write semaphore. The change is applied
    /// directly when the index was up to date with the file before it; otherwise (another process committed in
    /// between, or an earlier update failed) the whole gap is caught up from the change log. Never throws: an update
    /// that fails leaves the log position behind, and the next catch-up repairs the index.
    /// </summary>
    private async Task ApplyCommittedAsync(IndexChange change, string? documentId, WriteOutcome outcome)
    {
        try
        {
            IReadOnlyList<DocumentRecord> records = [];
            if (documentId is not null)
                await using (var connection = await _database.OpenAsync(CancellationToken.None))
                    records = await ReadDocumentsAsync(connection, documentId, CancellationToken.None);
            // The document's record changes with its relations, under one write lock: a reader that sees a new
            // relation also finds the document it cites.
            Apply(change, records);
            if (_logPosition == change.LogBefore) _logPosition = change.LogAfter;
            else await CatchUpAsync(CancellationToken.None, publish: false); // the notice below covers it
        }
        catch (Exception e)
        {
            _logger.LogError(e, "Updating the index after a committed write failed; it will be caught up from the file");
        }
        finally
        {
            // Also after a failure: part of the change may already be in the index.
            Interlocked.Increment(ref _generation);
            PublishChange(documentId is null ? [] : [documentId], outcome.Added, outcome.Removed);
        }
    }

    private void Apply(IndexChange change, IReadOnlyList<DocumentRecord> documents) => Write(() =>
    {
        foreach (var document in documents) _documents[document.Id] = document;
        foreach (var actor in change.Actors) _index.PutActor(actor);
        foreach (var id in change.RemovedRelations) _index.RemoveRelation(id);
        foreach (var relation in change.Relations) _index.PutRelation(relation);
        _index.RefreshOrders();
    });

    // --- other writers --------------------------------------------------------------------

    /// <summary>Looks for commits this instance has not applied, every <paramref name="interval"/>, until disposed.</summary>
    private async Task PollAsync(TimeSpan interval, CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping))
            {
                try
                {
                    long latest;
                    await using (var connection = await _database.OpenAsync(stopping)) latest = await ChangeLog.LatestAsync(connection, stopping);
                    if (latest == _logPosition) continue;
                    await _writes.WaitAsync(stopping);
                    try { await CatchUpAsync(stopping); }
                    finally { _writes.Release(); }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    _logger.LogWarning("Looking for commits from other processes failed ({Error}); retrying in {Interval}", e.Message, interval);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested) { }
    }

    /// <summary>
    /// Sets every document and actor the change log names after this instance's position to what the file holds now;
    /// caller holds the write semaphore. A log pruned past the position means too much changed to follow: reload all.
    /// </summary>
    private async Task CatchUpAsync(CancellationToken ct, bool publish = true)
    {
        await using var connection = await _database.OpenAsync(ct);
        var changes = await ChangeLog.ReadAfterAsync(connection, _logPosition, ct);
        if (changes.Gap)
        {
            _logger.LogInformation("The store file changed more than the change log keeps; reloading the index");
            await LoadAllAsync(connection, ct);
            return;
        }
        if (changes.UpTo == _logPosition) return;
        int added = 0, removed = 0;
        Write(() =>
        {
            foreach (var actor in changes.Actors) _index.PutActor(actor);
            var inFile = changes.Relations.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            added = changes.Relations.Count(r => !_index.TryGetRelation(r.Id, out _));
            foreach (var stale in _index.RelationIdsOfDocuments(changes.Documents).Where(id => !inFile.Contains(id)).ToList())
                removed += _index.RemoveRelation(stale) ? 1 : 0;
            foreach (var relation in changes.Relations) _index.PutRelation(relation);
            foreach (var id in changes.Documents) _documents.TryRemove(id, out _);
            foreach (var document in changes.DocumentRecords) _documents[document.Id] = document;
            _index.RefreshOrders();
        });
        _logPosition = changes.UpTo;
        Interlocked.Increment(ref _generation);
        if (publish) PublishChange(changes.Documents.ToArray(), added, removed);
        _logger.LogDebug("Caught up with the store file: {Documents} document(s), {Actors} actor(s)", changes.Documents.Count, changes.Actors.Count);
    }

    // --- actors -------------------------------------------------------------------------

    public Task<Actor?> GetActorAsync(string id, CancellationToken ct = default) =>
        Read(g => g.TryGetActor(id, out var a) ? g.Actor(a) : null);

    public Task<IReadOnlyList<Actor>> GetActorsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        Read<IReadOnlyList<Actor>>(g => ids.Distinct(StringComparer.Ordinal).Where(id => g.TryGetActor(id, out _))
            .Select(id => { g.TryGetActor(id, out var a); return g.Actor(a); }).ToArray());

    public Task<Page<Actor>> FindActorsAsync(ActorQuery query, CancellationToken ct = default)
    {
        query.Page.Validate();
        return Read(g => ListingQueries.FindActors(g, query));
    }

    public Task<int> DegreeAsync(string actorId, CancellationToken ct = default) =>
        Read(g => g.TryGetActor(actorId, out var a) ? g.Degree(a) : 0);

    // --- relations and graph queries ----------------------------------------------------

    public Task<Page<Relation>> FindRelationsAsync(RelationFilter filter, string? actorId, PageRequest page, CancellationToken ct = default)
    {
        page.Validate();
        QueryGuard.ValidFilter(filter);
        return Read(g => ListingQueries.FindRelations(g, filter, actorId is null ? null : Resolve(g, actorId), page));
    }

    public Task<Relation?> GetRelationAsync(string id, CancellationToken ct = default) =>
        Read(g => g.TryGetRelation(id, out var slot) ? g.Payloads([slot])[0] : null);

    public Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        Read<IReadOnlyList<Relation>>(g =>
        {
            var slots = new List<int>(ids.Count);
            foreach (var id in ids.Distinct(StringComparer.Ordinal))
                if (g.TryGetRelation(id, out var slot)) slots.Add(slot);
            return g.PresentPayloads(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(slots));
        });

    public Task<Subgraph> NeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken ct = default)
    {
        query.Validate();
        return Read(g =>
        {
            // Traversal, the cap and the outlines come from the index; payloads are read only for the relations kept, and only when asked.
            var subgraph = NeighbourhoodSearch.Run(g, Resolve(g, query.ActorId), query.Depth, query.Limit, query.EffectiveFilter, query.MaxEdges);
            if (query.Detail == RelationDetail.Outline) return subgraph;
            return subgraph with { Edges = g.Hydrate(subgraph.Edges).OfType<Relation>().ToArray() };
        });
    }

    public Task<IReadOnlyList<GraphPath>> PathsAsync(PathQuery query, CancellationToken ct = default)
    {
        query.Validate();
        if (query.WorkBudget is < 1) throw GraphQueryException.InvalidArgument("workBudget", "must be at least 1");
        return Read(g => PathSearch.Run(g, Resolve(g, query.FromId), Resolve(g, query.ToId), query));
    }

    // --- links and timelines -------------------------------------------------------------

    public Task<Page<Link>> FindLinksAsync(LinkQuery query, CancellationToken ct = default)
    {
        query.Validate();
        return Read(g => LinkQueries.FindLinks(g, query, OutletOf));
    }

    public Task<IReadOnlyList<LinkWithEvidence>> GroupLinksAsync(IReadOnlyCollection<Relation> relations, CancellationToken ct = default) =>
        Read(g => (relations is OutlineEdges outlines && outlines.IndexIdentity == g.Identity ? LinkQueries.GroupOutlines(g, outlines, OutletOf) : null)
            ?? LinkGrouping.Group(relations, OutletOf));

    public Task<IReadOnlyList<Relation>> LinkEvidenceAsync(LinkKey link, RelationFilter filter, CancellationToken ct = default)
    {
        QueryGuard.ValidFilter(filter);
        return Read(g => LinkQueries.Evidence(g, link, filter));
    }

    public Task<Timeline> TimelineAsync(TimelineQuery query, CancellationToken ct = default)
    {
        query.Validate();
        return Read(g => TimelineQueries.Run(g, query.ActorId is null ? null : Resolve(g, query.ActorId), query));
    }

    private string? OutletOf(string documentId) => _documents.GetValueOrDefault(documentId)?.Outlet;

    private static int Resolve(GraphIndex g, string id) =>
        g.TryGetActor(id, out var index) ? index : throw GraphQueryException.UnknownActor(id, ActorSuggestions.Closest(id, g.ActorIds));

    // --- documents ----------------------------------------------------------------------

    public Task<DocumentRecord?> GetDocumentAsync(string id, CancellationToken ct = default) =>
        Task.FromResult(_documents.GetValueOrDefault(id));

    /// <summary>Document records as stored: all of them, or the one just written.</summary>
    private static async Task<IReadOnlyList<DocumentRecord>> ReadDocumentsAsync(Microsoft.Data.Sqlite.SqliteConnection connection, string? id, CancellationToken ct)
    {
        await using var command = connection.Prepare(
            $"SELECT {Rows.DocumentColumns} FROM documents WHERE $id IS NULL OR id = $id", null, ("$id", id));
        await using var reader = await command.ExecuteReaderAsync(ct);
        var documents = new List<DocumentRecord>();
        while (await reader.ReadAsync(ct)) documents.Add(Rows.ReadDocument(reader));
        return documents;
    }

    public async Task<Page<DocumentRecord>> ListDocumentsAsync(PageRequest page, CancellationToken ct = default)
    {
        page.Validate();
        await using var connection = await _database.OpenAsync(ct);
        var total = Convert.ToInt32(await connection.ScalarAsync("SELECT COUNT(*) FROM documents", ct));
        await using var command = connection.Prepare(
            $"SELECT {Rows.DocumentColumns} FROM documents WHERE $after IS NULL OR id > $after ORDER BY id LIMIT $take",
            null, ("$after", page.After), ("$take", page.First + 1));
        var items = new List<DocumentRecord>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) items.Add(Rows.ReadDocument(reader));
        var hasNext = items.Count > page.First;
        if (hasNext) items.RemoveAt(items.Count - 1);
        return new Page<DocumentRecord>(items, hasNext, total);
    }

    public async Task<string?> GetDocumentTextAsync(string id, CancellationToken ct = default)
    {
        await using var connection = await _database.OpenAsync(ct);
        return await connection.ScalarAsync("SELECT raw_text FROM document_texts WHERE document_id = $id", ct, null, ("$id", id)) as string;
    }

    public async Task<GraphStats> StatsAsync(CancellationToken ct = default)
    {
        var documents = _documents.Count;
        var failed = _documents.Values.Count(d => d.Status == DocumentStatus.Failed);
        return await Read(g =>
        {
            var byType = new SortedDictionary<string, int>(StringComparer.Ordinal);
            for (var t = 0; t < g.TypeNames.Count; t++)
                if (g.TypeCount(t) > 0) byType[g.TypeNames[t]] = g.TypeCount(t);
            return new GraphStats(g.ActorCount, g.RelationCount, documents, failed, byType);
        });
    }

    public async ValueTask DisposeAsync()
    {
        // Hosts dispose their singletons and tests often dispose the store themselves as well.
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        await _stopping.CancelAsync();
        await _poller;
        await _snapshotSave;
        if (_options.IndexSnapshot) await SaveSnapshotAsync(CancellationToken.None);
        _ready = false;
        _database.ReleasePooledConnections();
        _gate.Dispose();
        _writes.Dispose();
        _stopping.Dispose();
    }

    // --- index access -------------------------------------------------------------------

    /// <summary>Runs a query against the index under the read lock (queries are synchronous and never await inside).</summary>
    private Task<T> Read<T>(Func<GraphIndex, T> query)
    {
        EnsureReady();
        _gate.EnterReadLock();
        try
        {
            return Task.FromResult(query(_index));
        }
        finally
        {
            _gate.ExitReadLock();
        }
    }

    private void Write(Action update)
    {
        _gate.EnterWriteLock();
        try
        {
            update();
        }
        finally
        {
            _gate.ExitWriteLock();
        }
    }

    private void EnsureReady()
    {
        if (!_ready) throw new InvalidOperationException("The embedded store is not initialised; call InitializeAsync first.");
    }

    /// <summary>For tests and the benchmark: runs <paramref name="inspect"/> on the index under the read lock.</summary>
    internal T InspectIndex<T>(Func<GraphIndex, T> inspect) => Read(inspect).Result;

    /// <summary>The SQLite file this store writes.</summary>
    public string DatabasePath => _database.Path;
}

/// <summary>Where a start got the index from.</summary>
internal enum IndexSource { File, Snapshot }
