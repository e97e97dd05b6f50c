using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;

namespace KoreaRussiaGraph.Api.Tests;

/// <summary>Issue 18 through GraphQL: Relay nodes, ordering, document filters, search, its errors and its price.</summary>
public sealed class NodeSearchAndOrderingTests(FixtureApiFactory factory) : IClassFixture<FixtureApiFactory>
{
    [Fact]
    public async Task Node_fetches_each_kind_by_its_unchanged_id()
    {
        var client = await factory.ClientAsync();
        var relationId = (await client.PostGraphQLAsync("{ relations(first: 1) { nodes { id } } }")).AssertNoErrors()
            .Data!["relations"]!["nodes"]![0]!["id"]!.GetValue<string>();

        var response = (await client.PostGraphQLAsync("""
            query($relation: ID!) {
              actor: node(id: "kim-jong-un") { __typename id ... on Actor { name } }
              relation: node(id: $relation) { __typename id ... on Relation { source { id } } }
              document: node(id: "fixture-doc") { __typename id ... on Document { title } }
              nobody: node(id: "r-0000000000") { id }
              many: nodes(ids: ["fixture-doc", "nobody", $relation, "russia"]) { __typename id }
            }
            """, new { relation = relationId })).AssertNoErrors();

        var data = response.Data!;
        Assert.Equal(("Actor", "kim-jong-un", "Kim Jong Un"), (data["actor"]!["__typename"]!.GetValue<string>(), data["actor"]!["id"]!.GetValue<string>(), data["actor"]!["name"]!.GetValue<string>()));
        Assert.Equal(("Relation", relationId), (data["relation"]!["__typename"]!.GetValue<string>(), data["relation"]!["id"]!.GetValue<string>()));
        Assert.Equal(("Document", "Fixture"), (data["document"]!["__typename"]!.GetValue<string>(), data["document"]!["title"]!.GetValue<string>()));
        Assert.Null(data["nobody"]);
        var many = data["many"]!.AsArray();
        // A null entry where no object has the id.
        Assert.Equal("Document,-,Relation,Actor", string.Join(',', many.Select(n => n?["__typename"]?.GetValue<string>() ?? "-")));
        Assert.Equal($"fixture-doc,-,{relationId},russia", string.Join(',', many.Select(n => n?["id"]?.GetValue<string>() ?? "-")));
    }

    [Fact]
    public async Task Relations_order_by_date_descending_with_undated_last_and_page_on()
    {
        var client = await factory.ClientAsync();
        const string Query = """
            query($after: String) { relations(orderBy: {field: DATE, direction: DESC}, first: 3, after: $after) {
              totalCount pageInfo { hasNextPage endCursor } nodes { date } } }
            """;
        var dates = new List<string?>();
        string? after = null;
        for (var guard = 0; guard < 5; guard++)
        {
            var connection = (await client.PostGraphQLAsync(Query, new { after })).AssertNoErrors().Data!["relations"]!;
            dates.AddRange(connection["nodes"]!.AsArray().Select(n => n!["date"]?.GetValue<string>()));
            if (!connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>()) break;
            after = connection["pageInfo"]!["endCursor"]!.GetValue<string>();
        }
        // The eight ASSERTED/ALLEGED fixture relations, latest first; the VETOED one has no date.
        Assert.Equal("2024-06-19,2023-07-26,2023-07,2022,2019,2015,2006,undated", string.Join(',', dates.Select(d => d ?? "undated")));
    }

    [Fact]
    public async Task A_cursor_of_one_order_is_refused_by_another()
    {
        var client = await factory.ClientAsync();
        var cursor = (await client.PostGraphQLAsync("{ relations(first: 1) { pageInfo { endCursor } } }")).AssertNoErrors()
            .Data!["relations"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var response = await client.PostGraphQLAsync("query($c: String) { relations(first: 1, after: $c, orderBy: {field: DATE}) { totalCount } }", new { c = cursor });
        Assert.Equal("INVALID_ARGUMENT", response.FirstErrorCode);
        Assert.Contains("orderBy", response.FirstErrorMessage);
    }

    [Fact]
    public async Task Actor_and_document_relations_take_order_and_filter()
    {
        var client = await factory.ClientAsync();
        var response = (await client.PostGraphQLAsync("""
            {
              actor(id: "north-korea") { relations(orderBy: {field: DATE}, filter: {direction: IN}) { nodes { date } } }
              document(id: "fixture-doc") { relations(filter: {types: [SUPPLIED]}, orderBy: {field: DATE, direction: DESC}) { totalCount nodes { date } } }
              documents(filter: {from: "2024", statuses: [INGESTED]}) { totalCount nodes { id } }
              none: documents(filter: {outlets: ["KCNA"]}) { totalCount }
            }
            """)).AssertNoErrors();
        Assert.Equal(["2006", "2015", "2022", "2023-07", "2024-06-19"], response.Data!["actor"]!["relations"]!["nodes"].Strings("date"));
        Assert.Equal(["2022", "2015"], response.Data["document"]!["relations"]!["nodes"].Strings("date"));
        Assert.Equal(["fixture-doc"], response.Data["documents"]!["nodes"].Strings("id"));
        Assert.Equal(0, response.Data["none"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Search_finds_actors_and_sentences_with_marked_snippets()
    {
        var client = await factory.ClientAsync();
        var response = (await client.PostGraphQLAsync("""
            { search(query: "shoigu") { totalCount edges { cursor node { score snippet actor { id } relation { id type } document { id } } } } }
            """)).AssertNoErrors();
        var hits = response.Data!["search"]!["edges"]!.AsArray().Select(e => e!["node"]!).ToArray();
        Assert.Equal(3, response.Data["search"]!["totalCount"]!.GetValue<int>());
        Assert.Single(hits, h => h["actor"]?["id"]?.GetValue<string>() == "sergei-shoigu");
        Assert.Equal(2, hits.Count(h => h["relation"] is not null));
        Assert.All(hits, h => Assert.Contains("<mark>", h["snippet"]!.GetValue<string>()));
        Assert.All(hits, h => Assert.True(h["score"]!.GetValue<double>() > 0));
    }

    [Fact]
    public async Task Relation_filter_text_narrows_a_listing_and_is_refused_by_neighbourhood()
    {
        var client = await factory.ClientAsync();
        var listed = (await client.PostGraphQLAsync("""{ relations(filter: {text: "unsc OR \"vladimir putin\""}) { nodes { type } } }""")).AssertNoErrors();
        Assert.Equal(["MET", "SANCTIONED", "VETOED", "VISITED"], listed.Data!["relations"]!["nodes"].Strings("type").Order().ToArray());
        var refused = await client.PostGraphQLAsync("""{ neighbourhood(actor: "russia", filter: {text: "unsc"}) { truncated } }""");
        Assert.Equal("INVALID_ARGUMENT", refused.FirstErrorCode);
    }

    [Theory]
    [InlineData("{ search(query: \"\\\"artillery\") { totalCount } }")]
    [InlineData("{ search(query: \"shells AND\") { totalCount } }")]
    [InlineData("{ relations(filter: {text: \"(unsc\"}) { totalCount } }")]
    [InlineData("{ documents(filter: {text: \"OR\"}) { totalCount } }")]
    public async Task Malformed_search_syntax_is_a_clear_error_not_a_server_error(string query)
    {
        var client = await factory.ClientAsync();
        var response = await client.PostGraphQLAsync(query);
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("INVALID_SEARCH", response.FirstErrorCode);
        Assert.Contains("Search syntax", response.FirstErrorMessage);
    }

    [Fact]
    public async Task Search_text_is_bounded_like_other_strings()
    {
        var client = await factory.ClientAsync();
        var longText = new string('a', 5000);
        var search = await client.PostGraphQLAsync("query($q: String!) { search(query: $q) { totalCount } }", new { q = longText });
        var filter = await client.PostGraphQLAsync("query($q: String) { relations(filter: {text: $q}) { totalCount } }", new { q = longText });
        Assert.Equal("BOUND_EXCEEDED", search.FirstErrorCode);
        Assert.Equal("BOUND_EXCEEDED", filter.FirstErrorCode);
        Assert.Contains("filter.text", filter.FirstErrorMessage);
    }

    [Fact]
    public async Task Search_and_date_ordering_are_priced()
    {
        var client = await factory.ClientAsync();
        async Task<double> CostOf(string query)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
            request.Headers.Add("X-Query-Cost", "true");
            var response = (await client.SendGraphQLAsync(request)).AssertNoErrors();
            return response.Body["extensions"]!["cost"]!["estimated"]!.GetValue<double>();
        }
        var plain = await CostOf("{ relations(first: 10) { totalCount } }");
        var ordered = await CostOf("{ relations(first: 10, orderBy: {field: DATE}) { totalCount } }");
        var byId = await CostOf("{ relations(first: 10, orderBy: {field: ID, direction: DESC}) { totalCount } }");
        var text = await CostOf("{ relations(first: 10, filter: {text: \"unsc\"}) { totalCount } }");
        var search = await CostOf("{ search(query: \"unsc\", first: 10) { totalCount } }");
        Assert.Equal(plain, byId);
        Assert.True(ordered > plain, $"ordered {ordered} vs plain {plain}");
        Assert.True(text > plain, $"text {text} vs plain {plain}");
        Assert.True(search > plain, $"search {search} vs plain {plain}");
    }
}
