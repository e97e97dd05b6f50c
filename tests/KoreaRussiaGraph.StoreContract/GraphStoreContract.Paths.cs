using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Core.Querying;
using Xunit;

namespace KoreaRussiaGraph.StoreContract;

public abstract partial class GraphStoreContract
{
    private static async Task<string[]> PathsOf(IGraphStore store, string from, string to, int maxHops = 4, int k = 3, RelationFilter? filter = null) =>
        (await store.PathsAsync(new PathQuery(from, to, maxHops, k, filter))).Select(Show).ToArray();

    /// <summary>Two 2-hop routes (via a, via b) and one 3-hop route (via c, d) from s to t.</summary>
    private Task<IGraphStore> RoutesAsync() => StoreWithAsync(
        Rel("s", "VISITED", "b", sentence: 1), Rel("b", "VISITED", "t", sentence: 2),
        Rel("s", "VISITED", "a", sentence: 3), Rel("a", "VISITED", "t", sentence: 4),
        Rel("s", "VISITED", "c", sentence: 5), Rel("c", "VISITED", "d", sentence: 6), Rel("d", "VISITED", "t", sentence: 7));

    [Fact]
    public async Task Paths_come_shortest_first_with_ties_by_actor_ids()
    {
        await using var store = await RoutesAsync();
        Assert.Equal(["s>a>t", "s>b>t", "s>c>d>t"], await PathsOf(store, "s", "t", k: 3));
        Assert.Equal(["s>a>t"], await PathsOf(store, "s", "t", k: 1));
        Assert.Equal(["s>a>t", "s>b>t"], await PathsOf(store, "s", "t", k: 2));
        Assert.Equal(["t>a>s", "t>b>s", "t>d>c>s"], await PathsOf(store, "t", "s", k: 10));
    }

    [Fact]
    public async Task Path_ties_compare_the_whole_actor_sequence()
    {
        await using var store = await StoreWithAsync(
            Rel("s", "VISITED", "b", sentence: 1), Rel("b", "VISITED", "w", sentence: 2), Rel("w", "VISITED", "t", sentence: 3),
            Rel("s", "VISITED", "a", sentence: 4), Rel("a", "VISITED", "y", sentence: 5), Rel("y", "VISITED", "t", sentence: 6),
            Rel("a", "VISITED", "x", sentence: 7), Rel("x", "VISITED", "t", sentence: 8));
        Assert.Equal(["s>a>x>t", "s>a>y>t", "s>b>w>t"], await PathsOf(store, "s", "t", k: 3));
    }

    [Fact]
    public async Task A_direct_relation_comes_before_longer_paths()
    {
        await using var store = await StoreWithAsync(Rel("s", "VISITED", "t", sentence: 1), Rel("s", "VISITED", "a", sentence: 2), Rel("a", "VISITED", "t", sentence: 3));
        Assert.Equal(["s>t", "s>a>t"], await PathsOf(store, "s", "t"));
    }

    [Fact]
    public async Task MaxHops_cuts_longer_paths_and_no_path_is_an_empty_list()
    {
        await using var store = await RoutesAsync();
        Assert.Equal(["s>a>t", "s>b>t"], await PathsOf(store, "s", "t", maxHops: 2, k: 10));
        Assert.Empty(await PathsOf(store, "s", "t", maxHops: 1));
        await store.UpsertActorsAsync([Person("island")]);
        Assert.Empty(await PathsOf(store, "s", "island", maxHops: 6, k: 10));
    }

    [Fact]
    public async Task Paths_are_simple()
    {
        await using var store = await StoreWithAsync(
            Rel("s", "VISITED", "a", sentence: 1), Rel("a", "VISITED", "b", sentence: 2), Rel("b", "VISITED", "c", sentence: 3),
            Rel("c", "VISITED", "a", sentence: 4), Rel("a", "VISITED", "t", sentence: 5));
        Assert.Equal(["s>a>t"], await PathsOf(store, "s", "t", maxHops: 6, k: 10));
    }

    [Fact]
    public async Task Every_path_of_a_small_graph_is_found_once_in_order()
    {
        // A 2x3 grid from corner to corner: three 3-hop paths and one 5-hop detour; nothing else is simple.
        await using var store = await StoreWithAsync(
            Rel("g00", "VISITED", "g01", sentence: 1), Rel("g01", "VISITED", "g02", sentence: 2),
            Rel("g10", "VISITED", "g11", sentence: 3), Rel("g11", "VISITED", "g12", sentence: 4),
            Rel("g00", "VISITED", "g10", sentence: 5), Rel("g01", "VISITED", "g11", sentence: 6), Rel("g02", "VISITED", "g12", sentence: 7));
        Assert.Equal(["g00>g01>g02>g12", "g00>g01>g11>g12", "g00>g10>g11>g12", "g00>g10>g11>g01>g02>g12"],
            await PathsOf(store, "g00", "g12", maxHops: 6, k: 10));
        Assert.Equal(["g00>g01>g02>g12", "g00>g01>g11>g12", "g00>g10>g11>g12"], await PathsOf(store, "g00", "g12", maxHops: 4, k: 10));
    }

    [Fact]
    public async Task Each_hop_carries_all_passing_relations_so_parallel_edges_do_not_multiply_paths()
    {
        var visited = Rel("s", "VISITED", "a", "2019", sentence: 1);
        var supplied = Rel("a", "SUPPLIED", "s", "2020", ClaimStatus.Alleged, sentence: 2);
        var met = Rel("s", "MET", "a", symmetric: true, sentence: 3);
        var denied = Rel("s", "SUPPLIED", "a", status: ClaimStatus.Denied, sentence: 4);
        var last = Rel("a", "VETOED", "t", sentence: 5);
        await using var store = await StoreWithAsync(visited, supplied, met, denied, last);

        var path = Assert.Single(await store.PathsAsync(new PathQuery("s", "t", K: 10)));
        Assert.Equal(2, path.Length);
        Assert.Equal(["s", "a", "t"], path.Actors.Select(a => a.Id));
        Assert.Equal(("s", "a"), (path.Hops[0].From.Id, path.Hops[0].To.Id));
        Assert.Equal(Sorted(visited, supplied, met), Ids(path.Hops[0].Relations));
        Assert.Equal(Sorted(last), Ids(path.Hops[1].Relations));
        Assert.Equal(path.Hops[0].Relations.Single(r => r.Id == visited.Id).Citation, visited.Citation);

        var onlyVisits = Assert.Single(await store.PathsAsync(new PathQuery("s", "t", Filter: Filter("VISITED,VETOED"))));
        Assert.Equal(Sorted(visited), Ids(onlyVisits.Hops[0].Relations));

        var outward = Assert.Single(await store.PathsAsync(new PathQuery("s", "t", Filter: Filter(direction: Direction.Out))));
        Assert.Equal(Sorted(visited, met), Ids(outward.Hops[0].Relations));

        var dated = Assert.Single(await store.PathsAsync(new PathQuery("s", "t", Filter: Filter(from: "2020", includeUndated: true))));
        Assert.Equal(Sorted(supplied, met), Ids(dated.Hops[0].Relations));
    }

    [Fact]
    public async Task Paths_follow_direction_and_cross_symmetric_relations_either_way()
    {
        await using var store = await StoreWithAsync(
            Rel("s", "VISITED", "a", sentence: 1), Rel("a", "VISITED", "t", sentence: 2),
            Rel("t", "VISITED", "b", sentence: 3), Rel("b", "VISITED", "s", sentence: 4),
            Rel("s", "MET", "m", symmetric: true, sentence: 5), Rel("t", "MET", "m", symmetric: true, sentence: 6));

        Assert.Equal(["s>a>t", "s>m>t"], await PathsOf(store, "s", "t", filter: Filter(direction: Direction.Out)));
        Assert.Equal(["s>b>t", "s>m>t"], await PathsOf(store, "s", "t", filter: Filter(direction: Direction.In)));
        Assert.Equal(["s>a>t", "s>b>t", "s>m>t"], await PathsOf(store, "s", "t"));
    }

    [Fact]
    public async Task Paths_only_cross_relations_passing_the_filters()
    {
        await using var store = await StoreWithAsync(
            Rel("s", "SUPPLIED", "t", status: ClaimStatus.Denied, sentence: 1),
            Rel("s", "VISITED", "a", "2019", sentence: 2), Rel("a", "VISITED", "t", "2019-05", sentence: 3),
            Rel("s", "VETOED", "b", sentence: 4), Rel("b", "VETOED", "t", "2021", sentence: 5));

        Assert.Equal(["s>a>t", "s>b>t"], await PathsOf(store, "s", "t"));
        Assert.Equal(["s>t"], await PathsOf(store, "s", "t", filter: Filter(statuses: [ClaimStatus.Denied])));
        Assert.Equal(["s>b>t"], await PathsOf(store, "s", "t", filter: Filter("VETOED")));
        Assert.Equal(["s>a>t"], await PathsOf(store, "s", "t", filter: Filter(to: "2019-12")));
        Assert.Empty(await PathsOf(store, "s", "t", filter: Filter(from: "2020")));
        Assert.Equal(["s>b>t"], await PathsOf(store, "s", "t", filter: Filter(from: "2020", includeUndated: true)));
    }

    [Fact]
    public async Task A_path_from_an_actor_to_itself_is_an_empty_list()
    {
        await using var store = await RoutesAsync();
        Assert.Empty(await PathsOf(store, "s", "s"));
    }

    [Fact]
    public async Task Paths_between_unknown_actors_name_the_closest_ids()
    {
        await using var store = await StoreWithAsync(Rel("sergei-shoigu", "VISITED", "north-korea"), Rel("north-korea", "SANCTIONED", "unsc", sentence: 1));
        var from = await ThrowsQueryErrorAsync(() => PathsOf(store, "shoigu", "unsc"), "UNKNOWN_ACTOR");
        Assert.Contains("sergei-shoigu", from.Message);
        var to = await ThrowsQueryErrorAsync(() => PathsOf(store, "sergei-shoigu", "north-kore"), "UNKNOWN_ACTOR");
        Assert.Contains("north-korea", to.Message);
    }

    [Theory]
    [InlineData(0, 3, "maxHops")]
    [InlineData(7, 3, "maxHops")]
    [InlineData(4, 0, "k")]
    [InlineData(4, 11, "k")]
    [InlineData(4, 500, "k")]
    public async Task Path_bounds_are_errors_naming_the_bound(int maxHops, int k, string bound)
    {
        await using var store = await RoutesAsync();
        var error = await ThrowsQueryErrorAsync(() => PathsOf(store, "s", "t", maxHops, k), "BOUND_EXCEEDED");
        Assert.Contains($"'{bound}'", error.Message);
    }
}
