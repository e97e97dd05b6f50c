using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Core.Querying;
using Microsoft.Data.Sqlite;

namespace KoreaRussiaGraph.Storage.Embedded.Tests;

/// <summary>What only the embedded store promises: the SQLite file itself, its migrations, crash safety and the index.</summary>
public sealed class EmbeddedStoreTests : IDisposable
{
    private readonly TempStoreFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static Actor Person(string id) => new(id, id.ToUpperInvariant(), ActorKind.Person, []);

    private static Relation Rel(string doc, int sentence, string source, string type, string target, string? date = null) =>
        Relation.Create(type, source, target, type is "MET" or "SIGNED", new Citation(doc, sentence, $"{source} {type} {target}", 0, 5, "rule"),
            date is null ? null : PartialDate.Parse(date));

    private static DocumentWrite Write(string doc, params Relation[] relations) => new(
        new DocumentRecord(doc, doc, null, null, null, null, "txt", "sha", DateTimeOffset.UnixEpoch, "v1", DocumentStatus.Ingested),
        $"text of {doc}",
        relations.SelectMany(r => new[] { r.SourceId, r.TargetId }).Distinct().Select(Person).ToArray(),
        relations);

    private async Task<EmbeddedGraphStore> OpenAsync(string path, Func<string, CancellationToken, Task>? beforeCommit = null)
    {
        var store = new EmbeddedGraphStore(new EmbeddedStoreOptions { Path = path, BeforeCommit = beforeCommit });
        await store.InitializeAsync();
        return store;
    }

    private static async Task<T> ScalarAsync<T>(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T));
    }

    [Fact]
    public async Task The_file_is_created_in_wal_mode_with_every_migration_applied()
    {
        var path = System.IO.Path.Combine(_files.Folder, "nested", "folder", "graph.db");
        await using (var store = await OpenAsync(path)) Assert.True(await store.IsReadyAsync());

        Assert.True(File.Exists(path));
        Assert.Equal("wal", await ScalarAsync<string>(path, "PRAGMA journal_mode"));
        Assert.Equal(Sqlite.SchemaMigrations.Latest, await ScalarAsync<int>(path, "PRAGMA user_version"));
        Assert.Equal(4, await ScalarAsync<int>(path, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('actors','relations','documents','document_texts')"));
    }

    [Fact]
    public async Task Starting_again_applies_no_migration_twice_and_keeps_the_data()
    {
        var path = _files.NewPath();
        var relation = Rel("d1", 0, "a", "VISITED", "b", "2020-02");
        await using (var store = await OpenAsync(path))
        {
            await store.WriteDocumentAsync(Write("d1", relation));
            await store.InitializeAsync();
        }
        await using var reopened = await OpenAsync(path);

        Assert.Equal(Sqlite.SchemaMigrations.Latest, await ScalarAsync<int>(path, "PRAGMA user_version"));
        Assert.Equal(relation.Date, (await reopened.GetRelationAsync(relation.Id))!.Date);
        Assert.Equal(["a", "b"], (await reopened.NeighbourhoodAsync(new NeighbourhoodQuery("a"))).Nodes.Select(n => n.Actor.Id));
        Assert.Equal("text of d1", await reopened.GetDocumentTextAsync("d1"));
    }

    [Fact]
    public async Task The_generation_moves_with_every_write_and_only_then()
    {
        await using var store = await OpenAsync(_files.NewPath());
        var initial = store.Generation;
        await Assert.ThrowsAsync<GraphQueryException>(() => store.NeighbourhoodAsync(new NeighbourhoodQuery("a"))); // a read that fails
        await store.StatsAsync();
        Assert.Equal(initial, store.Generation);

        await store.WriteDocumentAsync(Write("d1", Rel("d1", 0, "a", "VISITED", "b")));
        var afterWrite = store.Generation;
        await store.UpsertActorsAsync([Person("c")]);

        Assert.NotNull(initial);
        Assert.True(afterWrite > initial, $"{afterWrite} after a document write, {initial} before");
        Assert.True(store.Generation > afterWrite, $"{store.Generation} after an actor upsert, {afterWrite} before");
    }

    [Fact]
    public async Task A_file_from_a_newer_program_is_refused()
    {
        var path = _files.NewPath();
        await using (var store = await OpenAsync(path)) { }
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA user_version = {Sqlite.SchemaMigrations.Latest + 1}";
            await command.ExecuteNonQueryAsync();
        }
        var newer = new EmbeddedGraphStore(new EmbeddedStoreOptions { Path = path });
        await Assert.ThrowsAsync<InvalidOperationException>(() => newer.InitializeAsync());
    }

    [Fact]
    public async Task A_throwing_BeforeCommit_rolls_the_whole_document_back()
    {
        var path = _files.NewPath();
        var fail = false;
        await using var store = await OpenAsync(path, (doc, _) => fail ? throw new IOException($"crash before committing {doc}") : Task.CompletedTask);
        var original = Rel("d1", 0, "a", "VISITED", "b");
        await store.WriteDocumentAsync(Write("d1", original));

        fail = true;
        var replacement = Rel("d1", 1, "a", "SUPPLIED", "new-actor");
        var error = await Assert.ThrowsAsync<IOException>(() => store.WriteDocumentAsync(Write("d1", replacement)));
        Assert.Contains("d1", error.Message);

        // Neither the file nor the index saw any part of the failed write.
        Assert.Equal(0, await ScalarAsync<int>(path, "SELECT COUNT(*) FROM actors WHERE id = 'new-actor'"));
        Assert.Equal(1, await ScalarAsync<int>(path, "SELECT COUNT(*) FROM relations"));
        Assert.NotNull(await store.GetRelationAsync(original.Id));
        Assert.Null(await store.GetRelationAsync(replacement.Id));
        Assert.Null(await store.GetActorAsync("new-actor"));

        fail = false;
        Assert.Equal(new WriteOutcome(1, 1, 0), await store.WriteDocumentAsync(Write("d1", replacement)));
    }

    [Fact]
    public async Task A_relation_is_cited_to_the_document_it_was_written_with_before_and_after_a_restart()
    {
        var path = _files.NewPath();
        var misfiled = Rel("somewhere-else", 0, "a", "VISITED", "b");
        await using (var store = await OpenAsync(path))
        {
            await store.WriteDocumentAsync(Write("d1", misfiled));
            Assert.Equal("d1", (await store.GetRelationAsync(misfiled.Id))!.Citation.DocumentId);
        }
        await using var reopened = await OpenAsync(path);
        Assert.Equal("d1", (await reopened.GetRelationAsync(misfiled.Id))!.Citation.DocumentId);
    }

    [Fact]
    public async Task A_relation_to_an_actor_nobody_supplied_is_rejected_whole()
    {
        var path = _files.NewPath();
        await using var store = await OpenAsync(path);
        var orphan = Rel("d1", 0, "a", "VISITED", "ghost");
        var write = new DocumentWrite(Write("d1", orphan).Document, "x", [Person("a")], [orphan]);

        await Assert.ThrowsAsync<ArgumentException>(() => store.WriteDocumentAsync(write));
        Assert.Equal(0, await ScalarAsync<int>(path, "SELECT COUNT(*) FROM actors"));
        Assert.Null(await store.GetDocumentAsync("d1"));
    }

    [Fact]
    public async Task The_index_after_many_writes_equals_one_rebuilt_from_the_file()
    {
        var path = _files.NewPath();
        var random = new Random(7);
        var types = new[] { "MET", "VISITED", "SUPPLIED", "SANCTIONED" };
        await using var live = await OpenAsync(path);
        for (var round = 0; round < 60; round++)
        {
            var doc = $"d{random.Next(12)}";
            var relations = Enumerable.Range(0, random.Next(0, 8))
                .Select(i => Rel(doc, random.Next(6), $"a{random.Next(15)}", types[random.Next(types.Length)], $"a{random.Next(15)}",
                    random.Next(3) == 0 ? null : $"{2000 + random.Next(20)}"))
                .ToArray();
            await live.WriteDocumentAsync(Write(doc, relations));
        }
        await using var rebuilt = await OpenAsync(path);

        var everything = new RelationFilter { Statuses = Enum.GetValues<ClaimStatus>().ToHashSet() };
        var liveAll = await live.FindRelationsAsync(everything, null, new PageRequest(1000));
        var fileAll = await rebuilt.FindRelationsAsync(everything, null, new PageRequest(1000));
        Assert.Equal(fileAll.Items, liveAll.Items);
        Assert.Equal(await ScalarAsync<int>(path, "SELECT COUNT(*) FROM relations"), liveAll.TotalCount);

        foreach (var actor in (await rebuilt.FindActorsAsync(new ActorQuery(null, null, new PageRequest(100)))).Items)
        {
            Assert.Equal(await rebuilt.DegreeAsync(actor.Id), await live.DegreeAsync(actor.Id));
            var query = new NeighbourhoodQuery(actor.Id, Depth: 2, Limit: 6);
            var a = await live.NeighbourhoodAsync(query);
            var b = await rebuilt.NeighbourhoodAsync(query);
            Assert.Equal(b.Nodes.Select(n => (n.Actor.Id, n.Hops)), a.Nodes.Select(n => (n.Actor.Id, n.Hops)));
            Assert.Equal(b.Truncated, a.Truncated);
            Assert.Equal(b.Edges, a.Edges);
            var paths = new PathQuery(actor.Id, "a0", MaxHops: 4, K: 5);
            Assert.Equal((await rebuilt.PathsAsync(paths)).Select(p => string.Join(">", p.Actors.Select(x => x.Id))),
                (await live.PathsAsync(paths)).Select(p => string.Join(">", p.Actors.Select(x => x.Id))));
        }
    }

    [Fact]
    public async Task Paths_match_a_brute_force_enumeration_on_a_random_graph()
    {
        var path = _files.NewPath();
        var random = new Random(11);
        var relations = Enumerable.Range(0, 45)
            .Select(i => Rel("d", i, $"n{random.Next(14):00}", random.Next(4) == 0 ? "MET" : "VISITED", $"n{random.Next(14):00}"))
            .Where(r => r.SourceId != r.TargetId).ToArray();
        await using var store = await OpenAsync(path);
        await store.WriteDocumentAsync(Write("d", relations));

        foreach (var direction in Enum.GetValues<Direction>())
            for (var pair = 0; pair < 25; pair++)
            {
                var from = $"n{random.Next(14):00}";
                var to = $"n{random.Next(14):00}";
                if (from == to) continue;
                var filter = new RelationFilter { Direction = direction };
                var expected = BruteForcePaths(relations, from, to, 4, filter).Take(6).ToArray();
                var actual = (await store.PathsAsync(new PathQuery(from, to, 4, 6, filter))).Select(p => string.Join(">", p.Actors.Select(a => a.Id))).ToArray();
                Assert.Equal(expected, actual);
            }
    }

    [Fact]
    public async Task Neighbourhoods_match_a_plain_breadth_first_reference_on_a_skewed_random_graph()
    {
        var path = _files.NewPath();
        var random = new Random(5);
        // Skewed: a few hubs take most relations, so truncation and degree ties both happen.
        string Pick() => random.Next(3) == 0 ? $"h{random.Next(4)}" : $"n{random.Next(60):00}";
        var relations = Enumerable.Range(0, 300)
            .Select(i => Rel("d", i, Pick(), random.Next(5) == 0 ? "MET" : "VISITED", Pick(), random.Next(4) == 0 ? null : $"{2000 + random.Next(10)}"))
            .Where(r => r.SourceId != r.TargetId).ToArray();
        await using var store = await OpenAsync(path);
        await store.WriteDocumentAsync(Write("d", relations));

        var filters = new[]
        {
            RelationFilter.Default,
            new RelationFilter { Direction = Direction.Out },
            new RelationFilter { Direction = Direction.In, From = PartialDate.Parse("2004") },
            new RelationFilter { Types = new HashSet<string> { "MET" } },
        };
        foreach (var filter in filters)
            foreach (var limit in new[] { 1, 3, 8, 20, 200 })
                for (var depth = 1; depth <= 3; depth++)
                    foreach (var center in new[] { "h0", "n07", "n33" })
                    {
                        var expected = ReferenceNeighbourhood(relations, center, depth, limit, filter);
                        var actual = await store.NeighbourhoodAsync(new NeighbourhoodQuery(center, depth, limit, filter));
                        var context = $"{center} depth {depth} limit {limit} {filter.Direction} {filter.From}";
                        Assert.True(expected.Nodes.SequenceEqual(actual.Nodes.Select(n => (n.Actor.Id, n.Hops)).OrderBy(n => n.Hops).ThenBy(n => n.Id, StringComparer.Ordinal)), context);
                        Assert.True(expected.Truncated == actual.Truncated, context);
                        Assert.Equal(expected.Edges, actual.Edges.Select(e => e.Id).Order(StringComparer.Ordinal));
                    }
    }

    private static ((string Id, int Hops)[] Nodes, string[] Edges, bool Truncated) ReferenceNeighbourhood(
        Relation[] relations, string center, int depth, int limit, RelationFilter filter)
    {
        int Degree(string a) => relations.Count(r => r.SourceId == a || r.TargetId == a);
        var hops = new Dictionary<string, int> { [center] = 0 };
        var frontier = new List<string> { center };
        for (var d = 1; d <= depth; d++)
        {
            frontier = relations.Where(filter.Matches)
                .SelectMany(r => frontier.Where(u => (r.SourceId == u || r.TargetId == u) && filter.Traverses(r, u)).Select(r.OtherEnd))
                .Where(v => !hops.ContainsKey(v)).Distinct().ToList();
            foreach (var v in frontier) hops[v] = d;
        }
        var ordered = hops.OrderBy(h => h.Value).ThenByDescending(h => Degree(h.Key)).ThenBy(h => h.Key, StringComparer.Ordinal).ToArray();
        var kept = ordered.Take(limit).ToDictionary(h => h.Key, h => h.Value);
        var edges = relations.Where(r => filter.Matches(r) && kept.ContainsKey(r.SourceId) && kept.ContainsKey(r.TargetId))
            .Select(r => r.Id).Order(StringComparer.Ordinal).ToArray();
        var nodes = kept.Select(h => (h.Key, h.Value)).OrderBy(n => n.Value).ThenBy(n => n.Key, StringComparer.Ordinal).ToArray();
        return (nodes, edges, ordered.Length > limit);
    }

    private static IEnumerable<string> BruteForcePaths(Relation[] relations, string from, string to, int maxHops, RelationFilter filter)
    {
        var found = new List<string[]>();
        void Walk(List<string> path)
        {
            var here = path[^1];
            if (here == to) { found.Add(path.ToArray()); return; }
            if (path.Count > maxHops) return;
            var next = relations.Where(r => filter.Matches(r) && (r.SourceId == here || r.TargetId == here) && filter.Traverses(r, here))
                .Select(r => r.OtherEnd(here)).Distinct().Where(n => !path.Contains(n));
            foreach (var n in next) { path.Add(n); Walk(path); path.RemoveAt(path.Count - 1); }
        }
        Walk([from]);
        return found.OrderBy(p => p.Length).ThenBy(p => string.Join("\u0000", p), StringComparer.Ordinal).Select(p => string.Join(">", p));
    }

    [Fact]
    public async Task A_path_search_over_its_work_budget_fails_with_a_clear_error()
    {
        var path = _files.NewPath();
        await using var store = await OpenAsync(path);
        var chain = Enumerable.Range(0, 10).Select(i => Rel("d", i, $"c{i}", "VISITED", $"c{i + 1}")).ToArray();
        await store.WriteDocumentAsync(Write("d", chain));

        var error = await Assert.ThrowsAsync<GraphQueryException>(() => store.PathsAsync(new PathQuery("c0", "c6", MaxHops: 6, K: 1, WorkBudget: 3)));
        Assert.Equal("WORK_BUDGET_EXCEEDED", error.Code);
        Assert.Single(await store.PathsAsync(new PathQuery("c0", "c6", MaxHops: 6, K: 1, WorkBudget: 100)));
    }

    [Fact]
    public async Task Concurrent_readers_never_see_half_a_document()
    {
        var path = _files.NewPath();
        await using var store = await OpenAsync(path);
        // Each version of the document is a star of 20 relations around "hub"; readers must always see 0 or 20.
        Relation[] Version(int v) => Enumerable.Range(0, 20).Select(i => Rel("star", v * 100 + i, "hub", "VISITED", $"spoke{v}-{i}")).ToArray();
        await store.WriteDocumentAsync(Write("star", Version(0)));

        using var stop = new CancellationTokenSource();
        var observed = new System.Collections.Concurrent.ConcurrentBag<int>();
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var graph = await store.NeighbourhoodAsync(new NeighbourhoodQuery("hub", 1, 2000));
                observed.Add(graph.Edges.Count);
                var degree = await store.DegreeAsync("hub");
                observed.Add(degree);
            }
        })).ToArray();

        while (observed.IsEmpty) await Task.Delay(1);
        for (var v = 1; v <= 30; v++)
        {
            await store.WriteDocumentAsync(Write("star", Version(v)));
            await Task.Yield();
        }
        stop.Cancel();
        await Task.WhenAll(readers);

        Assert.NotEmpty(observed);
        Assert.All(observed, count => Assert.Equal(20, count));
    }
}
