using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Core.Schema;
using KoreaRussiaGraph.Extraction;
using KoreaRussiaGraph.Ingestion;
using KoreaRussiaGraph.Ingestion.Startup;
using KoreaRussiaGraph.Sources;

namespace KoreaRussiaGraph.Krg.Hosting;

/// <summary>The registrations every entry point shares, so `serve` and the CLI commands see the same graph.</summary>
public static class KrgServices
{
    /// <summary>Vocabulary, extractor and store.</summary>
    public static IServiceCollection AddKrgCore(this IServiceCollection services, IConfiguration configuration)
    {
        var schema = GraphSchemaDirectory.Locate(configuration["GraphSchema:Path"]);
        services.AddSingleton(schema);
        services.AddSingleton(RelationTypeCatalog.Load(schema));
        services.AddSingleton(_ => RuleBasedExtractor.Load(schema));
        services.AddSingleton<IDocumentExtractor>(sp => sp.GetRequiredService<RuleBasedExtractor>());
        services.AddKnownActors(sp => sp.GetRequiredService<RuleBasedExtractor>().KnownActors);
        services.AddGraphStore(configuration);
        return services;
    }

    /// <summary>The configuration of a CLI run: the same sources `serve` reads (<see cref="KrgSettings"/>).</summary>
    public static IConfiguration Configuration(string[]? overrides = null) => KrgSettings.Load(overrides);

    /// <summary>The relation type names of the vocabulary the configuration points at, for commands that check options before opening a store.</summary>
    public static IReadOnlyCollection<string> RelationTypeNames(IConfiguration configuration) =>
        RelationTypeCatalog.Load(GraphSchemaDirectory.Locate(configuration["GraphSchema:Path"])).All.Select(t => t.Name).ToArray();

    /// <summary>A service provider for CLI commands, with the same registrations `serve` uses.</summary>
    public static ServiceProvider Build(string[]? overrides = null)
    {
        var configuration = Configuration(overrides);
        var services = new ServiceCollection()
            .AddSingleton(configuration)
            .AddLogging(logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning))
            .AddKrgCore(configuration)
            .AddIngestion(configuration)
            .AddWebSources(configuration, runFeedWorker: false);
        return services.BuildServiceProvider(validateScopes: true);
    }

    /// <summary>Initialises the store and loads the gazetteer into it: what a command must do before touching the graph.</summary>
    public static async Task<IGraphStore> OpenStoreAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await services.GetRequiredService<StorePreparation>().PrepareAsync(ct);
        return services.GetRequiredService<IGraphStore>();
    }
}
