using KoreaRussiaGraph.Storage.Neo4j.Tests.Infrastructure;

namespace KoreaRussiaGraph.Storage.Neo4j.Tests.Lint;

/// <summary>A [Fact] that skips, printing why, when node or npm is not on PATH.</summary>
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        if (Tooling.Find("node") is null || Tooling.Find("npm") is null)
            Skip = "node and npm are needed to run Neo4j's Cypher parser (@neo4j-cypher/language-support) and one of them is not on PATH";
    }
}
