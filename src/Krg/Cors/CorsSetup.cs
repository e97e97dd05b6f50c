namespace KoreaRussiaGraph.Krg.Cors;

/// <summary>
/// Cross-origin access for front ends served elsewhere, from <c>Cors:AllowedOrigins</c> (an array of origins,
/// or "*" for any). With none configured, no cross-origin request is allowed: the safe default.
/// </summary>
public static class CorsSetup
{
    public const string PolicyName = "ConfiguredOrigins";
    public const string SectionKey = "Cors:AllowedOrigins";

    public static IServiceCollection AddConfiguredCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = AllowedOrigins(configuration);
        services.AddCors(options => options.AddPolicy(PolicyName, policy =>
        {
            if (origins.Contains("*")) policy.AllowAnyOrigin();
            else if (origins.Length > 0) policy.WithOrigins(origins);
            else policy.SetIsOriginAllowed(_ => false);
            // GraphQL clients send JSON with an Accept preference; the API key travels as X-Api-Key.
            policy.WithMethods("GET", "POST", "OPTIONS")
                  .WithHeaders("Content-Type", "Accept", "X-Api-Key")
                  .WithExposedHeaders("Content-Disposition")
                  .SetPreflightMaxAge(TimeSpan.FromHours(1));
        }));
        return services;
    }

    public static WebApplication UseConfiguredCors(this WebApplication app)
    {
        app.UseCors(PolicyName);
        return app;
    }

    /// <summary>The array form (appsettings, Cors__AllowedOrigins__0=…) or one comma-separated value (--Cors:AllowedOrigins=a,b).</summary>
    public static string[] AllowedOrigins(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionKey);
        // An empty JSON array ("AllowedOrigins": []) reads as the value "", so the list form wins whenever it has entries.
        var listed = section.Get<string[]>() is { Length: > 0 } array ? array : (section.Value ?? "").Split(',');
        return listed
            .Select(o => o.Trim().TrimEnd('/'))
            .Where(o => o.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
    }
}
