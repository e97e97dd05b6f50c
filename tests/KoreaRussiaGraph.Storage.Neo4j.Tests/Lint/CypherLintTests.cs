using System.Text.Json;
using KoreaRussiaGraph.Core.Schema;
using KoreaRussiaGraph.Storage.Neo4j.Cypher;
using KoreaRussiaGraph.Storage.Neo4j.Tests.Contract;
using KoreaRussiaGraph.Storage.Neo4j.Tests.Infrastructure;
using Xunit.Abstractions;

namespace KoreaRussiaGraph.Storage.Neo4j.Tests.Lint;

/// <summary>
/// Every Cypher statement the store can send (Statements.All, every depth/hops/k variant, and each statement of
/// graph-schema/neo4j/*.cypher) goes through Neo4j's own parser and semantic analysis, the npm package
/// @neo4j-cypher/language-support (lintCypherQuery), as Cypher 5 and as Cypher 25. Any error fails the test:
/// syntax, an undefined variable, a parameter the statement uses but does not declare, or an unknown label or
/// relationship type. This checks the text offline; it does not execute anything.
/// </summary>
public sealed class CypherLintTests(ITestOutputHelper output)
{
    private static readonly string LintFolder = Path.Combine(Tooling.RepoRoot(), "tests", "KoreaRussiaGraph.Storage.Neo4j.Tests", "cypher-lint");

    private sealed record Finding(string Name, string Version, string[] Errors, string[] Warnings);

    [NodeFact]
    public async Task Every_statement_the_store_can_issue_passes_Neo4js_parser()
    {
        await EnsurePackagesAsync();
        var statements = Statements.All
            .Concat(SchemaScripts.Load(new GraphSchemaDirectory(Path.Combine(Tooling.RepoRoot(), "graph-schema"))))
            .Append(Neo4jContainerFixture.DeleteEverything)
            .ToArray();
        Assert.Equal(statements.Length, statements.Select(s => s.Name).Distinct().Count());

        var input = Path.Combine(Path.GetTempPath(), $"krg-cypher-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(input, JsonSerializer.Serialize(statements.Select(s => new { name = s.Name, text = s.Text, parameters = s.Parameters })));
        var graph = JsonSerializer.Serialize(new { labels = new[] { "Actor", "Document" }, relationshipTypes = new[] { "RELATES" } });
        Tooling.Run[] runs;
        try
        {
            // One parser process per Cypher version, side by side: the semantic analysis is CPU-bound.
            runs = await Task.WhenAll(new[] { "CYPHER 5", "CYPHER 25" }.Select(version =>
                Tooling.RunAsync(Tooling.Find("node")!, ["lint.mjs", input, graph, version], LintFolder, TimeSpan.FromMinutes(8))));
        }
        finally { File.Delete(input); }
        foreach (var run in runs) Assert.True(run.ExitCode == 0, $"lint.mjs exited {run.ExitCode}: {run.Stderr}");

        var findings = runs.SelectMany(run => JsonSerializer.Deserialize<Finding[]>(run.Stdout, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!).ToArray();
        Assert.Equal(statements.Length * 2, findings.Length);
        foreach (var warning in findings.Where(f => f.Warnings.Length > 0))
            output.WriteLine($"warning {warning.Name} [{warning.Version}]: {string.Join(" | ", warning.Warnings)}");
        output.WriteLine($"{statements.Length} statements ({Statements.All.Count} store statements incl. variants, {statements.Length - Statements.All.Count - 1} schema, 1 test-only) linted as Cypher 5 and Cypher 25: {findings.Length} checks, {findings.Count(f => f.Errors.Length > 0)} with errors");

        var failures = findings.Where(f => f.Errors.Length > 0)
            .Select(f => $"{f.Name} [{f.Version}]: {string.Join(" | ", f.Errors)}\n    {statements.First(s => s.Name == f.Name).Text}")
            .ToArray();
        Assert.True(failures.Length == 0, "Cypher errors:\n" + string.Join("\n", failures));
    }

    [NodeFact]
    public async Task The_linter_does_report_a_broken_statement()
    {
        // Guards the test above against passing vacuously (a linter that reports nothing).
        await EnsurePackagesAsync();
        var input = Path.Combine(Path.GetTempPath(), $"krg-cypher-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(input, JsonSerializer.Serialize(new[]
        {
            new { name = "syntax", text = "MATCH (a:Actor {id: $id}) RETURN a,,", parameters = new[] { "id" } },
            new { name = "undeclared", text = "MATCH (a:Actor {id: $id}) RETURN a", parameters = Array.Empty<string>() },
            new { name = "typo", text = "MATCH (a:Actr) RETURN a", parameters = Array.Empty<string>() },
        }));
        try
        {
            var run = await Tooling.RunAsync(Tooling.Find("node")!, ["lint.mjs", input, """{"labels":["Actor"],"relationshipTypes":["RELATES"]}"""], LintFolder, TimeSpan.FromMinutes(2));
            var findings = JsonSerializer.Deserialize<Finding[]>(run.Stdout, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
            Assert.All(findings, f => Assert.NotEmpty(f.Errors));
        }
        finally { File.Delete(input); }
    }

    private static readonly SemaphoreSlim Install = new(1, 1);

    private static async Task EnsurePackagesAsync()
    {
        await Install.WaitAsync();
        try
        {
            if (Directory.Exists(Path.Combine(LintFolder, "node_modules", "@neo4j-cypher", "language-support"))) return;
            var npm = await Tooling.RunAsync(Tooling.Find("npm")!, ["ci", "--no-audit", "--no-fund"], LintFolder, TimeSpan.FromMinutes(5));
            Assert.True(npm.ExitCode == 0, $"npm ci failed in {LintFolder}: {npm.Stderr}");
        }
        finally { Install.Release(); }
    }
}
