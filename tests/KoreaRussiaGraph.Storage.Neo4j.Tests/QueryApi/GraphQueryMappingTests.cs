using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.Storage.Neo4j.Cypher;
using KoreaRussiaGraph.Storage.Neo4j.Mapping;
using static KoreaRussiaGraph.Storage.Neo4j.Tests.QueryApi.FakeQueryApi;

namespace KoreaRussiaGraph.Storage.Neo4j.Tests.QueryApi;

/// <summary>
/// What the store does with Query API answers for graph queries (https://neo4j.com/docs/query-api/current/result-formats/,
/// plain JSON rows): which statement variant and parameters it sends, and the C# post-processing it owns (collapsing
/// parallel-edge paths, ordering ties by actor ids, cutting to k, truncation, hop evidence). The fake answers stand in
/// for Neo4j; whether Neo4j itself computes those rows correctly is the contract suite's job (Docker only).
/// </summary>
public sealed class GraphQueryMappingTests
{
    private static Dictionary<string, object?> RelationRow(string type, string source, string target, int sentence) =>
        GraphValues.Relation(Relation.Create(type, source, target, false, new Citation("doc", sentence, "q", 0, 1, "rule")));

    /// <summary>Answers actor lookups from <paramref name="known"/>, and the given statements from the table.</summary>
    private static Func<Request, Reply> Graph(string[] known, Dictionary<string, Func<Request, Reply>> answers) => r =>
    {
        if (r.Statement == Statements.GetActors.Text)
        {
            var asked = r.Parameters.GetProperty("ids").EnumerateArray().Select(e => e.GetString()!).ToHashSet();
            return Data(["actor"], known.Where(asked.Contains).Select(id => new[] { QueryApiExchangeTests.ActorRow(id) }).ToArray());
        }
        if (r.Statement == Statements.ActorIds.Text)
            return Data(["id"], known.Select(id => new object?[] { id }).ToArray());
        var match = answers.FirstOrDefault(a => a.Key == r.Statement);
        return match.Value is null ? Error(400, "Neo.ClientError.Statement.SyntaxError", "unexpected statement " + r.Statement) : match.Value(r);
    };

    [Fact]
    public async Task Paths_collapse_parallel_edges_order_ties_by_actor_ids_cut_to_k_and_carry_hop_evidence()
    {
        var sa = RelationRow("VISITED", "s", "a", 1);
        var sa2 = RelationRow("MET", "a", "s", 2);
        var at = RelationRow("VISITED", "a", "t", 3);
        var statement = Statements.Paths(4, 2);
        await using var api = new FakeQueryApi(Graph(["s", "a", "b", "c", "d", "t"], new()
        {
            // Neo4j may list a path once per parallel edge and in any order within a length group.
            [statement.Text] = _ => Data(["ids"], [new[] { "s", "c", "d", "t" }], [new[] { "s", "b", "t" }], [new[] { "s", "a", "t" }], [new[] { "s", "a", "t" }]),
            [Statements.HopRelations.Text] = _ => Data(["fromId", "toId", "relations"],
                ["s", "a", new[] { sa2, sa }], ["a", "t", new[] { at }], ["s", "b", Array.Empty<object>()], ["b", "t", Array.Empty<object>()]),
        }));
        await using var store = new Neo4jGraphStore(QueryApiExchangeTests.OptionsFor(api.Uri));

        var paths = await store.PathsAsync(new PathQuery("s", "t", MaxHops: 4, K: 2, Filter: new RelationFilter { Direction = Direction.Out }));

        Assert.Equal(["s>a>t", "s>b>t"], paths.Select(p => string.Join(">", p.Actors.Select(a => a.Id))));
        var first = paths[0];
        Assert.Equal(2, first.Length);
        Assert.Equal(("s", "a"), (first.Hops[0].From.Id, first.Hops[0].To.Id));
        Assert.Equal(new[] { (string)sa["id"]!, (string)sa2["id"]! }.Order(StringComparer.Ordinal),
            first.Hops[0].Relations.Select(r => r.Id));
        Assert.Equal(["VISITED"], first.Hops[1].Relations.Select(r => r.Type));

        var sent = api.Requests.Single(r => r.Statement == statement.Text).Parameters;
        Assert.Equal(("s", "t", "OUT"), (sent.GetProperty("from").GetString(), sent.GetProperty("to").GetString(), sent.GetProperty("direction").GetString()));
        Assert.Equal(["ALLEGED", "ASSERTED"], sent.GetProperty("statuses").EnumerateArray().Select(e => e.GetString()));
        var pairs = api.Requests.Single(r => r.Statement == Statements.HopRelations.Text).Parameters.GetProperty("pairs")
            .EnumerateArray().Select(p => p[0].GetString() + ">" + p[1].GetString());
        Assert.Equal(["s>a", "a>t", "s>b", "b>t"], pairs);
    }

    [Fact]
    public async Task Paths_send_the_date_filter_as_interval_bounds()
    {
        var statement = Statements.Paths(3, 1);
        await using var api = new FakeQueryApi(Graph(["s", "t"], new() { [statement.Text] = _ => Data(["ids"]) }));
        await using var store = new Neo4jGraphStore(QueryApiExchangeTests.OptionsFor(api.Uri));

        var filter = new RelationFilter { From = PartialDate.Parse("2019"), To = PartialDate.Parse("2023-02"), IncludeUndated = true, Types = new HashSet<string> { "MET" } };
        Assert.Empty(await store.PathsAsync(new PathQuery("s", "t", 3, 1, filter)));

        var sent = api.Requests.Single(r => r.Statement == statement.Text).Parameters;
        Assert.Equal(("s", "t"), (sent.GetProperty("from").GetString(), sent.GetProperty("to").GetString()));
        Assert.Equal("2019-01-01", sent.GetProperty("dateFrom").GetString());
        Assert.Equal("2023-02-28", sent.GetProperty("dateTo").GetString());
        Assert.True(sent.GetProperty("dated").GetBoolean());
        Assert.True(sent.GetProperty("includeUndated").GetBoolean());
        Assert.Equal(["MET"], sent.GetProperty("types").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Neighbourhood_keeps_the_centre_plus_limit_minus_one_and_flags_truncation()
    {
        var statement = Statements.Neighbourhood(2);
        var edge = RelationRow("VISITED", "c", "n1", 1);
        await using var api = new FakeQueryApi(Graph(["c", "n1", "n2", "n3"], new()
        {
            [statement.Text] = _ => Data(["id", "hops", "degree"], ["n1", 1, 3], ["n2", 1, 2], ["n3", 2, 1]),
            [Statements.InducedRelations.Text] = _ => Data(["relation"], [edge]),
        }));
        await using var store = new Neo4jGraphStore(QueryApiExchangeTests.OptionsFor(api.Uri));

        var graph = await store.NeighbourhoodAsync(new NeighbourhoodQuery("c", Depth: 2, Limit: 3));

        Assert.True(graph.Truncated);
        Assert.Equal([("c", 0), ("n1", 1), ("n2", 1)], graph.Nodes.Select(n => (n.Actor.Id, n.Hops)));
        Assert.Equal("VISITED", Assert.Single(graph.Edges).Type);
        var sent = api.Requests.Single(r => r.Statement == statement.Text).Parameters;
        Assert.Equal(3, sent.GetProperty("take").GetInt32());
        var ids = api.Requests.Single(r => r.Statement == Statements.InducedRelations.Text).Parameters.GetProperty("ids");
        Assert.Equal(["c", "n1", "n2"], ids.EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task An_unknown_actor_is_a_query_error_naming_the_closest_ids_and_no_traversal_runs()
    {
        await using var api = new FakeQueryApi(Graph(["kim-jong-un", "kim-yo-jong", "russia"], new()));
        await using var store = new Neo4jGraphStore(QueryApiExchangeTests.OptionsFor(api.Uri));

        var error = await Assert.ThrowsAsync<GraphQueryException>(() => store.NeighbourhoodAsync(new NeighbourhoodQuery("kim")));

        Assert.Equal("UNKNOWN_ACTOR", error.Code);
        Assert.Contains("kim-jong-un", error.Message);
        Assert.Contains("kim-yo-jong", error.Message);
        Assert.DoesNotContain(api.Requests, r => r.Statement == Statements.Neighbourhood(1).Text);
    }

    [Fact]
    public async Task Bounds_are_checked_before_anything_is_sent()
    {
        await using var api = new FakeQueryApi(_ => Empty);
        await using var store = new Neo4jGraphStore(QueryApiExchangeTests.OptionsFor(api.Uri));

        var error = await Assert.ThrowsAsync<GraphQueryException>(() => store.PathsAsync(new PathQuery("a", "b", K: 500)));

        Assert.Equal("BOUND_EXCEEDED", error.Code);
        Assert.Empty(api.Requests);
    }

    [Fact]
    public async Task Pages_read_total_and_one_extra_item_as_has_next_page()
    {
        await using var api = new FakeQueryApi(r => r.Statement == Statements.FindActors.Text
            ? Data(["total", "items"], [5, new[] { QueryApiExchangeTests.ActorRow("north-korea", "STATE", "DPRK"), QueryApiExchangeTests.ActorRow("russia", "STATE") }])
            : Empty);
        await using var store = new Neo4jGraphStore(QueryApiExchangeTests.OptionsFor(api.Uri));

        var page = await store.FindActorsAsync(new ActorQuery("  DPRK ", ActorKind.State, new PageRequest(1, "kim-yo-jong")));

        Assert.Equal(["north-korea"], page.Items.Select(a => a.Id));
        Assert.Equal(ActorKind.State, page.Items[0].Kind);
        Assert.True(page.HasNextPage);
        Assert.Equal(5, page.TotalCount);
        var sent = Assert.Single(api.Requests).Parameters;
        Assert.Equal(("dprk", "STATE", "kim-yo-jong", 2),
            (sent.GetProperty("search").GetString(), sent.GetProperty("kind").GetString(), sent.GetProperty("after").GetString(), sent.GetProperty("take").GetInt32()));
    }

    [Fact]
    public async Task Stats_map_counts_and_relations_by_type()
    {
        await using var api = new FakeQueryApi(_ => Data(["actors", "relations", "documents", "failed", "byType"],
            [12, 30, 4, 1, new object[] { new object[] { "MET", 10 }, new object[] { "VISITED", 20 } }]));
        await using var store = new Neo4jGraphStore(QueryApiExchangeTests.OptionsFor(api.Uri));

        var stats = await store.StatsAsync();

        Assert.Equal((12, 30, 4, 1), (stats.Actors, stats.Relations, stats.Documents, stats.FailedDocuments));
        Assert.Equal(20, stats.RelationsByType["VISITED"]);
        Assert.Equal("FAILED", Assert.Single(api.Requests).Parameters.GetProperty("failed").GetString());
    }
}
