using KoreaRussiaGraph.Core.Ports;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KoreaRussiaGraph.Abuse.Tests;

/// <summary>The real host on a fresh store in a temp folder, with no seeds: the graph is whatever a test writes.</summary>
public class AbuseFactory : WebApplicationFactory<Program>
{
    private readonly string _root = Directory.CreateTempSubdirectory("krg-abuse-").FullName;

    protected virtual IEnumerable<KeyValuePair<string, string>> Settings => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Store:Kind", "embedded");
        builder.UseSetting("Store:Path", Path.Combine(_root, "graph.db"));
        builder.UseSetting("Seeds:Path", Directory.CreateDirectory(Path.Combine(_root, "no-seeds")).FullName);
        builder.UseSetting("Ingestion:InboxPath", Path.Combine(_root, "inbox"));
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    public IGraphStore Store => Services.GetRequiredService<IGraphStore>();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}

/// <summary>A small graph that the README's queries run against.</summary>
public sealed class SmallGraphFactory : AbuseFactory
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _ready;

    public async Task<HttpClient> ClientAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (!_ready) await SyntheticGraphs.WriteSmallAsync(Store);
            _ready = true;
        }
        finally { _gate.Release(); }
        var client = CreateClient();
        await client.AssertNormalQuerySucceedsAsync(); // warms the schema up, so timings measure the guards, not JIT
        return client;
    }
}

/// <summary>A complete graph of a few hundred actors: every pair related, the worst case for path search.</summary>
public sealed class DenseGraphFactory : AbuseFactory
{
    public const int Actors = 300;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _ready;

    public async Task<HttpClient> ClientAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (!_ready) await SyntheticGraphs.WriteCompleteAsync(Store, Actors);
            _ready = true;
        }
        finally { _gate.Release(); }
        var client = CreateClient();
        await client.AssertNormalQuerySucceedsAsync();
        return client;
    }
}

/// <summary>A host whose rate limit a test can exhaust in a few requests.</summary>
public sealed class LowRateLimitFactory : AbuseFactory
{
    public const int Burst = 5;

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("RateLimiting:Enabled", "true"),
        new("RateLimiting:BurstLimit", Burst.ToString()),
        new("RateLimiting:RequestsPerSecond", "1"),
    ];
}
