using System.Net;

namespace KoreaRussiaGraph.Abuse.Tests;

public sealed class RateLimitTests
{
    [Fact]
    public async Task A_flood_above_the_limit_gets_429_with_Retry_After_and_the_client_recovers()
    {
        await using var factory = new LowRateLimitFactory();
        var client = factory.CreateClient();

        var answers = new List<Answer>();
        for (var i = 0; i < LowRateLimitFactory.Burst * 4; i++) answers.Add(await client.PostQueryAsync(Http.NormalQuery));

        var refused = answers.Where(a => a.Status == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(refused);
        Assert.True(answers.Count(a => a.Status == HttpStatusCode.OK) >= LowRateLimitFactory.Burst);
        foreach (var answer in refused)
        {
            answer.AssertRejected("RATE_LIMITED", HttpStatusCode.TooManyRequests);
            Assert.True(answer.Response.Headers.RetryAfter?.Delta is { TotalSeconds: >= 1 }, "Retry-After in seconds");
        }

        var wait = refused[^1].Response.Headers.RetryAfter!.Delta!.Value;
        await Task.Delay(wait + TimeSpan.FromMilliseconds(200));
        await client.AssertNormalQuerySucceedsAsync();
    }

    [Fact]
    public async Task Health_endpoints_are_not_rate_limited()
    {
        await using var factory = new LowRateLimitFactory();
        var client = factory.CreateClient();

        for (var i = 0; i < LowRateLimitFactory.Burst * 4; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }
}
