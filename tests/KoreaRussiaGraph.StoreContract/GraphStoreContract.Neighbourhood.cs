using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Core.Querying;
using Xunit;

namespace KoreaRussiaGraph.StoreContract;

public abstract partial class GraphStoreContract
{
    private static Task<Subgraph> Around(IGraphStore store, string actor, int depth = 1, int limit = 200, RelationFilter? filter = null) =>
        store.NeighbourhoodAsync(new NeighbourhoodQuery(actor, depth, limit, filter));

    private static (string Id, int Hops)[] NodesOf(Subgraph graph) =>
        graph.Nodes.Select(n => (n.Actor.Id, n.Hops)).OrderBy(n => n.Hops).ThenBy(n => n.Id, StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task Neighbourhood_returns_the_centre_at_hop_zero_and_each_actor_at_its_distance()
    {
        await using var store = await StoreWithAsync(
            Rel("c", "VISITED", "a", sentence: 1), Rel("a", "VISITED", "b", sentence: 2), Rel("b", "VISITED", "far", sentence: 3));

        Assert.Equal([("c", 0), ("a", 1)], NodesOf(await Around(store, "c")));
        Assert.Equal([("c", 0), ("a", 1), ("b", 2)], NodesOf(await Around(store, "c", depth: 2)));
        var three = await Around(store, "c", depth: 3);
        Assert.Equal([("c", 0), ("a", 1), ("b", 2), ("far", 3)], NodesOf(three));
        Assert.False(three.Truncated);
    }

    [Fact]
    public async Task Neighbourhood_edges_are_the_induced_subgraph()
    {
        var ca = Rel("c", "VISITED", "a", sentence: 1);
        var cb = Rel("c", "SUPPLIED", "b", sentence: 2);
        var ab = Rel("a", "MET", "b", symmetric: true, sentence: 3);
        var ab2 = Rel("b", "OPPOSED", "a", sentence: 4);
        var outside = Rel("a", "VISITED", "o", sentence: 5);
        await using var store = await StoreWithAsync(ca, cb, ab, ab2, outside);

        var graph = await Around(store, "c");
        Assert.Equal([("c", 0), ("a", 1), ("b", 1)], NodesOf(graph));
        Assert.Equal(Sorted(ca, cb, ab, ab2), Ids(graph.Edges));
        Assert.False(graph.Truncated);
    }

    [Fact]
    public async Task Neighbourhood_edges_pass_the_filter_too()
    {
        var ca = Rel("c", "VISITED", "a", sentence: 1);
        var cb = Rel("c", "VISITED", "b", sentence: 2);
        var ab = Rel("a", "SUPPLIED", "b", sentence: 3);
        var abDenied = Rel("a", "VISITED", "b", status: ClaimStatus.Denied, sentence: 4);
        await using var store = await StoreWithAsync(ca, cb, ab, abDenied);

        var graph = await Around(store, "c", filter: Filter("VISITED"));
        Assert.Equal([("c", 0), ("a", 1), ("b", 1)], NodesOf(graph));
        Assert.Equal(Sorted(ca, cb), Ids(graph.Edges));
    }

    [Fact]
    public async Task Neighbourhood_follows_only_relations_passing_type_status_and_date_filters()
    {
        await using var store = await StoreWithAsync(
            Rel("c", "VISITED", "a", "2019", sentence: 1),
            Rel("c", "VETOED", "b", sentence: 2),
            Rel("c", "SUPPLIED", "d", "2023-07", ClaimStatus.Denied, sentence: 3),
            Rel("c", "SUPPLIED", "e", "2010", ClaimStatus.Alleged, sentence: 4));

        Assert.Equal([("c", 0), ("a", 1), ("b", 1), ("e", 1)], NodesOf(await Around(store, "c")));
        Assert.Equal([("c", 0), ("a", 1)], NodesOf(await Around(store, "c", filter: Filter("VISITED"))));
        Assert.Equal([("c", 0), ("a", 1)], NodesOf(await Around(store, "c", filter: Filter(from: "2018"))));
        Assert.Equal([("c", 0), ("a", 1), ("b", 1)], NodesOf(await Around(store, "c", filter: Filter(from: "2018", includeUndated: true))));
        Assert.Equal([("c", 0), ("d", 1)], NodesOf(await Around(store, "c", filter: Filter(statuses: [ClaimStatus.Denied]))));
    }

    [Fact]
    public async Task Neighbourhood_direction_out_in_and_both_with_symmetric_relations_always_crossed()
    {
        await using var store = await StoreWithAsync(
            Rel("c", "VISITED", "a", sentence: 1),
            Rel("b", "SANCTIONED", "c", sentence: 2),
            Rel("c", "MET", "m", symmetric: true, sentence: 3),
            Rel("z", "SIGNED", "c", symmetric: true, sentence: 4),
            Rel("a", "VISITED", "a2", sentence: 5),
            Rel("a3", "VISITED", "a", sentence: 6));

        Assert.Equal([("c", 0), ("a", 1), ("m", 1), ("z", 1), ("a2", 2)],
            NodesOf(await Around(store, "c", depth: 2, filter: Filter(direction: Direction.Out))));
        Assert.Equal([("c", 0), ("b", 1), ("m", 1), ("z", 1)],
            NodesOf(await Around(store, "c", depth: 2, filter: Filter(direction: Direction.In))));
        Assert.Equal([("c", 0), ("a", 1), ("b", 1), ("m", 1), ("z", 1), ("a2", 2), ("a3", 2)],
            NodesOf(await Around(store, "c", depth: 2)));
    }

    /// <summary>c has four neighbours of degrees n1:3, n2:2, n3:1, n4:1; n1's neighbours x1, x2 and n2's x3 sit at hop 2, x3 with degree 2.</summary>
    private Task<IGraphStore> StarAsync() => StoreWithAsync(
        Rel("c", "VISITED", "n1", sentence: 1), Rel("c", "VISITED", "n2", sentence: 2),
        Rel("c", "VISITED", "n3", sentence: 3), Rel("c", "VISITED", "n4", sentence: 4),
        Rel("n1", "VISITED", "x1", sentence: 5), Rel("n1", "VISITED", "x2", sentence: 6),
        Rel("n2", "VISITED", "x3", sentence: 7), Rel("x3", "VISITED", "y", sentence: 8));

    [Fact]
    public async Task Over_the_limit_the_highest_degree_actors_are_kept_and_truncated_is_set()
    {
        await using var store = await StarAsync();
        var graph = await Around(store, "c", limit: 3);
        Assert.Equal([("c", 0), ("n1", 1), ("n2", 1)], NodesOf(graph));
        Assert.True(graph.Truncated);
        Assert.Equal(2, graph.Edges.Count);
    }

    [Fact]
    public async Task Past_maxEdges_the_relations_nearest_the_centre_are_kept_and_truncated_is_set()
    {
        await using var store = await StarAsync();
        var query = new NeighbourhoodQuery("c", Depth: 2, Limit: 200, MaxEdges: 5);

        var graph = await store.NeighbourhoodAsync(query);

        Assert.Equal(8, graph.Nodes.Count); // maxEdges caps relations, never actors
        Assert.True(graph.Truncated);
        Assert.Equal(5, graph.Edges.Count);
        Assert.Equal(4, graph.Edges.Count(r => r.SourceId == "c")); // every hop-1 relation before any hop-2 one
        Assert.False((await store.NeighbourhoodAsync(query with { MaxEdges = 8 })).Truncated);
        var error = await Assert.ThrowsAsync<GraphQueryException>(() => store.NeighbourhoodAsync(query with { MaxEdges = 0 }));
        Assert.Equal("BOUND_EXCEEDED", error.Code);
    }

    [Fact]
    public async Task Equal_degrees_are_broken_by_id()
    {
        await using var store = await StarAsync();
        var graph = await Around(store, "c", limit: 4);
        Assert.Equal([("c", 0), ("n1", 1), ("n2", 1), ("n3", 1)], NodesOf(graph));
        Assert.True(graph.Truncated);
    }

    [Fact]
    public async Task Nearer_actors_always_win_over_farther_ones()
    {
        await using var store = await StarAsync();

        var six = await Around(store, "c", depth: 2, limit: 6);
        Assert.Equal([("c", 0), ("n1", 1), ("n2", 1), ("n3", 1), ("n4", 1), ("x3", 2)], NodesOf(six));
        Assert.True(six.Truncated);

        var five = await Around(store, "c", depth: 2, limit: 5);
        Assert.Equal([("c", 0), ("n1", 1), ("n2", 1), ("n3", 1), ("n4", 1)], NodesOf(five));
        Assert.True(five.Truncated);

        var all = await Around(store, "c", depth: 2, limit: 8);
        Assert.Equal(8, all.Nodes.Count);
        Assert.False(all.Truncated);
    }

    [Fact]
    public async Task Exactly_the_limit_is_not_truncated()
    {
        await using var store = await StoreWithAsync(Rel("c", "VISITED", "a", sentence: 1), Rel("c", "VISITED", "b", sentence: 2));
        var graph = await Around(store, "c", depth: 3, limit: 3);
        Assert.Equal(3, graph.Nodes.Count);
        Assert.False(graph.Truncated);
    }

    [Fact]
    public async Task A_lone_actor_is_its_own_neighbourhood()
    {
        await using var store = await CreateEmptyStoreAsync();
        await store.UpsertActorsAsync([Person("hermit")]);
        var graph = await Around(store, "hermit", depth: 3);
        Assert.Equal([("hermit", 0)], NodesOf(graph));
        Assert.Empty(graph.Edges);
        Assert.False(graph.Truncated);
    }

    [Fact]
    public async Task Neighbourhood_of_an_unknown_actor_names_the_closest_ids()
    {
        await using var store = await StoreWithAsync(Rel("kim-jong-un", "MET", "vladimir-putin", symmetric: true), Rel("kim-yo-jong", "VISITED", "russia", sentence: 1));
        var error = await ThrowsQueryErrorAsync(() => Around(store, "kim"), "UNKNOWN_ACTOR");
        Assert.Contains("'kim'", error.Message);
        Assert.Contains("kim-jong-un", error.Message);
        Assert.Contains("kim-yo-jong", error.Message);
        var closest = Assert.IsAssignableFrom<IReadOnlyList<string>>(error.Details["closest"]);
        Assert.Contains("kim-jong-un", closest);
    }

    [Theory]
    [InlineData(0, 200, "depth")]
    [InlineData(4, 200, "depth")]
    [InlineData(9, 200, "depth")]
    [InlineData(1, 0, "limit")]
    [InlineData(1, 2001, "limit")]
    public async Task Neighbourhood_bounds_are_errors_naming_the_bound(int depth, int limit, string bound)
    {
        await using var store = await StoreWithAsync(Rel("a", "VISITED", "b"));
        var error = await ThrowsQueryErrorAsync(() => Around(store, "a", depth, limit), "BOUND_EXCEEDED");
        Assert.Contains($"'{bound}'", error.Message);
        Assert.Equal(bound, error.Details["bound"]);
    }
}
