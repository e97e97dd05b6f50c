using KoreaRussiaGraph.Core.Links;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.Core.Timelines;
using Xunit;

namespace KoreaRussiaGraph.StoreContract;

/// <summary>Links (relationships over the cited relations) and timelines: issue 15.</summary>
public abstract partial class GraphStoreContract
{
    /// <summary>A store whose documents carry the given outlets (null: no outlet); relations are grouped by their citation.</summary>
    private async Task<IGraphStore> StoreWithOutletsAsync(IReadOnlyDictionary<string, string?> outlets, params Relation[] relations)
    {
        var store = await CreateEmptyStoreAsync();
        foreach (var group in relations.GroupBy(r => r.Citation.DocumentId))
        {
            var write = WriteOf(group.Key, group);
            await store.WriteDocumentAsync(write with { Document = write.Document with { Outlet = outlets.GetValueOrDefault(group.Key) } });
        }
        return store;
    }


    private static async Task<Link[]> AllLinksAsync(IGraphStore store, RelationFilter? filter = null, int minDocuments = 1, LinkOrder order = LinkOrder.Id) =>
        (await store.FindLinksAsync(new LinkQuery(filter, minDocuments, order, First: 1000))).Items.ToArray();

    private static readonly Dictionary<string, string?> ThreeOutlets = new()
    {
        ["d1"] = "Outlet A", ["d2"] = "Outlet A", ["d3"] = "Outlet B", ["d4"] = null, ["d5"] = null,
    };

    [Fact]
    public async Task Links_group_parallel_relations_and_count_documents_outlets_dates_and_statuses()
    {
        await using var store = await StoreWithOutletsAsync(ThreeOutlets,
            Reported(Rel("russia", "SUPPLIED", "north-korea", "2023-07", document: "d1", sentence: 1), "2023-08-01"),
            Reported(Rel("russia", "SUPPLIED", "north-korea", "2023", document: "d1", sentence: 2), "2023-08-01"),
            Reported(Rel("russia", "SUPPLIED", "north-korea", "2019-04-25", ClaimStatus.Alleged, document: "d2", sentence: 1), "2019-05"),
            Reported(Rel("russia", "SUPPLIED", "north-korea", document: "d3", sentence: 1), "2024"),
            Reported(Rel("russia", "SUPPLIED", "north-korea", "2024-02", document: "d4", sentence: 1), "2024-03-01"),
            Reported(Rel("russia", "SUPPLIED", "north-korea", document: "d5", sentence: 1), "2024-03-02"),
            Rel("north-korea", "SUPPLIED", "russia", "2023", document: "d1", sentence: 3));

        var links = await AllLinksAsync(store);

        Assert.Equal(["north-korea|SUPPLIED|russia", "russia|SUPPLIED|north-korea"], links.Select(l => l.Id));
        var supplied = links[1];
        Assert.Equal(new LinkKey("russia", "SUPPLIED", "north-korea"), supplied.Key);
        Assert.Equal(6, supplied.EvidenceCount);
        Assert.Equal(5, supplied.DocumentCount);
        Assert.Equal(4, supplied.OutletCount); // Outlet A (d1, d2), Outlet B, and d4 and d5 on their own
        Assert.Equal(PartialDate.Parse("2019-04-25"), supplied.FirstDate);
        Assert.Equal(PartialDate.Parse("2024-02"), supplied.LastDate);
        Assert.Equal(PartialDate.Parse("2019-05"), supplied.FirstReported);
        Assert.Equal([ClaimStatus.Asserted, ClaimStatus.Alleged], supplied.Statuses);
        Assert.Equal((1, 1, 1), (links[0].EvidenceCount, links[0].DocumentCount, links[0].OutletCount));
    }

    [Fact]
    public async Task Links_of_a_symmetric_type_are_one_link_whichever_way_the_text_put_it()
    {
        await using var store = await StoreWithAsync(
            Rel("vladimir-putin", "MET", "kim-jong-un", "2019-04-25", symmetric: true, document: "d1", sentence: 1),
            Rel("kim-jong-un", "MET", "vladimir-putin", "2023-09-13", symmetric: true, document: "d2", sentence: 1));

        var link = Assert.Single(await AllLinksAsync(store));
        Assert.Equal("kim-jong-un|MET|vladimir-putin", link.Id);
        Assert.Equal((2, 2), (link.EvidenceCount, link.DocumentCount));
        Assert.Equal((PartialDate.Parse("2019-04-25"), PartialDate.Parse("2023-09-13")), (link.FirstDate, link.LastDate));
    }

    [Fact]
    public async Task Links_count_only_evidence_passing_the_filter_and_an_undated_link_has_no_dates()
    {
        await using var store = await StoreWithAsync(
            Rel("a", "VISITED", "b", "2019", document: "d1", sentence: 1),
            Rel("a", "VISITED", "b", "2023", document: "d2", sentence: 1),
            Rel("a", "VISITED", "b", "2023", ClaimStatus.Denied, document: "d3", sentence: 1),
            Rel("a", "OPPOSED", "b", document: "d1", sentence: 2));

        var links = await AllLinksAsync(store);
        Assert.Equal(["a|OPPOSED|b", "a|VISITED|b"], links.Select(l => l.Id));
        Assert.Equal((null, null), (links[0].FirstDate, links[0].LastDate));
        Assert.Equal(2, links[1].DocumentCount);

        var since2020 = Assert.Single(await AllLinksAsync(store, Filter(from: "2020")));
        Assert.Equal(("a|VISITED|b", 1, 1), (since2020.Id, since2020.EvidenceCount, since2020.DocumentCount));
        var denied = Assert.Single(await AllLinksAsync(store, Filter(statuses: [ClaimStatus.Denied])));
        Assert.Equal([ClaimStatus.Denied], denied.Statuses);
        Assert.Empty(await AllLinksAsync(store, Filter("SUPPLIED")));
    }

    [Fact]
    public async Task Links_with_min_documents_ranked_by_document_count_page_without_gaps_or_repeats()
    {
        await using var store = await StoreWithAsync(
            Rel("a", "MET", "b", symmetric: true, document: "d1", sentence: 1),
            Rel("a", "MET", "b", symmetric: true, document: "d2", sentence: 1),
            Rel("a", "MET", "b", symmetric: true, document: "d3", sentence: 1),
            Rel("c", "VISITED", "d", document: "d1", sentence: 2),
            Rel("c", "VISITED", "d", document: "d2", sentence: 2),
            Rel("c", "VISITED", "d", document: "d2", sentence: 3),
            Rel("b", "VISITED", "d", document: "d1", sentence: 4),
            Rel("b", "VISITED", "d", document: "d3", sentence: 4),
            Rel("e", "VISITED", "f", document: "d1", sentence: 5));

        var ranked = await AllLinksAsync(store, minDocuments: 2, order: LinkOrder.DocumentCount);
        // 3 documents first; then 2 documents, more evidence first; then the id.
        Assert.Equal(["a|MET|b", "c|VISITED|d", "b|VISITED|d"], ranked.Select(l => l.Id));

        var byId = await AllLinksAsync(store, minDocuments: 2);
        Assert.Equal(["a|MET|b", "b|VISITED|d", "c|VISITED|d"], byId.Select(l => l.Id));

        foreach (var order in new[] { LinkOrder.Id, LinkOrder.DocumentCount })
        {
            var seen = new List<string>();
            string? after = null;
            Page<Link> page;
            do
            {
                page = await store.FindLinksAsync(new LinkQuery(null, 1, order, First: 2, After: after));
                Assert.Equal(4, page.TotalCount);
                seen.AddRange(page.Items.Select(l => l.Id));
                after = page.Items.Count > 0 ? LinkCursor.Of(page.Items[^1], order) : null;
            } while (page.HasNextPage);
            Assert.Equal((await AllLinksAsync(store, order: order)).Select(l => l.Id), seen);
        }
    }

    [Fact]
    public async Task Links_refuse_bad_paging_arguments_by_name()
    {
        await using var store = await StoreWithAsync(Rel("a", "VISITED", "b"));
        await ThrowsQueryErrorAsync(() => store.FindLinksAsync(new LinkQuery(MinDocuments: 0)), "BOUND_EXCEEDED");
        await ThrowsQueryErrorAsync(() => store.FindLinksAsync(new LinkQuery(First: 5000)), "BOUND_EXCEEDED");
        await ThrowsQueryErrorAsync(() => store.FindLinksAsync(new LinkQuery(Order: LinkOrder.DocumentCount, After: "a|VISITED|b")), "INVALID_ARGUMENT");
        await ThrowsQueryErrorAsync(() => store.FindLinksAsync(new LinkQuery(Filter(from: "2020", to: "2019"))), "INVALID_ARGUMENT");
    }

    [Fact]
    public async Task Link_evidence_is_the_links_relations_passing_the_filter_newest_event_first()
    {
        var old = Rel("a", "VISITED", "b", "2019", document: "d1", sentence: 1);
        var day = Rel("a", "VISITED", "b", "2023-07-15", document: "d2", sentence: 1);
        var month = Rel("a", "VISITED", "b", "2023-07", document: "d3", sentence: 1);
        var undated = Rel("a", "VISITED", "b", document: "d1", sentence: 2);
        var denied = Rel("a", "VISITED", "b", "2024", ClaimStatus.Denied, document: "d1", sentence: 3);
        var reverse = Rel("b", "VISITED", "a", "2024", document: "d1", sentence: 4);
        var otherType = Rel("a", "OPPOSED", "b", "2024", document: "d1", sentence: 5);
        await using var store = await StoreWithAsync(old, day, month, undated, denied, reverse, otherType);

        var key = new LinkKey("a", "VISITED", "b");
        Assert.Equal([day.Id, month.Id, old.Id, undated.Id], (await store.LinkEvidenceAsync(key, RelationFilter.Default)).Select(r => r.Id));
        Assert.Equal([day.Id, month.Id], (await store.LinkEvidenceAsync(key, Filter(from: "2020"))).Select(r => r.Id));
        Assert.Empty(await store.LinkEvidenceAsync(new LinkKey("a", "VISITED", "nobody"), RelationFilter.Default));
    }

    [Fact]
    public async Task Grouping_a_subgraphs_edges_agrees_with_the_whole_graph_links_of_the_same_relations()
    {
        await using var store = await StoreWithOutletsAsync(ThreeOutlets,
            Rel("c", "VISITED", "a", "2019", document: "d1", sentence: 1),
            Rel("c", "VISITED", "a", "2020-03", document: "d3", sentence: 1),
            Rel("a", "MET", "c", "2020-03-02", symmetric: true, document: "d4", sentence: 1),
            Rel("c", "MET", "a", symmetric: true, document: "d5", sentence: 1),
            Rel("a", "SUPPLIED", "b", document: "d2", sentence: 1));

        var graph = await store.NeighbourhoodAsync(new NeighbourhoodQuery("c", Depth: 2));
        var grouped = await store.GroupLinksAsync(graph.Edges);

        Assert.Equal(await AllLinksAsync(store), grouped.Select(g => g.Link), LinkComparer);
        var met = grouped.Single(g => g.Link.Key.Type == "MET");
        Assert.Equal((2, 2), (met.Link.DocumentCount, met.Link.OutletCount));
        Assert.Equal(["d4", "d5"], met.Evidence.Select(r => r.Citation.DocumentId).Order(StringComparer.Ordinal));
        Assert.Empty(await store.GroupLinksAsync([]));
    }

    private static readonly IEqualityComparer<Link> LinkComparer = EqualityComparer<Link>.Create(
        (x, y) => x!.Key == y!.Key && (x.EvidenceCount, x.DocumentCount, x.OutletCount, x.FirstDate, x.LastDate, x.FirstReported)
            == (y.EvidenceCount, y.DocumentCount, y.OutletCount, y.FirstDate, y.LastDate, y.FirstReported) && x.Statuses.SequenceEqual(y.Statuses),
        l => l.Key.GetHashCode());

    [Fact]
    public async Task Timeline_counts_dated_relations_per_year_with_empty_years_between_and_says_how_many_are_undated()
    {
        await using var store = await StoreWithAsync(
            Rel("a", "VISITED", "b", "2019-04-25", sentence: 1),
            Rel("a", "MET", "b", "2019", symmetric: true, sentence: 2),
            Rel("a", "VISITED", "c", "2022-01", sentence: 3),
            Rel("a", "VISITED", "c", sentence: 4),
            Rel("c", "SUPPLIED", "d", "2021", sentence: 5),
            Rel("a", "VISITED", "b", "2023", ClaimStatus.Denied, sentence: 6));

        var timeline = await store.TimelineAsync(new TimelineQuery());

        Assert.Equal(TimeBucket.Year, timeline.Bucket);
        Assert.Equal(["2019:2", "2020:0", "2021:1", "2022:1"], timeline.Buckets.Select(b => $"{b.Period}:{b.Count}"));
        Assert.Equal(["MET:1", "VISITED:1"], timeline.Buckets[0].Types.Select(t => $"{t.Type}:{t.Count}"));
        Assert.Empty(timeline.Buckets[1].Types);
        Assert.Equal((1, 0), (timeline.Undated, timeline.Imprecise));

        var aroundA = await store.TimelineAsync(new TimelineQuery("a", Filter("VISITED")));
        Assert.Equal(["2019:1", "2020:0", "2021:0", "2022:1"], aroundA.Buckets.Select(b => $"{b.Period}:{b.Count}"));
        Assert.Equal(1, aroundA.Undated);
    }

    [Fact]
    public async Task Timeline_by_month_leaves_year_only_dates_out_and_follows_direction_around_an_actor()
    {
        await using var store = await StoreWithAsync(
            Rel("a", "VISITED", "b", "2019-04-25", sentence: 1),
            Rel("b", "VISITED", "a", "2019-06", sentence: 2),
            Rel("a", "MET", "c", "2019-06-01", symmetric: true, sentence: 3),
            Rel("a", "SUPPLIED", "b", "2019", sentence: 4));

        var months = await store.TimelineAsync(new TimelineQuery("a", null, TimeBucket.Month));
        Assert.Equal(["2019-04:1", "2019-05:0", "2019-06:2"], months.Buckets.Select(b => $"{b.Period}:{b.Count}"));
        Assert.Equal((0, 1), (months.Undated, months.Imprecise));

        var outgoing = await store.TimelineAsync(new TimelineQuery("a", Filter(direction: Direction.Out), TimeBucket.Month));
        Assert.Equal(["2019-04:1", "2019-05:0", "2019-06:1"], outgoing.Buckets.Select(b => $"{b.Period}:{b.Count}"));
        Assert.Equal(["MET:1"], outgoing.Buckets[2].Types.Select(t => $"{t.Type}:{t.Count}"));

        Assert.Empty((await store.TimelineAsync(new TimelineQuery("a", Filter("VETOED")))).Buckets);
        await ThrowsQueryErrorAsync(() => store.TimelineAsync(new TimelineQuery("nobody")), "UNKNOWN_ACTOR");
    }
}
