using KoreaRussiaGraph.Testing;

namespace KoreaRussiaGraph.Abuse.Tests;

/// <summary>A small graph that the README's queries run against.</summary>
public sealed class SmallGraphFactory : SmallGraphFactoryBase;

/// <summary>The small graph's host, for fixtures that add to its configuration.</summary>
public class SmallGraphFactoryBase : TempStoreHostFactory
{
    public async Task<HttpClient> ClientAsync()
    {
        await WriteOnceAsync(SyntheticGraphs.WriteSmallAsync);
        var client = CreateClient();
        await client.AssertNormalQuerySucceedsAsync(); // warms the schema up, so timings measure the guards, not JIT
        return client;
    }
}

/// <summary>A complete graph of a few hundred actors: every pair related, the worst case for path search.</summary>
public sealed class DenseGraphFactory : TempStoreHostFactory
{
    public const int Actors = 300;

    public async Task<HttpClient> ClientAsync()
    {
        await WriteOnceAsync(store => SyntheticGraphs.WriteCompleteAsync(store, Actors));
        var client = CreateClient();
        await client.AssertNormalQuerySucceedsAsync();
        return client;
    }
}

/// <summary>A host whose rate limit a test can exhaust in a few requests.</summary>
public sealed class LowRateLimitFactory : TempStoreHostFactory
{
    public const int Burst = 5;

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("RateLimiting:Enabled", "true"),
        new("RateLimiting:BurstLimit", Burst.ToString()),
        new("RateLimiting:RequestsPerSecond", "1"),
    ];
}
