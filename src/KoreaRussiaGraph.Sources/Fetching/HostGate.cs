using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace KoreaRussiaGraph.Sources.Fetching;

/// <summary>A response read to its end (or to the size limit) inside one attempt, so the timeout covers the body too.</summary>
internal sealed record BufferedResponse(HttpStatusCode Status, HttpResponseMessage Headers, byte[] Body, bool Oversized, long? DeclaredLength);

/// <summary>
/// Everything one host gets: at most <see cref="SourcesOptions.PerHostConcurrency"/> requests in flight, requests
/// started no faster than its rate (or its robots.txt Crawl-delay), and a Polly pipeline of retries with backoff
/// around a circuit breaker around a per-attempt timeout. A host that keeps failing opens its own circuit and
/// stops costing time; the other hosts are untouched.
/// </summary>
internal sealed class HostGate : IDisposable
{
    private readonly SemaphoreSlim _inFlight;
    private RateLimiter? _rate;
    private readonly ResiliencePipeline<BufferedResponse> _pipeline;

    public HostGate(string host, SourcesOptions options, ILogger logger, TimeProvider time)
    {
        _inFlight = new SemaphoreSlim(options.PerHostConcurrency, options.PerHostConcurrency);
        _rate = RateFor(options.PerHostRequestsPerSecond);
        var transient = new PredicateBuilder<BufferedResponse>()
            .Handle<HttpRequestException>()
            .Handle<IOException>() // the connection broke while the body was read
            .Handle<TimeoutRejectedException>()
            .HandleResult(r => IsTransientStatus(r.Status));
        var builder = new ResiliencePipelineBuilder<BufferedResponse> { TimeProvider = time };
        if (options.RetryCount > 0)
            builder.AddRetry(new RetryStrategyOptions<BufferedResponse>
            {
                ShouldHandle = transient,
                MaxRetryAttempts = options.RetryCount,
                Delay = TimeSpan.FromMilliseconds(options.RetryBaseDelayMilliseconds),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                // A server that says when to come back (429, 503 with Retry-After) is believed, within reason.
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result)),
                OnRetry = args =>
                {
                    logger.LogInformation("{Host}: attempt {Attempt} failed ({Why}); retrying in {Delay}", host, args.AttemptNumber + 1,
                        args.Outcome.Exception?.Message ?? ((int?)args.Outcome.Result?.Status)?.ToString(), args.RetryDelay);
                    args.Outcome.Result?.Headers.Dispose();
                    return default;
                },
            });
        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<BufferedResponse>
            {
                ShouldHandle = transient,
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = TimeSpan.FromSeconds(options.BreakerSamplingSeconds),
                BreakDuration = TimeSpan.FromSeconds(options.BreakerBreakSeconds),
                OnOpened = args =>
                {
                    logger.LogWarning("{Host}: circuit opened for {Duration} after repeated failures", host, args.BreakDuration);
                    return default;
                },
            })
            .AddTimeout(TimeSpan.FromSeconds(options.TimeoutSeconds));
        _pipeline = builder.Build();
    }

    private TimeSpan _crawlDelay;

    /// <summary>Slows the host down to its robots.txt Crawl-delay when that is slower than the configured rate.</summary>
    public void HonourCrawlDelay(TimeSpan delay, double configuredPerSecond)
    {
        if (delay <= TimeSpan.Zero || delay == _crawlDelay) return;
        var perSecond = 1 / delay.TotalSeconds;
        if (configuredPerSecond > 0 && configuredPerSecond <= perSecond) return;
        _crawlDelay = delay;
        // The old limiter is left to the collector, not disposed: requests may be queued on it right now.
        Volatile.Write(ref _rate, RateFor(perSecond));
    }

    public ValueTask<BufferedResponse> SendAsync(Func<CancellationToken, Task<BufferedResponse>> attempt, CancellationToken ct) =>
        _pipeline.ExecuteAsync(async token =>
        {
            await _inFlight.WaitAsync(token);
            try
            {
                if (Volatile.Read(ref _rate) is { } rate)
                    using (await rate.AcquireAsync(1, token)) { }
                return await attempt(token);
            }
            finally { _inFlight.Release(); }
        }, ct);

    public static bool IsTransientStatus(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)status >= 500;

    private static TimeSpan? RetryAfter(BufferedResponse? response)
    {
        var header = response?.Headers.Headers.RetryAfter;
        var delay = header?.Delta ?? (header?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        return delay is { } d && d > TimeSpan.Zero ? TimeSpan.FromSeconds(Math.Min(d.TotalSeconds, 30)) : null;
    }

    private static RateLimiter? RateFor(double perSecond) => perSecond <= 0 ? null : new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
    {
        TokenLimit = 1,
        TokensPerPeriod = 1,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1 / perSecond),
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    });

    public void Dispose()
    {
        _rate?.Dispose();
        _inFlight.Dispose();
    }
}
