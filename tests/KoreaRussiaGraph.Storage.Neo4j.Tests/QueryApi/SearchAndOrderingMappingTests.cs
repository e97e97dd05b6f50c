using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.Storage.Neo4j.Cypher;
using KoreaRussiaGraph.Storage.Neo4j.Mapping;
using static KoreaRussiaGraph.Storage.Neo4j.Tests.QueryApi.FakeQueryApi;

namespace KoreaRussiaGraph.Storage.Neo4j.Tests.QueryApi;

/// <summary>Issue 18 on the Neo4j store without a server: the statements and parameters it sends and how it reads the answers.</summary>
public sealed class SearchAndOrderingMappingTests
{
    private static readonly Relation Shells = Relation.Create("SUPPLIED", "north-korea", "russia", false,
        new Citation("doc", 1, "North Korea shipped artillery shells.", 0, 10, "rule"), PartialDate.Parse("2023-09"));

    [Fact]
    public async Task Search_sends_the_query_as_Lucene_and_reads_hits_of_each_kind_with_snippets()
    {
        await using var api = new FakeQueryApi(r => r.Statement == Statements.Search.Text
            ? Data(["total", "items"], [3, new object[]
            {
                new Dictionary<string, object?> { ["kind"] = 0, ["score"] = 2.5, ["item"] = GraphValues.Relation(Shells) },
                new Dictionary<string, object?> { ["kind"] = 2, ["score"] = 1.5, ["item"] = QueryApiExchangeTests.ActorRow("north-korea", "STATE", "DPRK") },
            }])
            : Error(400, "Neo.ClientError.Statement.SyntaxError", "unexpected statement"));
        await using var store = new Neo4jGraphStore(QueryApiExchangeTests.OptionsFor(api.Uri));

        var page = await store.SearchAsync(new SearchQuery("\"artillery shells\" OR DPRK", new PageRequest(1)));

        var sent = api.Requests.Single().Parameters;
        Assert.Equal("(\"artillery shells\" OR DPRK)", sent.GetProperty("q").GetString());
        Assert.Equal(2, sent.GetProperty("take").GetInt32());
        Assert.Equal(0, sent.GetProperty("skip").GetInt32());
        Assert.True(page.HasNextPage);
        Assert.Equal(3, page.TotalCount);
        var hit = Assert.Single(page.Items);
        Assert.Equal(Shells.Id, hit.Relation!.Id);
        Assert.Equal("North Korea shipped <mark>artillery</mark> <mark>shells</mark>.", hit.Snippet);
    }

    [Fact]
    public async Task An_ordered_listing_with_text_sends_the_matching_ids_and_the_cursor_keyset()
    {
        var order = new RelationOrder(RelationOrderField.Date, OrderDirection.Desc);
        var ordered = Statements.OrderedRelations(order, forActor: false);
        await using var api = new FakeQueryApi(r =>
            r.Statement == Statements.RelationIdsMatching.Text ? Data(["id"], [Shells.Id], ["r-other"])
            : r.Statement == ordered.Text ? Data(["total", "items"], [1, new[] { GraphValues.Relation(Shells) }])
            : Error(400, "Neo.ClientError.Statement.SyntaxError", "unexpected statement"));
        await using var store = new Neo4jGraphStore(QueryApiExchangeTests.OptionsFor(api.Uri));
        var cursor = order.CursorKey(Shells with { Id = "r-zzz", Date = PartialDate.Parse("2024") });

        var page = await store.QueryRelationsAsync(new RelationQuery(RelationFilter.Default with { Text = "shells" }, new PageRequest(10, cursor), order, DocumentId: "doc"));

        Assert.Equal([Shells.Id], page.Items.Select(r => r.Id));
        Assert.Equal("shells", api.Requests.First(r => r.Statement == Statements.RelationIdsMatching.Text).Parameters.GetProperty("q").GetString());
        var sent = api.Requests.Single(r => r.Statement == ordered.Text).Parameters;
        Assert.Equal([Shells.Id, "r-other"], sent.GetProperty("ids").EnumerateArray().Select(e => e.GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(("2024-01-01", "2024-12-31", "r-zzz"), (sent.GetProperty("afterStart").GetString(), sent.GetProperty("afterEnd").GetString(), sent.GetProperty("afterId").GetString()));
        Assert.Equal("doc", sent.GetProperty("documentId").GetString());
    }

    [Fact]
    public async Task Malformed_search_syntax_is_refused_before_anything_is_sent()
    {
        await using var api = new FakeQueryApi(_ => Error(500, "Neo.DatabaseError.General.UnknownError", "must not be called"));
        await using var store = new Neo4jGraphStore(QueryApiExchangeTests.OptionsFor(api.Uri));
        var error = await Assert.ThrowsAsync<GraphQueryException>(() => store.SearchAsync(new SearchQuery("\"open", new PageRequest(5))));
        Assert.Equal("INVALID_SEARCH", error.Code);
        Assert.Empty(api.Requests);
    }
}
