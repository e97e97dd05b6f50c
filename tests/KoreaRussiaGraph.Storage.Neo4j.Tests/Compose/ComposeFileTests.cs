using KoreaRussiaGraph.Storage.Neo4j.Tests.Contract;
using KoreaRussiaGraph.Storage.Neo4j.Tests.Infrastructure;

namespace KoreaRussiaGraph.Storage.Neo4j.Tests.Compose;

/// <summary>docker-compose.yml and the Dockerfile: validated by the compose client where one exists (no engine needed).</summary>
public sealed class ComposeFileTests
{
    private static readonly string Root = Tooling.RepoRoot();

    private static Task<Tooling.Run> ConfigAsync(string file) =>
        Tooling.RunAsync(ComposeCli.Prefix![0], [.. ComposeCli.Prefix.Skip(1), "-f", file, "config", "-q"], Root, TimeSpan.FromMinutes(1));

    [ComposeFact]
    public async Task The_compose_file_is_valid()
    {
        var run = await ConfigAsync(Path.Combine(Root, "docker-compose.yml"));
        Assert.True(run.ExitCode == 0, $"compose config rejected docker-compose.yml: {run.Stderr}");
    }

    [ComposeFact]
    public async Task The_validator_rejects_a_broken_file()
    {
        // Guards the test above against a validator that accepts anything.
        var broken = Path.Combine(Path.GetTempPath(), $"krg-compose-{Guid.NewGuid():N}.yml");
        await File.WriteAllTextAsync(broken, "services:\n  neo4j:\n    image: neo4j:5.26-community\n    healthcheck: not-a-mapping\n    depends_on: 7\n");
        try { Assert.NotEqual(0, (await ConfigAsync(broken)).ExitCode); }
        finally { File.Delete(broken); }
    }

    [Fact]
    public void Compose_runs_the_image_the_contract_suite_tests_and_points_the_service_at_it()
    {
        var compose = File.ReadAllText(Path.Combine(Root, "docker-compose.yml"));
        Assert.Contains($"image: {Neo4jContainerFixture.Image}", compose);
        Assert.Contains("Store__Kind: neo4j", compose);
        Assert.Contains("Store__Neo4j__Uri: http://neo4j:7474", compose);
        Assert.Contains("condition: service_healthy", compose);
        Assert.Contains("\"5080:5080\"", compose);

        var dockerfile = File.ReadAllText(Path.Combine(Root, "Dockerfile"));
        Assert.Contains("Urls=http://0.0.0.0:5080", dockerfile);
        Assert.Contains("mcr.microsoft.com/dotnet/aspnet:10.0", dockerfile);
    }
}
