using KoreaRussiaGraph.Testing;
using System.Net;

namespace KoreaRussiaGraph.Abuse.Tests;

/// <summary>
/// The worst case for graph queries: a complete graph of a few hundred actors. Whatever the selection, a
/// maximal path query is either refused by its cost, stopped by the work budget or the timeout, or answered — always within a second.
/// </summary>
public sealed class DenseGraphAbuseTests(DenseGraphFactory factory) : IClassFixture<DenseGraphFactory>
{
    private static readonly string From = SyntheticGraphs.ActorId(0), To = SyntheticGraphs.ActorId(DenseGraphFactory.Actors - 1);
    private static readonly string[] NamedRefusals = ["QUERY_COST_EXCEEDED", "WORK_BUDGET_EXCEEDED", "TIMEOUT", "CANCELLED"];

    [Fact]
    public async Task Ten_six_hop_paths_with_their_evidence_are_refused_by_cost()
    {
        var client = await factory.ClientAsync();

        var answer = await client.PostQueryAsync(Queries.Paths, new { from = From, to = To, maxHops = 6, k = 10 });

        answer.AssertRejected("QUERY_COST_EXCEEDED", HttpStatusCode.BadRequest);
        await client.AssertNormalQuerySucceedsAsync();
    }

    [Fact]
    public async Task Ten_six_hop_paths_with_a_small_selection_are_bounded_by_budget_or_answered()
    {
        var client = await factory.ClientAsync();

        var answer = await client.PostQueryAsync(Queries.PathLengthsOnly, new { from = From, to = To, maxHops = 6, k = 10 });

        Assert.True(answer.Elapsed < Http.RejectionBound, $"took {answer.Elapsed.TotalMilliseconds:F0} ms");
        if (answer.Errors is { Count: > 0 }) Assert.Contains(answer.FirstCode, NamedRefusals);
        else Assert.Equal(10, answer.Data!["paths"]!.AsArray().Count);
        await client.AssertNormalQuerySucceedsAsync();
    }

    [Fact]
    public async Task A_tight_work_budget_stops_the_search_with_a_named_error()
    {
        await using var tight = new TightBudgetDenseFactory();
        var client = await tight.ClientAsync();

        var answer = await client.PostQueryAsync(Queries.PathLengthsOnly, new { from = From, to = To, maxHops = 6, k = 10 });

        Assert.True(answer.Elapsed < Http.RejectionBound, $"took {answer.Elapsed.TotalMilliseconds:F0} ms");
        Assert.Equal("WORK_BUDGET_EXCEEDED", answer.FirstCode);
        await client.AssertNormalQuerySucceedsAsync();
    }

    [Fact]
    public async Task A_whole_graph_neighbourhood_with_every_edge_is_refused_by_cost()
    {
        var client = await factory.ClientAsync();

        var answer = await client.PostQueryAsync(
            "query($a: ID!) { neighbourhood(actor: $a, depth: 3, limit: 2000) { nodes { hops actor { id name } } edges { ...RelationView } } }" + Queries.RelationView,
            new { a = From });

        answer.AssertRejected("QUERY_COST_EXCEEDED", HttpStatusCode.BadRequest);
        await client.AssertNormalQuerySucceedsAsync();
    }
}

/// <summary>The dense graph with a path budget small enough that any search beyond the first hop runs out.</summary>
public sealed class TightBudgetDenseFactory : TempStoreHostFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("GraphQL:PathWorkBudget", "5")];

    public async Task<HttpClient> ClientAsync()
    {
        await WriteOnceAsync(store => SyntheticGraphs.WriteCompleteAsync(store, DenseGraphFactory.Actors));
        var client = CreateClient();
        await client.AssertNormalQuerySucceedsAsync();
        return client;
    }
}
