namespace KoreaRussiaGraph.Api.Tests;

public sealed class PagingAndLookupTests(FixtureApiFactory factory) : IClassFixture<FixtureApiFactory>
{
    [Fact]
    public async Task Relations_page_by_cursor_until_exhausted_without_repeats()
    {
        var client = await factory.ClientAsync();
        var seen = new List<string>();
        string? after = null;
        int? total = null;
        for (var page = 0; page < 10; page++)
        {
            var response = (await client.PostGraphQLAsync("""
                query($after: String) { relations(first: 3, after: $after) {
                  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }
                """, new { after })).AssertNoErrors();
            var connection = response.Data!["relations"]!;
            total ??= connection["totalCount"]!.GetValue<int>();
            seen.AddRange(connection["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()));
            if (!connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>()) break;
            after = connection["pageInfo"]!["endCursor"]!.GetValue<string>();
        }
        // Nine fixture relations, one PLANNED: the default statuses (ASSERTED, ALLEGED) keep eight.
        Assert.Equal(8, total);
        Assert.Equal(8, seen.Count);
        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task A_cursor_the_api_did_not_issue_is_a_clear_error()
    {
        var client = await factory.ClientAsync();
        var response = await client.PostGraphQLAsync("{ relations(first: 2, after: \"garbage\") { totalCount } }");
        Assert.Equal("INVALID_CURSOR", response.FirstErrorCode);
    }

    [Fact]
    public async Task Negative_page_size_is_an_error_naming_first()
    {
        var client = await factory.ClientAsync();
        var response = await client.PostGraphQLAsync("{ actors(first: -1) { totalCount } }");
        Assert.Contains("'first'", response.FirstErrorMessage);
    }

    [Fact]
    public async Task Actor_lookup_search_degree_and_own_relations()
    {
        var client = await factory.ClientAsync();
        var response = (await client.PostGraphQLAsync("""
            {
              kim: actor(id: "kim-jong-un") { name kind degree }
              nobody: actor(id: "nobody") { id }
              search: actors(search: "SHOIGU") { nodes { id } }
              russia: actor(id: "russia") { relations(filter: { direction: OUT }) { totalCount } }
            }
            """)).AssertNoErrors();
        Assert.Equal("PERSON", response.Data!["kim"]!["kind"]!.GetValue<string>());
        Assert.Equal(2, response.Data["kim"]!["degree"]!.GetValue<int>());
        Assert.Null(response.Data["nobody"]);
        Assert.Contains("sergei-shoigu", response.Data["search"]!["nodes"].Strings("id"));
        Assert.Equal(3, response.Data["russia"]!["relations"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Relation_types_and_stats_describe_the_graph()
    {
        var client = await factory.ClientAsync();
        var response = (await client.PostGraphQLAsync("{ relationTypes { name symmetric } stats { relations documents relationsByType { type count } } }")).AssertNoErrors();
        var types = response.Data!["relationTypes"]!.AsArray();
        Assert.Contains(types, t => t!["name"]!.GetValue<string>() == "MET" && t["symmetric"]!.GetValue<bool>());
        Assert.Equal(9, response.Data["stats"]!["relations"]!.GetValue<int>());
    }
}
