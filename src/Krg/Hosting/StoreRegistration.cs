using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Storage.Embedded;
using KoreaRussiaGraph.Storage.Neo4j;

namespace KoreaRussiaGraph.Krg.Hosting;

/// <summary>Chooses the store by <c>Store:Kind</c>: the embedded SQLite store unless Neo4j is asked for.</summary>
public static class StoreRegistration
{
    public static IServiceCollection AddGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        var kind = configuration["Store:Kind"] ?? "embedded";
        switch (kind.ToLowerInvariant())
        {
            case "embedded":
                var embedded = new EmbeddedStoreOptions { Path = configuration["Store:Path"] ?? "data/graph.db" };
                if (TimeSpan.TryParse(configuration["Store:ChangePollInterval"], System.Globalization.CultureInfo.InvariantCulture, out var poll))
                    embedded.ChangePollInterval = poll;
                services.AddSingleton(embedded);
                services.AddSingleton<IGraphStore>(sp => new EmbeddedGraphStore(
                    sp.GetRequiredService<EmbeddedStoreOptions>(), sp.GetService<ILogger<EmbeddedGraphStore>>()));
                break;
            case "neo4j":
                services.AddNeo4jGraphStore(configuration);
                break;
            default:
                throw new InvalidOperationException($"Store:Kind '{kind}' is not known; use 'embedded' or 'neo4j'.");
        }
        return services;
    }
}
