using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using KoreaRussiaGraph.Storage.Neo4j.Cypher;
using KoreaRussiaGraph.Storage.Neo4j.Http;
using KoreaRussiaGraph.Storage.Neo4j.Resilience;
using KoreaRussiaGraph.Storage.Neo4j.Tests.Infrastructure;

namespace KoreaRussiaGraph.Storage.Neo4j.Tests.Contract;

/// <summary>
/// One Neo4j server per test class, in a Testcontainers generic container running the same image as
/// docker-compose.yml (ComposeFileTests checks they agree). Does nothing when no Docker engine answers: the
/// tests that would use it are then reported as skipped.
/// </summary>
public sealed class Neo4jContainerFixture : IAsyncLifetime
{
    public const string Image = "neo4j:5.26-community";
    private const string Password = "contract-suite-password";
    private const int HttpPort = 7474;

    /// <summary>Test-only: empties the database between tests (the store itself never deletes wholesale).</summary>
    public static readonly CypherStatement DeleteEverything = new("test.deleteEverything", "MATCH (n) DETACH DELETE n");

    private IContainer? _container;

    public Neo4jOptions Options { get; private set; } = new();

    public async Task InitializeAsync()
    {
        if (DockerEngine.SkipReason is not null) return;
        _container = new ContainerBuilder(Image)
            .WithEnvironment("NEO4J_AUTH", $"neo4j/{Password}")
            .WithPortBinding(HttpPort, assignRandomHostPort: true)
            .WithWaitStrategy(Wait.ForUnixContainer()
                .UntilMessageIsLogged("Started.")
                .UntilHttpRequestIsSucceeded(r => r.ForPort(HttpPort).ForPath("/")))
            .Build();
        await _container.StartAsync();
        Options = new Neo4jOptions
        {
            Uri = $"http://{_container.Hostname}:{_container.GetMappedPublicPort(HttpPort)}",
            User = "neo4j",
            Password = Password,
            RetryCount = 5,
            SchemaPath = Path.Combine(Tooling.RepoRoot(), "graph-schema"),
        };
    }

    public async Task ClearAsync()
    {
        using var http = new HttpClient();
        var client = new QueryApiClient(Options, http, new Neo4jResilience(Options));
        await client.RunAsync(DeleteEverything.Bind());
    }

    public async Task DisposeAsync()
    {
        if (_container is not null) await _container.DisposeAsync();
    }
}
