using System.Net;
using KoreaRussiaGraph.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace KoreaRussiaGraph.Abuse.Tests;

/// <summary>
/// A host whose rate limit a test exhausts in a few requests, where the test chooses the client's address with the
/// X-Test-Remote-Ip header (the test server has no sockets, so no address of its own).
/// </summary>
public class AddressedLowRateLimitFactory(bool exemptLoopback) : TempStoreHostFactory
{
    public const int Burst = 5;
    public const string Key = "writer-key-14";

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("RateLimiting:Enabled", "true"),
        new("RateLimiting:BurstLimit", Burst.ToString()),
        new("RateLimiting:RequestsPerSecond", "1"),
        new("RateLimiting:KeyedBurstLimit", Burst.ToString()),
        new("RateLimiting:KeyedRequestsPerSecond", "1"),
        new("RateLimiting:ExemptLoopback", exemptLoopback.ToString()),
        new("Api:Key", Key),
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, RemoteAddressFromHeader>());
    }

    private sealed class RemoteAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (HttpContext http, RequestDelegate inner) =>
            {
                if (IPAddress.TryParse(http.Request.Headers["X-Test-Remote-Ip"].ToString(), out var address)) http.Connection.RemoteIpAddress = address;
                await inner(http);
            });
            next(app);
        };
    }
}

public sealed class ExemptLoopbackFactory() : AddressedLowRateLimitFactory(exemptLoopback: true);

public sealed class LimitedLoopbackFactory() : AddressedLowRateLimitFactory(exemptLoopback: false);

/// <summary>Issue 14, item 7: loopback is not rate limited by default (configurable), and writers have a bucket of their own.</summary>
public sealed class RateLimitBucketTests(ExemptLoopbackFactory exempt, LimitedLoopbackFactory limited)
    : IClassFixture<ExemptLoopbackFactory>, IClassFixture<LimitedLoopbackFactory>
{
    private const string Ingest = """mutation { ingestDocument(input: { id: "writer-doc", text: "Russia supplied oil to North Korea in 2019." }) { status } }""";

    private static Task<Answer> SendAsync(HttpClient client, string query, string address, string? key = null) =>
        client.PostQueryAsync(query, configure: request =>
        {
            request.Headers.Add("X-Test-Remote-Ip", address);
            if (key is not null) request.Headers.Add("X-Api-Key", key);
        });

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    public async Task Scripts_on_the_machine_itself_are_not_limited_by_default(string loopback)
    {
        var client = exempt.CreateClient();
        for (var i = 0; i < AddressedLowRateLimitFactory.Burst * 4; i++)
            Assert.Equal(HttpStatusCode.OK, (await SendAsync(client, Http.NormalQuery, loopback)).Status);
    }

    [Fact]
    public async Task Loopback_is_limited_when_the_exemption_is_turned_off_and_remote_clients_always_are()
    {
        var statuses = new List<HttpStatusCode>();
        var client = limited.CreateClient();
        for (var i = 0; i < AddressedLowRateLimitFactory.Burst * 4; i++) statuses.Add((await SendAsync(client, Http.NormalQuery, "127.0.0.1")).Status);
        var remote = new List<HttpStatusCode>();
        var other = exempt.CreateClient();
        for (var i = 0; i < AddressedLowRateLimitFactory.Burst * 4; i++) remote.Add((await SendAsync(other, Http.NormalQuery, "203.0.113.7")).Status);

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Contains(HttpStatusCode.TooManyRequests, remote);
    }

    [Fact]
    public async Task A_client_whose_reads_used_up_its_bucket_can_still_write_with_the_key()
    {
        var client = exempt.CreateClient();
        const string address = "198.51.100.14";
        Answer last;
        var sent = 0;
        do last = await SendAsync(client, Http.NormalQuery, address);
        while (last.Status != HttpStatusCode.TooManyRequests && ++sent < 100);
        Assert.Equal(HttpStatusCode.TooManyRequests, last.Status);

        var wrongKey = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++) wrongKey.Add((await SendAsync(client, Ingest, address, "made-up-key")).Status);
        var write = await SendAsync(client, Ingest, address, AddressedLowRateLimitFactory.Key);

        // A made-up key buys no fresh bucket: at one token a second, three quick requests cannot all pass.
        Assert.Contains(HttpStatusCode.TooManyRequests, wrongKey);
        write.AssertOk();
        Assert.Equal("INGESTED", write.Data!["ingestDocument"]!["status"]!.GetValue<string>());
    }
}
