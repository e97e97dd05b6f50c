using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Querying;

namespace KoreaRussiaGraph.Core.Tests;

/// <summary>Issue 14, item 3: which relations a neighbourhood keeps when it holds more than maxEdges.</summary>
public sealed class SubgraphEdgeCapTests
{
    private static Actor A(string id) => new(id, id, ActorKind.State, []);

    private static Relation R(string source, string target, int sentence) =>
        Relation.Create("VISITED", source, target, false, new Citation("d", sentence, "q", 0, 1, "r"));

    private static readonly Subgraph Graph = new(
        [new(A("c"), 0), new(A("n1"), 1), new(A("n2"), 1), new(A("far"), 2)],
        [R("n1", "far", 0), R("c", "n1", 1), R("n2", "n1", 2), R("c", "n2", 3), R("n2", "far", 4)],
        Truncated: false);

    [Fact]
    public void The_relations_nearest_the_centre_are_kept_in_the_stores_order_and_the_answer_says_truncated()
    {
        var capped = Graph.CapEdges(3);

        Assert.True(capped.Truncated);
        Assert.Equal(3, capped.Edges.Count);
        Assert.DoesNotContain(capped.Edges, r => r.SourceId == "far" || r.TargetId == "far");
        Assert.Equal(Graph.Edges.Where(capped.Edges.Contains), capped.Edges);
        Assert.Equal(Graph.Nodes, capped.Nodes);
    }

    [Fact]
    public void Under_the_cap_or_without_one_the_subgraph_is_unchanged()
    {
        Assert.Same(Graph, Graph.CapEdges(5));
        Assert.Same(Graph, Graph.CapEdges(null));
    }
}
