using KoreaRussiaGraph.Core.Ports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KoreaRussiaGraph.Storage.Neo4j;

public static class Neo4jServiceCollectionExtensions
{
    /// <summary>Binds <see cref="Neo4jOptions"/> from <c>Store:Neo4j</c> (GraphSchema:Path fills SchemaPath when unset) and registers the store as <see cref="IGraphStore"/>.</summary>
    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => BindOptions(configuration));
        services.AddSingleton<Neo4jGraphStore>(sp => new Neo4jGraphStore(
            sp.GetRequiredService<Neo4jOptions>(), http: null, sp.GetService<ILogger<Neo4jGraphStore>>()));
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<Neo4jGraphStore>());
        return services;
    }

    public static Neo4jOptions BindOptions(IConfiguration configuration)
    {
        var options = new Neo4jOptions();
        configuration.GetSection(Neo4jOptions.Section).Bind(options);
        options.SchemaPath ??= configuration["GraphSchema:Path"];
        return options;
    }
}
