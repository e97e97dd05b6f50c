using System.Diagnostics.Metrics;
using GraphQL;

namespace KoreaRussiaGraph.GraphQL.Cost;

/// <summary>
/// The API's own instruments, on a <see cref="Meter"/> any exporter can subscribe to by <see cref="MeterName"/>
/// (the host exposes them at /metrics in Prometheus format).
/// </summary>
public sealed class GraphQLMetrics : IDisposable
{
    public const string MeterName = "KoreaRussiaGraph.GraphQL";

    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _requests;
    private readonly Histogram<double> _cost;
    private readonly Counter<long> _cacheLookups;

    public GraphQLMetrics()
    {
        _requests = _meter.CreateCounter<long>("krg.graphql.requests", unit: "{request}",
            description: "GraphQL operations by outcome: ok, error (ran with errors), rejected (never ran), timeout.");
        _cost = _meter.CreateHistogram<double>("krg.graphql.query.cost", unit: "{cost}",
            description: "Estimated cost of each analysed operation, rejected ones included.");
        _cacheLookups = _meter.CreateCounter<long>("krg.graphql.response_cache.lookups", unit: "{lookup}",
            description: "Response cache lookups by result: hit (answer replayed) or miss (computed).");
    }

    public void Record(ExecutionResult result, QueryCost? cost)
    {
        _requests.Add(1, new KeyValuePair<string, object?>("outcome", OutcomeOf(result)));
        if (cost is not null) _cost.Record(cost.Cost);
    }

    /// <summary>A hit never reaches the executer, so it is counted here as the ok request it is, at the cost it was priced at.</summary>
    public void RecordCacheLookup(bool hit, double? cost)
    {
        _cacheLookups.Add(1, new KeyValuePair<string, object?>("result", hit ? "hit" : "miss"));
        if (!hit) return;
        _requests.Add(1, new KeyValuePair<string, object?>("outcome", "ok"));
        if (cost is not null) _cost.Record(cost.Value);
    }

    public static string OutcomeOf(ExecutionResult result)
    {
        var errors = result.Errors;
        if (errors is null || errors.Count == 0) return "ok";
        if (errors.Any(e => e.Code == "TIMEOUT" || e.Code == "CANCELLED")) return "timeout";
        return result.Executed ? "error" : "rejected";
    }

    public void Dispose() => _meter.Dispose();
}
