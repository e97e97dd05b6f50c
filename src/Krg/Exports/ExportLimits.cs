using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using KoreaRussiaGraph.Krg.Limits;

namespace KoreaRussiaGraph.Krg.Exports;

/// <summary>Section <c>Export</c>: how many exports may run at once, and how often one client may start one.</summary>
public sealed class ExportLimitOptions
{
    /// <summary>Exports streaming at the same time, whoever asks; one more is refused at once (a whole-graph GEXF keeps a core busy).</summary>
    public int MaxConcurrent { get; set; } = 2;

    /// <summary>Exports one client may start per minute, sustained.</summary>
    public int RequestsPerMinute { get; set; } = 30;

    /// <summary>Exports one client may start at once after being idle.</summary>
    public int BurstLimit { get; set; } = 10;
}

/// <summary>
/// /export's own limits, apart from the GraphQL rate limit: 8 parallel whole-graph GEXF loops used to slow a trivial
/// query from 4 ms to 1,385 ms (issue 14). A per-client token bucket (loopback exempt when RateLimiting:ExemptLoopback
/// is on, as for /graphql) and a concurrency cap for everyone; a refusal is 429 with Retry-After.
/// </summary>
public sealed class ExportLimits(ExportLimitOptions options, bool exemptLoopback)
{
    public const string BusyCode = "EXPORT_BUSY", RateCode = "EXPORT_RATE_LIMITED";

    private readonly ConcurrencyLimiter _running = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = Math.Max(1, options.MaxConcurrent),
        QueueLimit = 0,
    });

    private readonly PartitionedRateLimiter<string> _perClient = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, options.BurstLimit),
            TokensPerPeriod = Math.Max(1, options.RequestsPerMinute),
            ReplenishmentPeriod = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    public static ExportLimits From(IConfiguration configuration) => new(
        configuration.GetSection("Export").Get<ExportLimitOptions>() ?? new ExportLimitOptions(),
        (configuration.GetSection("RateLimiting").Get<RateLimitingOptions>() ?? new RateLimitingOptions()).ExemptLoopback);

    /// <returns>A refusal to answer with, or null when the export may run (its permit is released when the response ends).</returns>
    public IResult? Admit(HttpContext http)
    {
        var address = http.Connection.RemoteIpAddress;
        if (!(exemptLoopback && address is not null && IPAddress.IsLoopback(address)))
        {
            using var rate = _perClient.AttemptAcquire(ClientIdentity.Of(http));
            if (!rate.IsAcquired)
                return Refuse(http, RateCode, rate, $"Too many exports from this client; at most {options.RequestsPerMinute} a minute (bursts of {options.BurstLimit}).");
        }
        var running = _running.AttemptAcquire();
        if (!running.IsAcquired)
        {
            running.Dispose();
            return Refuse(http, BusyCode, running, $"{options.MaxConcurrent} exports are already running; retry in a moment.");
        }
        http.Response.RegisterForDispose(running); // held while the file streams, released when the response is done
        return null;
    }

    private static IResult Refuse(HttpContext http, string code, RateLimitLease lease, string message)
    {
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Results.Json(new { error = message, code, details = new { retryAfterSeconds = seconds } }, statusCode: StatusCodes.Status429TooManyRequests);
    }
}
