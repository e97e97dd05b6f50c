using KoreaRussiaGraph.Core.Ports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KoreaRussiaGraph.Storage.Neo4j.Tests.QueryApi;

public sealed class Neo4jOptionsTests
{
    [Fact]
    public async Task Options_bind_from_Store_Neo4j_including_the_resilience_settings()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:Neo4j:Uri"] = "http://neo4j:7474/",
            ["Store:Neo4j:User"] = "reader",
            ["Store:Neo4j:Password"] = "pw",
            ["Store:Neo4j:Database"] = "graph",
            ["Store:Neo4j:CallTimeout"] = "00:00:05",
            ["Store:Neo4j:RetryCount"] = "7",
            ["Store:Neo4j:RetryBaseDelay"] = "00:00:00.5",
            ["Store:Neo4j:BreakerFailureRatio"] = "0.25",
            ["Store:Neo4j:BreakerMinimumThroughput"] = "4",
            ["Store:Neo4j:BreakerSamplingDuration"] = "00:01:00",
            ["Store:Neo4j:BreakerBreakDuration"] = "00:00:20",
            ["GraphSchema:Path"] = "/opt/graph-schema",
        }).Build();

        var options = Neo4jServiceCollectionExtensions.BindOptions(configuration);

        Assert.Equal(("http://neo4j:7474/", "http://neo4j:7474", "reader", "pw", "graph"), (options.Uri, options.BaseUri, options.User, options.Password, options.Database));
        Assert.Equal((TimeSpan.FromSeconds(5), 7, TimeSpan.FromMilliseconds(500)), (options.CallTimeout, options.RetryCount, options.RetryBaseDelay));
        Assert.Equal((0.25, 4, TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(20)),
            (options.BreakerFailureRatio, options.BreakerMinimumThroughput, options.BreakerSamplingDuration, options.BreakerBreakDuration));
        Assert.Equal("/opt/graph-schema", options.SchemaPath);

        await using var services = new ServiceCollection().AddNeo4jGraphStore(configuration).BuildServiceProvider();
        Assert.IsType<Neo4jGraphStore>(services.GetRequiredService<IGraphStore>());
    }
}
