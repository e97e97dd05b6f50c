using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Querying;
using Xunit;

namespace KoreaRussiaGraph.StoreContract;

/// <summary>The shared filters (DESIGN §3) through FindRelations; the graph queries reuse them and are tested on their own too.</summary>
public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task Types_filter_keeps_only_the_listed_types()
    {
        var met = Rel("a", "MET", "b", symmetric: true, sentence: 1);
        var visited = Rel("a", "VISITED", "c", sentence: 2);
        var vetoed = Rel("c", "VETOED", "d", sentence: 3);
        await using var store = await StoreWithAsync(met, visited, vetoed);

        Assert.Equal(Sorted(met, vetoed), Ids((await AllRelationsAsync(store, Filter("MET,VETOED"))).Items));
        Assert.Empty((await AllRelationsAsync(store, Filter("NO_SUCH_TYPE"))).Items);
    }

    [Fact]
    public async Task Statuses_default_to_asserted_and_alleged()
    {
        var asserted = Rel("a", "VISITED", "b", status: ClaimStatus.Asserted, sentence: 1);
        var alleged = Rel("a", "SUPPLIED", "b", status: ClaimStatus.Alleged, sentence: 2);
        var denied = Rel("a", "DENIED", "b", status: ClaimStatus.Denied, sentence: 3);
        var planned = Rel("a", "MET", "b", status: ClaimStatus.Planned, symmetric: true, sentence: 4);
        await using var store = await StoreWithAsync(asserted, alleged, denied, planned);

        Assert.Equal(Sorted(asserted, alleged), Ids((await AllRelationsAsync(store)).Items));
        Assert.Equal(Sorted(denied, planned),
            Ids((await AllRelationsAsync(store, Filter(statuses: [ClaimStatus.Denied, ClaimStatus.Planned]))).Items));
    }

    [Fact]
    public async Task A_year_date_matches_any_range_overlapping_that_year()
    {
        var year = Rel("a", "MET", "b", "2019", symmetric: true);
        await using var store = await StoreWithAsync(year);

        Assert.Single((await AllRelationsAsync(store, Filter(from: "2019-06-15", to: "2019-06-15"))).Items);
        Assert.Single((await AllRelationsAsync(store, Filter(from: "2019-12-31"))).Items);
        Assert.Single((await AllRelationsAsync(store, Filter(to: "2019-01"))).Items);
        Assert.Empty((await AllRelationsAsync(store, Filter(from: "2020"))).Items);
        Assert.Empty((await AllRelationsAsync(store, Filter(to: "2018-12-31"))).Items);
    }

    [Fact]
    public async Task A_month_date_covers_the_whole_month()
    {
        var month = Rel("a", "VISITED", "b", "2023-07");
        await using var store = await StoreWithAsync(month);

        Assert.Single((await AllRelationsAsync(store, Filter(from: "2023-07-31", to: "2023-08-05"))).Items);
        Assert.Single((await AllRelationsAsync(store, Filter(to: "2023-07-01"))).Items);
        Assert.Single((await AllRelationsAsync(store, Filter(from: "2023", to: "2023"))).Items);
        Assert.Empty((await AllRelationsAsync(store, Filter(from: "2023-08"))).Items);
        Assert.Empty((await AllRelationsAsync(store, Filter(to: "2023-06-30"))).Items);
    }

    [Fact]
    public async Task A_day_date_matches_only_ranges_containing_that_day()
    {
        var day = Rel("a", "VISITED", "b", "2023-08-15");
        await using var store = await StoreWithAsync(day);

        Assert.Single((await AllRelationsAsync(store, Filter(from: "2023-08", to: "2023-08"))).Items);
        Assert.Single((await AllRelationsAsync(store, Filter(from: "2023-08-15", to: "2023-08-15"))).Items);
        Assert.Empty((await AllRelationsAsync(store, Filter(from: "2023-08-16"))).Items);
        Assert.Empty((await AllRelationsAsync(store, Filter(to: "2023-08-14"))).Items);
    }

    [Fact]
    public async Task Undated_relations_drop_out_of_date_filters_unless_included()
    {
        var dated = Rel("a", "VISITED", "b", "2020", sentence: 1);
        var undated = Rel("a", "SUPPLIED", "b", sentence: 2);
        await using var store = await StoreWithAsync(dated, undated);

        Assert.Equal(Sorted(dated, undated), Ids((await AllRelationsAsync(store)).Items));
        Assert.Equal(Sorted(dated), Ids((await AllRelationsAsync(store, Filter(from: "2015"))).Items));
        Assert.Equal(Sorted(dated, undated), Ids((await AllRelationsAsync(store, Filter(from: "2015", includeUndated: true))).Items));
        Assert.Equal(Sorted(undated), Ids((await AllRelationsAsync(store, Filter(to: "2010", includeUndated: true))).Items));
    }

    [Fact]
    public async Task A_from_after_to_is_an_invalid_argument()
    {
        await using var store = await StoreWithAsync(Rel("a", "VISITED", "b"));
        await ThrowsQueryErrorAsync(() => AllRelationsAsync(store, Filter(from: "2021", to: "2020")), "INVALID_ARGUMENT");
        await ThrowsQueryErrorAsync(() => store.NeighbourhoodAsync(new NeighbourhoodQuery("a", Filter: Filter(from: "2021", to: "2020"))), "INVALID_ARGUMENT");
    }

    [Fact]
    public async Task Direction_is_relative_to_the_actor_and_symmetric_relations_go_both_ways()
    {
        var outgoing = Rel("a", "VISITED", "b", sentence: 1);
        var incoming = Rel("c", "SANCTIONED", "a", sentence: 2);
        var symmetric = Rel("z", "MET", "a", symmetric: true, sentence: 3);
        var elsewhere = Rel("b", "VISITED", "c", sentence: 4);
        await using var store = await StoreWithAsync(outgoing, incoming, symmetric, elsewhere);

        Assert.Equal(Sorted(outgoing, symmetric), Ids((await AllRelationsAsync(store, Filter(direction: Direction.Out), "a")).Items));
        Assert.Equal(Sorted(incoming, symmetric), Ids((await AllRelationsAsync(store, Filter(direction: Direction.In), "a")).Items));
        Assert.Equal(Sorted(outgoing, incoming, symmetric), Ids((await AllRelationsAsync(store, Filter(direction: Direction.Both), "a")).Items));
    }

    [Fact]
    public async Task Symmetric_relations_are_stored_once_in_id_order()
    {
        var met = Rel("putin", "MET", "kim", "2019", symmetric: true);
        await using var store = await StoreWithAsync(met, Rel("kim", "MET", "putin", "2019", symmetric: true));

        var all = (await AllRelationsAsync(store)).Items;
        var only = Assert.Single(all);
        Assert.Equal(("kim", "putin"), (only.SourceId, only.TargetId));
        Assert.True(only.Symmetric);
    }

    [Fact]
    public async Task Relations_page_by_id_with_a_total()
    {
        var relations = Enumerable.Range(0, 7).Select(i => Rel("a", "VISITED", $"b{i}", sentence: i)).ToArray();
        await using var store = await StoreWithAsync(relations);
        var expected = Ids(relations);

        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = await store.FindRelationsAsync(RelationFilter.Default, null, new PageRequest(3, after));
            Assert.Equal(7, page.TotalCount);
            seen.AddRange(page.Items.Select(r => r.Id));
            pages++;
            if (!page.HasNextPage) break;
            after = page.Items[^1].Id;
        }
        Assert.Equal(expected, seen);
        Assert.Equal(3, pages);

        var forActor = await store.FindRelationsAsync(RelationFilter.Default, "b3", new PageRequest(5));
        Assert.Equal([relations[3].Id], forActor.Items.Select(r => r.Id));
        Assert.Equal(1, forActor.TotalCount);
    }

    [Fact]
    public async Task Relations_of_an_unknown_actor_are_an_error_with_suggestions()
    {
        await using var store = await StoreWithAsync(Rel("kim-jong-un", "MET", "vladimir-putin", symmetric: true));
        var error = await ThrowsQueryErrorAsync(() => AllRelationsAsync(store, actor: "kim"), "UNKNOWN_ACTOR");
        Assert.Contains("kim-jong-un", error.Message);
    }

    [Fact]
    public async Task Actors_are_found_by_id_name_or_alias_and_kind_in_id_order()
    {
        await using var store = await CreateEmptyStoreAsync();
        await store.UpsertActorsAsync([
            new Actor("kim-jong-un", "Kim Jong Un", ActorKind.Person, ["Chairman Kim"]),
            new Actor("north-korea", "North Korea", ActorKind.State, ["DPRK", "Pyongyang"]),
            new Actor("kim-yo-jong", "Kim Yo Jong", ActorKind.Person, []),
            new Actor("russia", "Russia", ActorKind.State, ["Kremlin"]),
            new Actor("unsc", "UN Security Council", ActorKind.Organization, []),
        ]);

        async Task<string[]> Find(string? search, ActorKind? kind = null) =>
            (await store.FindActorsAsync(new ActorQuery(search, kind, new PageRequest(50)))).Items.Select(a => a.Id).ToArray();

        Assert.Equal(["kim-jong-un", "kim-yo-jong"], await Find("KIM"));
        Assert.Equal(["north-korea"], await Find("pyong"));
        Assert.Equal(["unsc"], await Find("security"));
        Assert.Equal(["north-korea", "russia"], await Find(null, ActorKind.State));
        Assert.Equal(["russia"], await Find("krem", ActorKind.State));
        Assert.Empty(await Find("krem", ActorKind.Person));
        Assert.Equal(["kim-jong-un", "kim-yo-jong", "north-korea", "russia", "unsc"], await Find(null));

        var page = await store.FindActorsAsync(new ActorQuery(null, null, new PageRequest(2, "kim-yo-jong")));
        Assert.Equal(["north-korea", "russia"], page.Items.Select(a => a.Id));
        Assert.True(page.HasNextPage);
        Assert.Equal(5, page.TotalCount);
    }
}
