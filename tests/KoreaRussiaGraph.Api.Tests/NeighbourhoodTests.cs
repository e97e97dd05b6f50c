using System.Text.Json.Nodes;

namespace KoreaRussiaGraph.Api.Tests;

public sealed class NeighbourhoodTests(FixtureApiFactory factory) : IClassFixture<FixtureApiFactory>
{
    private const string Query = """
        query($actor: ID!, $depth: Int, $limit: Int, $filter: RelationFilter) {
          neighbourhood(actor: $actor, depth: $depth, limit: $limit, filter: $filter) {
            truncated
            nodes { hops actor { id } }
            edges { id type date status source { id } target { id } citation { quote rule document { id } } }
          }
        }
        """;

    private async Task<JsonNode> Neighbourhood(object variables)
    {
        var client = await factory.ClientAsync();
        var response = (await client.PostGraphQLAsync(Query, variables)).AssertNoErrors();
        return response.Data!["neighbourhood"]!;
    }

    private static Dictionary<string, int> Hops(JsonNode subgraph) =>
        subgraph["nodes"]!.AsArray().ToDictionary(n => n!["actor"]!["id"]!.GetValue<string>(), n => n!["hops"]!.GetValue<int>());

    private static string[] EdgeKeys(JsonNode subgraph) => subgraph["edges"]!.AsArray()
        .Select(e => $"{e!["source"]!["id"]} {e["type"]} {e["target"]!["id"]}").Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task Depth_one_returns_direct_partners_and_the_edges_among_them()
    {
        var subgraph = await Neighbourhood(new { actor = "kim-jong-un" });
        Assert.Equal(new Dictionary<string, int> { ["kim-jong-un"] = 0, ["vladimir-putin"] = 1, ["sergei-shoigu"] = 1 }, Hops(subgraph));
        Assert.Equal(["kim-jong-un MET sergei-shoigu", "kim-jong-un MET vladimir-putin"], EdgeKeys(subgraph));
        Assert.False(subgraph["truncated"]!.GetValue<bool>());
        Assert.All(subgraph["edges"]!.AsArray(), e => Assert.Equal("fixture-doc", e!["citation"]!["document"]!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Depth_two_adds_the_next_ring_and_returns_the_induced_subgraph()
    {
        var subgraph = await Neighbourhood(new { actor = "kim-jong-un", depth = 2 });
        Assert.Equal(2, Hops(subgraph)["north-korea"]);
        Assert.Equal(4, Hops(subgraph).Count);
        Assert.Equal(
            ["kim-jong-un MET sergei-shoigu", "kim-jong-un MET vladimir-putin", "sergei-shoigu VISITED north-korea", "vladimir-putin VISITED north-korea"],
            EdgeKeys(subgraph));
    }

    [Fact]
    public async Task Limit_keeps_the_nearest_breaking_ties_by_degree_then_id_and_says_it_truncated()
    {
        // putin and shoigu both have degree 2; the tie goes to the smaller id.
        var subgraph = await Neighbourhood(new { actor = "kim-jong-un", limit = 2 });
        Assert.Equal(new Dictionary<string, int> { ["kim-jong-un"] = 0, ["sergei-shoigu"] = 1 }, Hops(subgraph));
        Assert.True(subgraph["truncated"]!.GetValue<bool>());
        Assert.Equal(["kim-jong-un MET sergei-shoigu"], EdgeKeys(subgraph));
    }

    [Fact]
    public async Task Type_filter_limits_what_the_walk_may_cross()
    {
        var subgraph = await Neighbourhood(new { actor = "kim-jong-un", depth = 2, filter = new { types = new[] { "MET" } } });
        Assert.Equal(["kim-jong-un", "sergei-shoigu", "vladimir-putin"], Hops(subgraph).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Planned_relations_are_left_out_unless_asked_for()
    {
        var byDefault = await Neighbourhood(new { actor = "china" });
        Assert.Equal(["china"], Hops(byDefault).Keys);
        var planned = await Neighbourhood(new { actor = "china", filter = new { statuses = new[] { "PLANNED" } } });
        Assert.Equal(["china SUPPLIED north-korea"], EdgeKeys(planned));
    }

    [Fact]
    public async Task Date_filter_overlaps_partial_dates_and_drops_undated_unless_included()
    {
        var dated = await Neighbourhood(new { actor = "russia", filter = new { from = "2020" } });
        Assert.Equal(["russia SUPPLIED north-korea"], EdgeKeys(dated));

        var withUndated = await Neighbourhood(new { actor = "russia", filter = new { from = "2020", includeUndated = true } });
        Assert.Equal(["russia SUPPLIED north-korea", "russia VETOED unsc"], EdgeKeys(withUndated));

        // A month-precise relation (2023-07) overlaps a day inside that month.
        var oneDay = await Neighbourhood(new { actor = "north-korea", filter = new { from = "2023-07-15", to = "2023-07-15" } });
        Assert.Equal(["sergei-shoigu VISITED north-korea"], EdgeKeys(oneDay));
    }

    [Fact]
    public async Task Direction_is_relative_to_the_walk_and_symmetric_types_cross_both_ways()
    {
        var outgoing = await Neighbourhood(new { actor = "russia", filter = new { direction = "OUT" } });
        Assert.Equal(["north-korea", "russia", "unsc"], Hops(outgoing).Keys.Order(StringComparer.Ordinal));
        var incoming = await Neighbourhood(new { actor = "russia", filter = new { direction = "IN" } });
        Assert.Equal(["russia"], Hops(incoming).Keys);
        var symmetric = await Neighbourhood(new { actor = "kim-jong-un", filter = new { direction = "IN" } });
        Assert.Equal(3, Hops(symmetric).Count);
    }

    [Fact]
    public async Task Unknown_actor_is_an_error_naming_the_closest_ids()
    {
        var client = await factory.ClientAsync();
        var response = await client.PostGraphQLAsync(Query, new { actor = "kim" });
        Assert.Equal("UNKNOWN_ACTOR", response.FirstErrorCode);
        Assert.Contains("'kim'", response.FirstErrorMessage);
        Assert.Contains("kim-jong-un", response.FirstErrorMessage);
    }

    [Theory]
    [InlineData("depth", 9)]
    [InlineData("depth", 0)]
    [InlineData("limit", 5000)]
    public async Task Bounds_are_errors_naming_the_bound_not_silently_clamped(string bound, int value)
    {
        var client = await factory.ClientAsync();
        var variables = new Dictionary<string, object> { ["actor"] = "kim-jong-un", [bound] = value };
        var response = await client.PostGraphQLAsync(Query, variables);
        Assert.Equal("BOUND_EXCEEDED", response.FirstErrorCode);
        Assert.Contains($"'{bound}'", response.FirstErrorMessage);
        Assert.Null(response.Data?["neighbourhood"]);
    }
}
