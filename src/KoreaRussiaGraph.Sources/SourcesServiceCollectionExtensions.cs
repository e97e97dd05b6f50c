using KoreaRussiaGraph.Ingestion.Ingesting;
using KoreaRussiaGraph.Sources.Feeds;
using KoreaRussiaGraph.Sources.Fetching;
using KoreaRussiaGraph.Sources.Ingesting;
using KoreaRussiaGraph.Sources.State;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KoreaRussiaGraph.Sources;

public static class SourcesServiceCollectionExtensions
{
    /// <summary>
    /// Registers the web fetcher, the page ingestor, the feeds' state and poller, and (for <c>serve</c>) the feed worker.
    /// Needs <see cref="DocumentIngestor"/> (AddIngestion).
    /// </summary>
    public static IServiceCollection AddWebSources(this IServiceCollection services, IConfiguration configuration, bool runFeedWorker = true)
    {
        services.AddOptions<SourcesOptions>().Bind(configuration.GetSection(SourcesOptions.Section))
            .PostConfigure(options =>
            {
                // Beside the store unless told otherwise, so a store and its feeds' memory travel together.
                if (string.IsNullOrWhiteSpace(options.StatePath))
                    options.StatePath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(configuration["Store:Path"] ?? "data/graph.db"))!, "sources.db");
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SourcesOptions>, SourcesOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<SourcesOptions>>().Value);
        services.TryAddSingleton(sp => new WebFetcher(sp.GetRequiredService<SourcesOptions>(), sp.GetService<ILogger<WebFetcher>>(), sp.GetService<TimeProvider>()));
        services.TryAddSingleton(sp => new WebPageIngestor(sp.GetRequiredService<WebFetcher>(), sp.GetRequiredService<DocumentIngestor>(),
            sp.GetRequiredService<SourcesOptions>(), sp.GetService<ILogger<WebPageIngestor>>()));
        services.TryAddSingleton(sp => new SourceStateStore(sp.GetRequiredService<SourcesOptions>().StatePath));
        services.TryAddSingleton(sp => new SourceDirectory(sp.GetRequiredService<SourceStateStore>(), sp.GetRequiredService<SourcesOptions>()));
        services.TryAddSingleton(sp => new FeedPoller(sp.GetRequiredService<WebPageIngestor>(), sp.GetRequiredService<SourceStateStore>(),
            sp.GetService<ILogger<FeedPoller>>(), sp.GetService<TimeProvider>()));
        if (runFeedWorker)
            services.AddHostedService(sp => new FeedWorker(sp.GetRequiredService<FeedPoller>(), sp.GetRequiredService<SourceStateStore>(),
                sp.GetRequiredService<SourcesOptions>(), sp.GetService<ILogger<FeedWorker>>(), sp.GetService<TimeProvider>()));
        return services;
    }
}

/// <summary>Refuses to start with unusable settings, naming each bad key.</summary>
internal sealed class SourcesOptionsValidator : IValidateOptions<SourcesOptions>
{
    public ValidateOptionsResult Validate(string? name, SourcesOptions options)
    {
        var problems = options.Problems().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
