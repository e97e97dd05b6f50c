using System.Net;
using System.Text.Json.Nodes;

namespace KoreaRussiaGraph.Abuse.Tests;

/// <summary>Issue 14, item 3: small inputs that used to buy unbounded work are refused by the bound they break, or capped.</summary>
public sealed class InputBoundsTests(SmallGraphFactory small, DenseGraphFactory dense) : IClassFixture<SmallGraphFactory>, IClassFixture<DenseGraphFactory>
{
    private const string NeighbourhoodOf = "query($a: ID!) { neighbourhood(actor: $a) { truncated nodes { hops } } }";

    [Fact]
    public async Task A_five_megabyte_actor_id_in_the_variables_is_refused_before_any_search()
    {
        var client = await small.ClientAsync();

        var answer = await client.PostQueryAsync(NeighbourhoodOf, new { a = new string('k', 5_000_000) });

        answer.AssertRejected("VARIABLES_TOO_LARGE", HttpStatusCode.BadRequest);
        Assert.Equal(100_000, answer.Errors![0]!["extensions"]!["maxVariablesLength"]!.GetValue<int>());
        await client.AssertNormalQuerySucceedsAsync();
    }

    [Fact]
    public async Task An_actor_id_longer_than_any_id_can_be_is_refused_with_BOUND_EXCEEDED_as_variable_or_literal()
    {
        var client = await small.ClientAsync();
        var id = new string('k', 50_000);

        var asVariable = await client.PostQueryAsync(NeighbourhoodOf, new { a = id });
        var asLiteral = await client.PostQueryAsync($"{{ actor(id: \"{new string('k', 300)}\") {{ id }} }}");

        asVariable.AssertRejected("BOUND_EXCEEDED", HttpStatusCode.BadRequest);
        Assert.Equal("actor", asVariable.Errors![0]!["extensions"]!["bound"]!.GetValue<string>());
        asLiteral.AssertRejected("BOUND_EXCEEDED", HttpStatusCode.BadRequest);
        Assert.Equal(256, asLiteral.Errors![0]!["extensions"]!["max"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_long_search_string_is_refused_but_an_ordinary_unknown_id_still_gets_suggestions()
    {
        var client = await small.ClientAsync();

        var search = await client.PostQueryAsync("query($s: String) { actors(search: $s) { totalCount } }", new { s = new string('x', 5_000) });
        var unknown = await client.PostQueryAsync(NeighbourhoodOf, new { a = "actor-00" });

        search.AssertRejected("BOUND_EXCEEDED", HttpStatusCode.BadRequest);
        Assert.Equal("UNKNOWN_ACTOR", unknown.FirstCode);
        Assert.NotEmpty(unknown.Errors![0]!["extensions"]!["closest"]!.AsArray());
    }

    [Fact]
    public async Task A_neighbourhood_returns_at_most_maxEdges_relations_and_says_it_was_truncated()
    {
        var client = await dense.ClientAsync();
        const string query = "query($a: ID!, $m: Int) { neighbourhood(actor: $a, limit: 100, maxEdges: $m) { truncated nodes { hops } edges { id } } }";

        var capped = await client.PostQueryAsync(query, new { a = SyntheticGraphs.ActorId(0), m = 300 });
        var byDefault = await client.PostQueryAsync(query.Replace(", $m: Int", "").Replace(", maxEdges: $m", ""), new { a = SyntheticGraphs.ActorId(0) });

        capped.AssertOk();
        // 100 actors of a complete graph are joined by 4,950 relations
        Assert.Equal(300, capped.Data!["neighbourhood"]!["edges"]!.AsArray().Count);
        Assert.True(capped.Data!["neighbourhood"]!["truncated"]!.GetValue<bool>());
        Assert.Equal(100, capped.Data!["neighbourhood"]!["nodes"]!.AsArray().Count);
        byDefault.AssertOk();
        Assert.Equal(500, byDefault.Data!["neighbourhood"]!["edges"]!.AsArray().Count);
    }

    [Fact]
    public async Task MaxEdges_past_its_bound_is_named_and_a_larger_maxEdges_costs_more()
    {
        var client = await small.ClientAsync();
        const string query = "query($a: ID!, $m: Int) { neighbourhood(actor: $a, maxEdges: $m) { edges { id citation { quote } } } }";

        var tooMany = await client.PostQueryAsync(query, new { a = SyntheticGraphs.ActorId(0), m = 10_001 });
        var cheap = await client.PostQueryAsync(query, new { a = SyntheticGraphs.ActorId(0), m = 10 }, Cost);
        var dear = await client.PostQueryAsync(query, new { a = SyntheticGraphs.ActorId(0), m = 5_000 }, Cost);

        Assert.Equal("BOUND_EXCEEDED", tooMany.FirstCode);
        Assert.Contains("maxEdges", tooMany.FirstMessage);
        Assert.True(Estimated(dear) - Estimated(cheap) >= (5_000 - 10) * 3, $"cost {Estimated(cheap)} with maxEdges 10, {Estimated(dear)} with 5000");
    }

    private static void Cost(HttpRequestMessage request) => request.Headers.Add("X-Query-Cost", "true");

    private static double Estimated(Answer answer) => answer.Body["extensions"]!["cost"]!["estimated"]!.GetValue<double>();
}
