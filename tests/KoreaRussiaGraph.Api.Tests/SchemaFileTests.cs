using KoreaRussiaGraph.Testing;
using KoreaRussiaGraph.GraphQL;

namespace KoreaRussiaGraph.Api.Tests;

public sealed class SchemaFileTests(FixtureApiFactory factory) : IClassFixture<FixtureApiFactory>
{
    [Fact]
    public void Exported_schema_file_matches_the_running_schema()
    {
        var running = SchemaExport.Print(factory.Services);
        var exported = File.Exists(RepoPaths.SchemaFile) ? File.ReadAllText(RepoPaths.SchemaFile).ReplaceLineEndings("\n") : "(missing)";
        Assert.True(running == exported,
            "graph-schema/schema.graphql differs from the running schema; regenerate it with " +
            "`dotnet run --project src/Krg -- schema --out graph-schema/schema.graphql` and review the diff.");
    }

    [Fact]
    public void Schema_names_follow_the_design_contract()
    {
        var running = SchemaExport.Print(factory.Services);
        foreach (var expected in new[]
        {
            // DESIGN §4's signature plus maxEdges (issue 14), which bounds the relations of one answer
            "neighbourhood(actor: ID!, depth: Int = 1, limit: Int = 200, filter: RelationFilter, maxEdges: Int = 500): Subgraph!",
            "paths(from: ID!, to: ID!, maxHops: Int = 4, k: Int = 3, filter: RelationFilter): [Path!]!",
            "scalar PartialDate",
            "type PathHop",
        })
            Assert.Contains(expected, running);
    }
}
