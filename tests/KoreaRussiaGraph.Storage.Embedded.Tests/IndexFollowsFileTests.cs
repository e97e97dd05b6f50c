using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Core.Querying;
using Microsoft.Data.Sqlite;

namespace KoreaRussiaGraph.Storage.Embedded.Tests;

/// <summary>
/// Issue 14, items 1 and 2: the live index never stays out of step with the SQLite file, whether a write's request
/// is cancelled after its commit or another store instance (another process) commits to the same file.
/// </summary>
public sealed class IndexFollowsFileTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly TempStoreFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static Actor Person(string id) => new(id, id.ToUpperInvariant(), ActorKind.Person, []);

    private static Relation Rel(string doc, int sentence, string source, string type, string target) =>
        Relation.Create(type, source, target, type is "MET" or "SIGNED", new Citation(doc, sentence, $"{source} {type} {target}", 0, 5, "rule"));

    private static DocumentWrite Write(string doc, params Relation[] relations) => new(
        new DocumentRecord(doc, doc, null, null, null, null, "txt", "sha", DateTimeOffset.UnixEpoch, "v1", DocumentStatus.Ingested),
        $"text of {doc}",
        relations.SelectMany(r => new[] { r.SourceId, r.TargetId }).Distinct().Select(Person).ToArray(),
        relations);

    private static async Task<EmbeddedGraphStore> OpenAsync(string path, Action<string, CancellationToken>? afterCommit = null, TimeSpan? poll = null)
    {
        var store = new EmbeddedGraphStore(new EmbeddedStoreOptions
        {
            Path = path,
            AfterCommit = afterCommit,
            ChangePollInterval = poll ?? TimeSpan.Zero,
        });
        await store.InitializeAsync();
        return store;
    }

    private static async Task<HashSet<string>> FileRelationIdsAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM relations";
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) ids.Add(reader.GetString(0));
        return ids;
    }

    private static async Task<HashSet<string>> LiveRelationIdsAsync(IGraphStore store)
    {
        var everything = new RelationFilter { Statuses = Enum.GetValues<ClaimStatus>().ToHashSet() };
        var page = await store.FindRelationsAsync(everything, null, new PageRequest(1000));
        return page.Items.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"{what} did not happen within {Patience.TotalSeconds} s");
            await Task.Delay(20);
        }
    }

    [Fact]
    public async Task A_write_whose_request_is_cancelled_after_the_commit_still_reaches_the_index()
    {
        var path = _files.NewPath();
        using var request = new CancellationTokenSource();
        await using var store = await OpenAsync(path, afterCommit: (_, _) => request.Cancel());
        var relation = Rel("d1", 0, "a", "VISITED", "b");

        try { await store.WriteDocumentAsync(Write("d1", relation), request.Token); }
        catch (OperationCanceledException) { /* the caller may learn that it went away; the store must still be whole */ }

        Assert.Contains(relation.Id, await FileRelationIdsAsync(path));
        Assert.NotNull(await store.GetRelationAsync(relation.Id));
        Assert.NotNull(await store.GetDocumentAsync("d1"));
        Assert.Equal(1, (await store.StatsAsync()).Documents);
    }

    [Fact]
    public async Task A_replaced_document_cancelled_after_its_commit_leaves_no_stale_relation_behind_a_later_write()
    {
        var path = _files.NewPath();
        CancellationTokenSource? cancelAfterCommit = null;
        await using var store = await OpenAsync(path, afterCommit: (_, _) => cancelAfterCommit?.Cancel());
        var first = Rel("d1", 0, "a", "VISITED", "b");
        var second = Rel("d1", 0, "c", "SUPPLIED", "d");
        var third = Rel("d1", 1, "a", "MET", "c");

        await store.WriteDocumentAsync(Write("d1", first));
        cancelAfterCommit = new CancellationTokenSource();
        try { await store.WriteDocumentAsync(Write("d1", second), cancelAfterCommit.Token); }
        catch (OperationCanceledException) { }
        cancelAfterCommit = null;
        await store.WriteDocumentAsync(Write("d1", third));

        Assert.Equal(await FileRelationIdsAsync(path), await LiveRelationIdsAsync(store));
    }

    [Fact]
    public async Task Commits_from_another_store_on_the_same_file_reach_the_index_and_move_the_generation()
    {
        var path = _files.NewPath();
        await using var server = await OpenAsync(path, poll: TimeSpan.FromMilliseconds(50));
        await using var other = await OpenAsync(path); // stands for `krg ingest` in another process: its own connections, its own index
        var generation = server.Generation;
        var relation = Rel("d1", 0, "a", "VISITED", "b");

        await other.WriteDocumentAsync(Write("d1", relation));

        await EventuallyAsync(async () => await server.GetRelationAsync(relation.Id) is not null, "the other writer's relation showing");
        Assert.NotNull(await server.GetDocumentAsync("d1"));
        Assert.NotNull(await server.GetActorAsync("b"));
        Assert.True(server.Generation > generation);
        Assert.Single((await server.NeighbourhoodAsync(new NeighbourhoodQuery("a"))).Edges);

        // A replacement from the other writer removes what the earlier version had, in the server's index too.
        var replacement = Rel("d1", 0, "a", "SUPPLIED", "c");
        await other.WriteDocumentAsync(Write("d1", replacement));
        await EventuallyAsync(async () => await server.GetRelationAsync(replacement.Id) is not null, "the replacement showing");
        Assert.Null(await server.GetRelationAsync(relation.Id));
        Assert.Equal(await FileRelationIdsAsync(path), await LiveRelationIdsAsync(server));
    }

    [Fact]
    public async Task Own_writes_interleaved_with_another_writer_leave_the_index_equal_to_the_file()
    {
        var path = _files.NewPath();
        await using var server = await OpenAsync(path, poll: TimeSpan.FromMilliseconds(30));
        await using var other = await OpenAsync(path);
        var random = new Random(14);
        for (var round = 0; round < 40; round++)
        {
            var writer = random.Next(2) == 0 ? server : other;
            var doc = $"d{random.Next(6)}";
            var relations = Enumerable.Range(0, random.Next(0, 5))
                .Select(i => Rel(doc, i, $"a{random.Next(8)}", "VISITED", $"a{random.Next(8)}")).ToArray();
            await writer.WriteDocumentAsync(Write(doc, relations));
        }

        var file = await FileRelationIdsAsync(path);
        await EventuallyAsync(async () => file.SetEquals(await LiveRelationIdsAsync(server)), "the server's index matching the file");
    }

    [Fact]
    public async Task A_change_log_pruned_past_the_index_makes_the_store_reload_everything()
    {
        var path = _files.NewPath();
        await using var server = await OpenAsync(path); // no polling: its own next write is what finds the gap
        await using var other = await OpenAsync(path);
        var relation = Rel("d1", 0, "a", "VISITED", "b");
        await other.WriteDocumentAsync(Write("d1", relation));
        await other.WriteDocumentAsync(Write("d2", Rel("d2", 0, "c", "VISITED", "d")));
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM changes WHERE seq < (SELECT MAX(seq) FROM changes)"; // as pruning would
            await command.ExecuteNonQueryAsync();
        }

        await server.WriteDocumentAsync(Write("d3", Rel("d3", 0, "e", "VISITED", "f")));

        Assert.NotNull(await server.GetRelationAsync(relation.Id));
        Assert.NotNull(await server.GetDocumentAsync("d2"));
        Assert.Equal(await FileRelationIdsAsync(path), await LiveRelationIdsAsync(server));
    }
}
