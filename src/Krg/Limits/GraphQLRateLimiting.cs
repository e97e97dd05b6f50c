using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using KoreaRussiaGraph.GraphQL.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace KoreaRussiaGraph.Krg.Limits;

/// <summary>
/// A token bucket per client on the GraphQL endpoint (health, metrics and static files are not limited), a separate
/// one per client for requests carrying the API key (mutations), none for loopback by default;
/// a refused request gets 429, Retry-After in whole seconds and a GraphQL-shaped error.
/// </summary>
public static class GraphQLRateLimiting
{
    public const string ErrorCode = "RATE_LIMITED";

    /// <param name="apiKey">The configured API key (Api:Key), or null when mutations are off.</param>
    public static IServiceCollection AddGraphQLRateLimiting(this IServiceCollection services, RateLimitingOptions options, string? apiKey = null)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                var graphQLPath = http.RequestServices.GetRequiredService<IOptions<GraphQLEndpointOptions>>().Value.Path;
                if (!http.Request.Path.StartsWithSegments(graphQLPath)) return RateLimitPartition.GetNoLimiter("unlimited");
                if (options.ExemptLoopback && http.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address))
                    return RateLimitPartition.GetNoLimiter("loopback");
                var client = ClientIdentity.Of(http);
                // Only a key that matches earns the writers' bucket; a made-up one stays in the client's own bucket.
                return CarriesApiKey(http, apiKey)
                    ? RateLimitPartition.GetTokenBucketLimiter("keyed:" + client, _ => Bucket(options.KeyedBurstLimit, options.KeyedRequestsPerSecond, options.QueueLimit))
                    : RateLimitPartition.GetTokenBucketLimiter(client, _ => Bucket(options.BurstLimit, options.RequestsPerSecond, options.QueueLimit));
            });
            limiter.OnRejected = async (context, ct) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                var (perSecond, burst) = CarriesApiKey(context.HttpContext, apiKey)
                    ? (options.KeyedRequestsPerSecond, options.KeyedBurstLimit)
                    : (options.RequestsPerSecond, options.BurstLimit);
                await GraphQLErrorResponse.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, ErrorCode,
                    $"Too many requests from this client; retry after {seconds} s (limit: {perSecond} per second, bursts of {burst}).",
                    new Dictionary<string, object?> { ["retryAfterSeconds"] = seconds });
            };
        });
        return services;
    }

    private static TokenBucketRateLimiterOptions Bucket(int burst, int perSecond, int queue) => new()
    {
        TokenLimit = Math.Max(1, burst),
        TokensPerPeriod = Math.Max(1, perSecond),
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = Math.Max(0, queue),
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    };

    private static bool CarriesApiKey(HttpContext http, string? apiKey)
    {
        if (string.IsNullOrEmpty(apiKey)) return false;
        var presented = http.Request.Headers["X-Api-Key"].ToString();
        return presented.Length > 0
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(apiKey));
    }
}
