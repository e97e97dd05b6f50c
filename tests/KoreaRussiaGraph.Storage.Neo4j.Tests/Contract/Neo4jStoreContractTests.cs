using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.StoreContract;
using KoreaRussiaGraph.Storage.Neo4j.Tests.Infrastructure;

namespace KoreaRussiaGraph.Storage.Neo4j.Tests.Contract;

/// <summary>
/// The shared IGraphStore contract, run against a real Neo4j in a container. Without a Docker engine every test
/// here is reported as skipped with the probe's reason (see <see cref="SkipUnlessDockerFramework"/>).
/// </summary>
[RequiresDocker]
public sealed class Neo4jStoreContractTests(Neo4jContainerFixture neo4j) : GraphStoreContract, IClassFixture<Neo4jContainerFixture>
{
    protected override async Task<IGraphStore> CreateEmptyStoreAsync()
    {
        await neo4j.ClearAsync();
        var store = new Neo4jGraphStore(neo4j.Options);
        await store.InitializeAsync();
        return store;
    }
}
