using System.Text.Json.Nodes;

namespace KoreaRussiaGraph.Abuse.Tests;

/// <summary>The limits' defaults must let every ordinary query through; the cost is reported when asked for.</summary>
public sealed class NormalQueryTests(SmallGraphFactory factory) : IClassFixture<SmallGraphFactory>
{
    private static readonly string A0 = SyntheticGraphs.ActorId(0), A4 = SyntheticGraphs.ActorId(4);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Neighbourhood_with_edges_and_citations_passes_at_every_depth(int depth)
    {
        var client = await factory.ClientAsync();
        var answer = (await client.PostQueryAsync(Queries.Neighbourhood, new { actor = A0, depth })).AssertOk();
        Assert.NotEmpty(answer.Data!["neighbourhood"]!["edges"]!.AsArray());
    }

    [Theory]
    [InlineData(4, 3)]
    [InlineData(6, 3)]
    public async Task Paths_with_hops_relations_and_citations_pass(int maxHops, int k)
    {
        var client = await factory.ClientAsync();
        var answer = (await client.PostQueryAsync(Queries.Paths, new { from = A0, to = A4, maxHops, k })).AssertOk();
        Assert.NotEmpty(answer.Data!["paths"]!.AsArray());
    }

    [Fact]
    public async Task A_page_of_a_hundred_filtered_relations_passes()
    {
        var client = await factory.ClientAsync();
        var filter = new { types = new[] { "SUPPLIED", "VISITED" }, from = "2022" };
        var answer = (await client.PostQueryAsync(Queries.Relations, new { filter, first = 100 })).AssertOk();
        Assert.Equal(3, answer.Data!["relations"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task GraphiQL_introspection_passes()
    {
        var client = await factory.ClientAsync();
        var answer = (await client.PostQueryAsync(Queries.Introspection)).AssertOk();
        Assert.NotEmpty(answer.Data!["__schema"]!["types"]!.AsArray());
    }

    [Fact]
    public async Task The_cost_is_reported_in_extensions_only_when_asked_for()
    {
        var client = await factory.ClientAsync();

        var asked = (await client.PostQueryAsync(Queries.Neighbourhood, new { actor = A0, depth = 2 },
            request => request.Headers.Add("X-Query-Cost", "true"))).AssertOk();
        var notAsked = (await client.PostQueryAsync(Queries.Neighbourhood, new { actor = A0, depth = 2 })).AssertOk();

        var cost = asked.Body["extensions"]?["cost"] as JsonObject;
        Assert.NotNull(cost);
        Assert.InRange(cost["estimated"]!.GetValue<double>(), 1, cost["maximum"]!.GetValue<int>());
        Assert.True(cost["depth"]!.GetValue<int>() >= 4);
        Assert.Null(notAsked.Body["extensions"]?["cost"]);
    }

    [Fact]
    public async Task A_costlier_selection_reports_a_higher_cost()
    {
        var client = await factory.ClientAsync();
        static void Ask(HttpRequestMessage request) => request.Headers.Add("X-Query-Cost", "true");

        var small = await client.PostQueryAsync("query($a: ID!) { neighbourhood(actor: $a, depth: 1, limit: 10) { nodes { hops } } }", new { a = A0 }, Ask);
        var large = await client.PostQueryAsync("query($a: ID!) { neighbourhood(actor: $a, depth: 3, limit: 100) { nodes { hops } } }", new { a = A0 }, Ask);

        Assert.True(large.AssertOk().Body["extensions"]!["cost"]!["estimated"]!.GetValue<double>()
                    > small.AssertOk().Body["extensions"]!["cost"]!["estimated"]!.GetValue<double>());
    }
}
