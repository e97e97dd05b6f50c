using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.GraphQL.Cost;
using OpenTelemetry.Metrics;

namespace KoreaRussiaGraph.Krg.Health;

/// <summary>/healthz (the process answers), /readyz (the store answers and its index is loaded) and /metrics (Prometheus).</summary>
public static class HealthEndpoints
{
    private static readonly TimeSpan ReadinessTimeout = TimeSpan.FromSeconds(2);

    /// <summary>OpenTelemetry metrics: ASP.NET Core's HTTP instruments and the GraphQL API's own meter.</summary>
    public static IServiceCollection AddHealth(this IServiceCollection services, IConfiguration configuration)
    {
        if (!MetricsEnabled(configuration)) return services;
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddAspNetCoreInstrumentation()
            .AddMeter(GraphQLMetrics.MeterName)
            .AddView("krg.graphql.query.cost", new ExplicitBucketHistogramConfiguration
            {
                Boundaries = [10, 50, 100, 500, 1_000, 2_500, 5_000, 10_000, 20_000, 50_000, 100_000],
            })
            .AddPrometheusExporter());
        return services;
    }

    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapGet("/healthz", () => Results.Json(new { status = "alive" }));
        app.MapGet("/readyz", ReadyAsync);
        if (MetricsEnabled(app.Configuration)) app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }

    private static async Task<IResult> ReadyAsync(IGraphStore store, CancellationToken aborted)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        timeout.CancelAfter(ReadinessTimeout);
        string? problem;
        try
        {
            problem = await store.IsReadyAsync(timeout.Token) ? null : "the store has not finished loading (migrations, index)";
        }
        catch (Exception e) when (e is not OperationCanceledException || !aborted.IsCancellationRequested)
        {
            problem = $"the store does not answer: {e.Message}";
        }
        return problem is null
            ? Results.Json(new { status = "ready" })
            : Results.Json(new { status = "not ready", reason = problem }, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private static bool MetricsEnabled(IConfiguration configuration) => configuration.GetValue("Metrics:Enabled", true);
}
