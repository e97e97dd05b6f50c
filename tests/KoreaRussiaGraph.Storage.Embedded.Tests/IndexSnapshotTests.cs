using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.Storage.Embedded.Snapshot;
using Microsoft.Data.Sqlite;

namespace KoreaRussiaGraph.Storage.Embedded.Tests;

/// <summary>
/// Issue 16: the index snapshot next to the store file speeds up a start but is only a cache of the file. A snapshot
/// that is older than the file, from another file, or damaged is never served as it is.
/// </summary>
public sealed class IndexSnapshotTests : IDisposable
{
    private readonly TempStoreFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static Actor Person(string id) => new(id, id.ToUpperInvariant(), ActorKind.Person, []);

    private static Relation Rel(string doc, int sentence, string source, string type, string target, string quote = "q") =>
        Relation.Create(type, source, target, type is "MET" or "SIGNED", new Citation(doc, sentence, $"{quote}: {source} {type} {target}", 3, 9, "rule-" + doc),
            date: PartialDate.Parse("2023-07"), details: $"details {sentence}", attributedTo: source, confidence: 0.75);

    private static DocumentWrite Write(string doc, params Relation[] relations) => new(
        new DocumentRecord(doc, doc, null, null, null, null, "txt", "sha", DateTimeOffset.UnixEpoch, "v1", DocumentStatus.Ingested),
        $"text of {doc}",
        relations.SelectMany(r => new[] { r.SourceId, r.TargetId }).Distinct().Select(Person).ToArray(),
        relations);

    private static async Task<EmbeddedGraphStore> OpenAsync(string path, bool snapshot = true, int cache = 1 << 16)
    {
        var store = new EmbeddedGraphStore(new EmbeddedStoreOptions
        {
            Path = path, ChangePollInterval = TimeSpan.Zero, IndexSnapshot = snapshot, PayloadCacheSize = cache,
        });
        await store.InitializeAsync();
        return store;
    }

    private static readonly RelationFilter Everything = new() { Statuses = Enum.GetValues<ClaimStatus>().ToHashSet() };

    private static async Task<List<Relation>> AllRelationsAsync(IGraphStore store) =>
        (await store.FindRelationsAsync(Everything, null, new PageRequest(1000))).Items.ToList();

    private static async Task<List<Relation>> FileRelationsAsync(string path)
    {
        // A fresh store without a snapshot reads every row: the file's truth.
        await using var reference = await OpenAsync(path, snapshot: false);
        Assert.Equal(IndexSource.File, reference.StartedFrom);
        return await AllRelationsAsync(reference);
    }

    private static async Task ExecuteAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task A_store_reopened_after_a_clean_stop_starts_from_its_snapshot_and_answers_the_same()
    {
        var path = _files.NewPath();
        List<Relation> before;
        Subgraph graphBefore;
        await using (var store = await OpenAsync(path))
        {
            await store.WriteDocumentAsync(Write("d1", Rel("d1", 0, "a", "VISITED", "b"), Rel("d1", 1, "b", "MET", "c"), Rel("d1", 2, "c", "SUPPLIED", "a")));
            await store.WriteDocumentAsync(Write("d2", Rel("d2", 0, "a", "SANCTIONED", "d")));
            before = await AllRelationsAsync(store);
            graphBefore = await store.NeighbourhoodAsync(new NeighbourhoodQuery("a", 2, 200));
        }
        Assert.True(File.Exists(IndexSnapshot.PathFor(path)));

        await using var reopened = await OpenAsync(path);
        Assert.Equal(IndexSource.Snapshot, reopened.StartedFrom);
        Assert.Equal(before, await AllRelationsAsync(reopened));
        var graphAfter = await reopened.NeighbourhoodAsync(new NeighbourhoodQuery("a", 2, 200));
        Assert.Equal(graphBefore.Nodes.Select(n => (n.Actor.Id, n.Actor.Name, n.Hops)), graphAfter.Nodes.Select(n => (n.Actor.Id, n.Actor.Name, n.Hops)));
        Assert.Equal(graphBefore.Edges, graphAfter.Edges);
        Assert.Equal(4, (await reopened.StatsAsync()).Relations);

        // The snapshot's index keeps working as a live index.
        await reopened.WriteDocumentAsync(Write("d3", Rel("d3", 0, "d", "OPPOSED", "e")));
        Assert.Single(await reopened.PathsAsync(new PathQuery("a", "e", MaxHops: 3, K: 3)));
    }

    [Fact]
    public async Task A_snapshot_older_than_the_file_after_a_crash_is_never_used_as_it_is()
    {
        var path = _files.NewPath();
        await using (var store = await OpenAsync(path))
            await store.WriteDocumentAsync(Write("d1", Rel("d1", 0, "a", "VISITED", "b"), Rel("d1", 1, "b", "MET", "c")));
        var stale = IndexSnapshot.ReadStamp(IndexSnapshot.PathFor(path));
        Assert.NotNull(stale);

        // Commits after the snapshot, then a crash: the store is never disposed, so no newer snapshot is written.
        var crashed = await OpenAsync(path);
        Assert.Equal(IndexSource.Snapshot, crashed.StartedFrom);
        await crashed.WriteDocumentAsync(Write("d1", Rel("d1", 0, "a", "VISITED", "b", quote: "rewritten")));
        await crashed.WriteDocumentAsync(Write("d2", Rel("d2", 0, "c", "ACCUSED", "d")));
        SqliteConnection.ClearAllPools();
        Assert.Equal(stale, IndexSnapshot.ReadStamp(IndexSnapshot.PathFor(path)));

        await using var restarted = await OpenAsync(path);
        var served = await AllRelationsAsync(restarted);
        Assert.Equal(await FileRelationsAsync(path), served);
        Assert.DoesNotContain(served, r => r.Type == "MET");
        Assert.Contains(served, r => r.Type == "ACCUSED");
        Assert.StartsWith("rewritten", Assert.Single(served, r => r.Type == "VISITED").Citation.Quote);
        Assert.DoesNotContain((await restarted.NeighbourhoodAsync(new NeighbourhoodQuery("c", 1, 200))).Edges, r => r.Type == "MET");
    }

    [Fact]
    public async Task A_snapshot_whose_changes_the_log_no_longer_holds_is_rebuilt_from_the_file()
    {
        var path = _files.NewPath();
        await using (var store = await OpenAsync(path))
            await store.WriteDocumentAsync(Write("d1", Rel("d1", 0, "a", "VISITED", "b")));
        await using (var other = await OpenAsync(path, snapshot: false))
            await other.WriteDocumentAsync(Write("d2", Rel("d2", 0, "b", "SUPPLIED", "c")));
        // As if more than ChangeLog.Retained commits had happened since the snapshot.
        await ExecuteAsync(path, "DELETE FROM changes");

        await using var restarted = await OpenAsync(path);
        Assert.Equal(IndexSource.File, restarted.StartedFrom);
        Assert.Equal(2, (await AllRelationsAsync(restarted)).Count);
    }

    [Fact]
    public async Task A_snapshot_of_another_file_at_the_same_path_is_not_used()
    {
        var path = _files.NewPath();
        await using (var store = await OpenAsync(path))
            await store.WriteDocumentAsync(Write("d1", Rel("d1", 0, "a", "VISITED", "b")));
        // The file is deleted and made again by the same sequence of commits with other content, leaving the snapshot.
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
        await using (var again = await OpenAsync(path, snapshot: false))
            await again.WriteDocumentAsync(Write("d1", Rel("d1", 0, "x", "VISITED", "y")));

        await using var restarted = await OpenAsync(path);
        Assert.Equal(IndexSource.File, restarted.StartedFrom);
        Assert.Equal("x", Assert.Single(await AllRelationsAsync(restarted)).SourceId);
        Assert.Null(await restarted.GetActorAsync("a"));
    }

    [Fact]
    public async Task A_snapshot_newer_than_the_file_restored_from_a_backup_is_not_used()
    {
        var path = _files.NewPath();
        var backup = _files.NewPath("backup.db");
        await using (var store = await OpenAsync(path))
        {
            await store.WriteDocumentAsync(Write("d1", Rel("d1", 0, "a", "VISITED", "b")));
            await ExecuteAsync(path, $"VACUUM INTO '{backup}'");
            await store.WriteDocumentAsync(Write("d2", Rel("d2", 0, "b", "SUPPLIED", "c")));
        }
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path + "-wal", path + "-shm" }) File.Delete(file);
        File.Copy(backup, path, overwrite: true);

        await using var restarted = await OpenAsync(path);
        Assert.Equal(IndexSource.File, restarted.StartedFrom);
        Assert.Equal("VISITED", Assert.Single(await AllRelationsAsync(restarted)).Type);
    }

    [Fact]
    public async Task A_damaged_snapshot_is_rebuilt_from_the_file()
    {
        var path = _files.NewPath();
        await using (var store = await OpenAsync(path))
            await store.WriteDocumentAsync(Write("d1", Rel("d1", 0, "a", "VISITED", "b"), Rel("d1", 1, "b", "MET", "c")));
        var snapshot = IndexSnapshot.PathFor(path);
        await using (var file = new FileStream(snapshot, FileMode.Open)) file.SetLength(file.Length - 7);

        await using var restarted = await OpenAsync(path);
        Assert.Equal(IndexSource.File, restarted.StartedFrom);
        Assert.Equal(2, (await AllRelationsAsync(restarted)).Count);
    }

    [Fact]
    public async Task Payloads_read_from_the_file_through_a_tiny_cache_are_whole_and_current()
    {
        var path = _files.NewPath();
        var relations = Enumerable.Range(0, 300).Select(i => Rel("d1", i, "hub", "VISITED", $"spoke{i % 40}")).ToArray();
        await using (var writer = await OpenAsync(path))
            await writer.WriteDocumentAsync(Write("d1", relations));

        await using var store = await OpenAsync(path, cache: 16);
        var expected = relations.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, await AllRelationsAsync(store));
        var graph = await store.NeighbourhoodAsync(new NeighbourhoodQuery("hub", 1, 2000));
        Assert.Equal(relations.ToHashSet(), graph.Edges.ToHashSet());
        var path1 = Assert.Single(await store.PathsAsync(new PathQuery("hub", "spoke3", MaxHops: 2, K: 3)));
        Assert.Equal(relations.Where(r => r.TargetId == "spoke3").OrderBy(r => r.Id, StringComparer.Ordinal), path1.Hops[0].Relations);
        Assert.Equal(relations[7], await store.GetRelationAsync(relations[7].Id));

        var rewritten = relations.Take(10).Select(r => r with { Details = "second version" }).ToArray();
        await store.WriteDocumentAsync(Write("d1", rewritten));
        Assert.Equal(rewritten.OrderBy(r => r.Id, StringComparer.Ordinal), await AllRelationsAsync(store));
    }

    [Fact]
    public async Task Concurrent_readers_never_see_half_a_document_when_payloads_come_from_the_file()
    {
        var path = _files.NewPath();
        await using var store = await OpenAsync(path, cache: 16);
        Relation[] Version(int v) => Enumerable.Range(0, 20).Select(i => Rel("star", i, "hub", "VISITED", $"spoke{i}", quote: $"v{v}")).ToArray();
        await store.WriteDocumentAsync(Write("star", Version(0)));

        using var stop = new CancellationTokenSource();
        var torn = new System.Collections.Concurrent.ConcurrentBag<string>();
        var reads = 0;
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var edges = (await store.NeighbourhoodAsync(new NeighbourhoodQuery("hub", 1, 2000))).Edges;
                var versions = edges.Select(r => r.Citation.Quote.Split(':')[0]).Distinct().ToArray();
                // The same ids in every version: a reader between commit and index update sees the old payloads, whole.
                if (edges.Count != 20 || versions.Length != 1) torn.Add($"{edges.Count} relations, versions {string.Join(",", versions)}");
                Interlocked.Increment(ref reads);
            }
        })).ToArray();

        while (Volatile.Read(ref reads) == 0) await Task.Delay(1);
        for (var v = 1; v <= 30; v++) await store.WriteDocumentAsync(Write("star", Version(v)));
        stop.Cancel();
        await Task.WhenAll(readers);

        Assert.Empty(torn);
        Assert.All(await AllRelationsAsync(store), r => Assert.StartsWith("v30:", r.Citation.Quote));
    }
}
