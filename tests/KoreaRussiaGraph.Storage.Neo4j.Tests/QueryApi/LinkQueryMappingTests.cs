using KoreaRussiaGraph.Core.Links;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.Core.Timelines;
using KoreaRussiaGraph.Storage.Neo4j.Cypher;
using static KoreaRussiaGraph.Storage.Neo4j.Tests.QueryApi.FakeQueryApi;

namespace KoreaRussiaGraph.Storage.Neo4j.Tests.QueryApi;

/// <summary>
/// What the Neo4j store does with the rows of the link and timeline statements (issue 15): the keyset it sends, the
/// dates it cuts out of the sort keys, the statuses and first report it reduces, and the bucketing it shares with Core.
/// Whether Neo4j computes the rows right is the contract suite's job (Docker only).
/// </summary>
public sealed class LinkQueryMappingTests
{
    [Fact]
    public async Task A_page_of_links_maps_counts_dates_statuses_and_sends_the_document_count_keyset()
    {
        var row = new Dictionary<string, object?>
        {
            ["id"] = "kim-jong-un|MET|vladimir-putin", ["sourceId"] = "kim-jong-un", ["type"] = "MET", ["targetId"] = "vladimir-putin",
            ["evidence"] = 5, ["documents"] = 3, ["outlets"] = 2,
            ["firstDate"] = "2019-04-252019-04-252019-04-25", ["lastDate"] = "2023-01-012023-12-312023",
            ["reported"] = new object?[] { "2023-09-14", "2019-04", null }, ["statuses"] = new[] { "ALLEGED", "ASSERTED" },
        };
        await using var api = new FakeQueryApi(r => r.Statement == LinkStatements.FindLinks.Text ? Data(["total", "items"], [7, new[] { row, row }]) : Empty);
        await using var store = new Neo4jGraphStore(QueryApiExchangeTests.OptionsFor(api.Uri));

        var page = await store.FindLinksAsync(new LinkQuery(MinDocuments: 2, Order: LinkOrder.DocumentCount, First: 1, After: "4:9:a|MET|b"));

        Assert.Equal((7, true), (page.TotalCount, page.HasNextPage));
        var link = Assert.Single(page.Items);
        Assert.Equal(new LinkKey("kim-jong-un", "MET", "vladimir-putin"), link.Key);
        Assert.Equal((5, 3, 2), (link.EvidenceCount, link.DocumentCount, link.OutletCount));
        Assert.Equal((PartialDate.Parse("2019-04-25"), PartialDate.Parse("2023"), PartialDate.Parse("2019-04")), (link.FirstDate, link.LastDate, link.FirstReported));
        Assert.Equal([ClaimStatus.Asserted, ClaimStatus.Alleged], link.Statuses);

        var sent = api.Requests.Single(r => r.Statement == LinkStatements.FindLinks.Text).Parameters;
        Assert.True(sent.GetProperty("byDocuments").GetBoolean());
        Assert.Equal((2, 4, 9, "a|MET|b", 2), (sent.GetProperty("minDocuments").GetInt32(), sent.GetProperty("afterDocuments").GetInt32(),
            sent.GetProperty("afterEvidence").GetInt32(), sent.GetProperty("afterId").GetString(), sent.GetProperty("take").GetInt32()));
    }

    [Fact]
    public async Task A_timeline_buckets_the_date_and_type_counts_neo4j_returns()
    {
        await using var api = new FakeQueryApi(r => r.Statement == LinkStatements.Timeline.Text
            ? Data(["date", "type", "n"], ["2019-04-25", "MET", 2], ["2019", "VISITED", 1], ["2021-06", "MET", 4], [null, "MET", 3])
            : Empty);
        await using var store = new Neo4jGraphStore(QueryApiExchangeTests.OptionsFor(api.Uri));

        var timeline = await store.TimelineAsync(new TimelineQuery(Filter: new RelationFilter { Types = new HashSet<string> { "MET", "VISITED" } }));

        Assert.Equal(["2019:3", "2020:0", "2021:4"], timeline.Buckets.Select(b => $"{b.Period}:{b.Count}"));
        Assert.Equal(3, timeline.Undated);
        var sent = api.Requests.Single(r => r.Statement == LinkStatements.Timeline.Text).Parameters;
        Assert.Equal(["MET", "VISITED"], sent.GetProperty("types").EnumerateArray().Select(e => e.GetString()));
    }
}
