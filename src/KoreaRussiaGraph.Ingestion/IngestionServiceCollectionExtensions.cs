using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Ingestion.Inbox;
using KoreaRussiaGraph.Ingestion.Ingesting;
using KoreaRussiaGraph.Ingestion.Reindexing;
using KoreaRussiaGraph.Ingestion.Startup;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KoreaRussiaGraph.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>
    /// Registers the ingestor, the reindexer, store preparation and seeding, and two hosted services: the start-up
    /// (store ready, gazetteer upserted, seeds on an empty store) and the inbox worker.
    /// The host must register <see cref="IGraphStore"/> and <see cref="IDocumentExtractor"/> as singletons, and
    /// should register the gazetteer with <see cref="AddKnownActors"/>.
    /// </summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IngestionOptions>()
            .Bind(configuration.GetSection(IngestionOptions.Section))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IngestionOptions>, IngestionOptionsValidator>());
        services.AddOptions<SeedsOptions>().Bind(configuration.GetSection(SeedsOptions.Section));

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new DocumentIngestor(
            sp.GetRequiredService<IGraphStore>(), sp.GetRequiredService<IDocumentExtractor>(),
            sp.GetRequiredService<IOptions<IngestionOptions>>().Value,
            sp.GetService<ILogger<DocumentIngestor>>(), sp.GetService<TimeProvider>()));
        services.TryAddSingleton(sp => new Reindexer(
            sp.GetRequiredService<IGraphStore>(), sp.GetRequiredService<IDocumentExtractor>(),
            sp.GetService<ILogger<Reindexer>>(), sp.GetService<TimeProvider>()));
        services.TryAddSingleton(sp => new StorePreparation(
            sp.GetRequiredService<IGraphStore>(), sp.GetService<IKnownActors>(), sp.GetService<ILogger<StorePreparation>>()));
        services.TryAddSingleton(sp => new SeedOnFirstStart(
            sp.GetRequiredService<IGraphStore>(), sp.GetRequiredService<DocumentIngestor>(),
            sp.GetRequiredService<IOptions<SeedsOptions>>().Value, sp.GetService<ILogger<SeedOnFirstStart>>()));
        services.TryAddSingleton(sp => new InboxWorker(
            sp.GetRequiredService<DocumentIngestor>(), sp.GetRequiredService<IOptions<IngestionOptions>>().Value,
            sp.GetService<ILogger<InboxWorker>>(), sp.GetService<TimeProvider>()));

        // Order matters: hosted services start in registration order, so the store is ready and seeded before the inbox is read.
        services.AddHostedService<IngestionStartupService>();
        services.AddHostedService(sp => new InboxHostedService(sp.GetRequiredService<InboxWorker>(), sp.GetRequiredService<IOptions<IngestionOptions>>()));
        return services;
    }

    /// <summary>Registers the gazetteer upserted at start, e.g. <c>sp => sp.GetRequiredService&lt;RuleBasedExtractor&gt;().KnownActors</c>.</summary>
    public static IServiceCollection AddKnownActors(this IServiceCollection services, Func<IServiceProvider, IReadOnlyList<Actor>> actors)
    {
        services.AddSingleton<IKnownActors>(sp => new KnownActorsList(actors(sp)));
        return services;
    }
}

/// <summary>Refuses to start with unusable settings, naming each bad key.</summary>
internal sealed class IngestionOptionsValidator : IValidateOptions<IngestionOptions>
{
    public ValidateOptionsResult Validate(string? name, IngestionOptions options)
    {
        var problems = options.Problems().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
