using System.Globalization;
using System.Threading.RateLimiting;
using KoreaRussiaGraph.GraphQL.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace KoreaRussiaGraph.Krg.Limits;

/// <summary>
/// A token bucket per client on the GraphQL endpoint (health, metrics and static files are not limited);
/// a refused request gets 429, Retry-After in whole seconds and a GraphQL-shaped error.
/// </summary>
public static class GraphQLRateLimiting
{
    public const string ErrorCode = "RATE_LIMITED";

    public static IServiceCollection AddGraphQLRateLimiting(this IServiceCollection services, RateLimitingOptions options)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                var graphQLPath = http.RequestServices.GetRequiredService<IOptions<GraphQLEndpointOptions>>().Value.Path;
                if (!http.Request.Path.StartsWithSegments(graphQLPath)) return RateLimitPartition.GetNoLimiter("unlimited");
                return RateLimitPartition.GetTokenBucketLimiter(ClientIdentity.Of(http), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = Math.Max(1, options.BurstLimit),
                    TokensPerPeriod = Math.Max(1, options.RequestsPerSecond),
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = Math.Max(0, options.QueueLimit),
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    AutoReplenishment = true,
                });
            });
            limiter.OnRejected = async (context, ct) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await GraphQLErrorResponse.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, ErrorCode,
                    $"Too many requests from this client; retry after {seconds} s (limit: {options.RequestsPerSecond} per second, bursts of {options.BurstLimit}).",
                    new Dictionary<string, object?> { ["retryAfterSeconds"] = seconds });
            };
        });
        return services;
    }
}
