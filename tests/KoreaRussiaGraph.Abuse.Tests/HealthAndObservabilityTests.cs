using System.Net;

namespace KoreaRussiaGraph.Abuse.Tests;

public sealed class HealthAndObservabilityTests(SmallGraphFactory factory) : IClassFixture<SmallGraphFactory>
{
    [Fact]
    public async Task Liveness_and_readiness_answer_once_the_store_is_loaded()
    {
        var client = await factory.ClientAsync();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        var ready = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("ready", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Metrics_are_served_in_Prometheus_format_with_the_API_meters()
    {
        var client = await factory.ClientAsync();
        await client.PostQueryAsync("{ " + string.Join(" ", Enumerable.Range(0, 600).Select(i => $"a{i}: stats {{ actors }}")) + " }");

        var text = await client.GetStringAsync("/metrics");

        Assert.Contains("krg_graphql_requests", text);
        Assert.Contains("outcome=\"ok\"", text);
        Assert.Contains("outcome=\"rejected\"", text);
        Assert.Contains("krg_graphql_query_cost", text);
        Assert.Contains("http_server_request_duration", text);
    }

    [Fact]
    public async Task A_sane_request_id_is_echoed_and_a_missing_one_is_made_up()
    {
        var client = await factory.ClientAsync();

        using var withId = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        withId.Headers.Add("X-Request-Id", "trace-123");
        var echoed = await client.SendAsync(withId);
        var madeUp = await client.GetAsync("/healthz");

        Assert.Equal("trace-123", echoed.Headers.GetValues("X-Request-Id").Single());
        Assert.False(string.IsNullOrWhiteSpace(madeUp.Headers.GetValues("X-Request-Id").Single()));
    }
}
