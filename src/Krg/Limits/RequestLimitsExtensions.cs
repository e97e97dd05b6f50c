using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace KoreaRussiaGraph.Krg.Limits;

public static class RequestLimitsExtensions
{
    /// <summary>Body size (section <c>Limits</c>) and per-client rate limits (section <c>RateLimiting</c>).</summary>
    public static IServiceCollection AddRequestLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection("Limits").Get<RequestLimitsOptions>() ?? new RequestLimitsOptions();
        var rates = configuration.GetSection("RateLimiting").Get<RateLimitingOptions>() ?? new RateLimitingOptions();
        services.AddSingleton(limits);
        services.AddSingleton(rates);
        services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes);
        if (rates.Enabled) services.AddGraphQLRateLimiting(rates, configuration["Api:Key"]);
        return services;
    }

    /// <summary>Rate limit first (a flood costs nothing more than a refusal), then the body size check.</summary>
    public static WebApplication UseRequestLimits(this WebApplication app)
    {
        if (app.Services.GetRequiredService<RateLimitingOptions>().Enabled) app.UseRateLimiter();
        app.UseMiddleware<RequestBodyLimit>();
        return app;
    }
}
