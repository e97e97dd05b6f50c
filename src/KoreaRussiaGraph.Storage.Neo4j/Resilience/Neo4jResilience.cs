using KoreaRussiaGraph.Storage.Neo4j.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace KoreaRussiaGraph.Storage.Neo4j.Resilience;

/// <summary>
/// Two Polly pipelines. Every HTTP call passes a circuit breaker and a per-call timeout; every unit of work
/// (one implicit query, or one whole explicit transaction) is retried with exponential backoff and jitter when
/// it failed transiently. Retrying the unit rather than the call matters: a transaction whose call failed is
/// gone on the server, so only starting it again is sound.
/// </summary>
public sealed class Neo4jResilience
{
    private readonly Neo4jOptions _options;
    private readonly ResiliencePipeline _unit;
    private readonly ResiliencePipeline _call;

    public Neo4jResilience(Neo4jOptions options, ILogger? logger = null, TimeProvider? time = null)
    {
        _options = options;
        logger ??= NullLogger.Instance;

        var unit = new ResiliencePipelineBuilder();
        if (time is not null) unit.TimeProvider = time;
        if (options.RetryCount > 0)
            unit.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
                MaxRetryAttempts = options.RetryCount,
                Delay = options.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = args =>
                {
                    logger.LogWarning("Neo4j call failed transiently ({Error}); retry {Attempt} of {Max} in {Delay}",
                        args.Outcome.Exception?.Message, args.AttemptNumber + 1, options.RetryCount, args.RetryDelay);
                    return default;
                },
            });
        _unit = unit.Build();

        var call = new ResiliencePipelineBuilder();
        if (time is not null) call.TimeProvider = time;
        call.AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakerBreakDuration,
                OnOpened = args =>
                {
                    logger.LogError("Neo4j circuit opened for {Duration} after repeated failures: {Error}",
                        args.BreakDuration, args.Outcome.Exception?.Message);
                    return default;
                },
            })
            .AddTimeout(options.CallTimeout);
        _call = call.Build();
    }

    /// <summary>Failures worth another attempt: the network, a per-call timeout, 502/503/504 and Neo.TransientError.*.</summary>
    public static bool IsTransient(Exception ex) => ex switch
    {
        Neo4jAuthenticationException => false,
        Neo4jException n => n.IsTransient,
        HttpRequestException => true,
        TimeoutRejectedException => true,
        _ => false,
    };

    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> unit, CancellationToken ct)
    {
        try
        {
            return await _unit.ExecuteAsync(async token => await unit(token), ct);
        }
        catch (Exception ex) when (Unreachable(ex) is { } message)
        {
            throw new Neo4jUnavailableException(message, ex);
        }
    }

    internal async Task<T> ExecuteCallAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken ct) =>
        await _call.ExecuteAsync(async token => await call(token), ct);

    // Turns low-level failures into a message that says where Neo4j was expected and what to check.
    private string? Unreachable(Exception ex) => ex switch
    {
        BrokenCircuitException => $"Neo4j at {_options.BaseUri} failed repeatedly; the circuit is open and calls fail fast for up to {_options.BreakerBreakDuration.TotalSeconds:0.#} s ({ex.Message}).",
        HttpRequestException h => $"Neo4j is unreachable at {_options.BaseUri} (database '{_options.Database}') after {_options.RetryCount + 1} attempt(s): {h.Message}. Check Store:Neo4j:Uri and that the server is running.",
        TimeoutRejectedException => $"Neo4j at {_options.BaseUri} did not answer within {_options.CallTimeout.TotalSeconds:0.#} s, {_options.RetryCount + 1} attempt(s).",
        _ => null,
    };
}
