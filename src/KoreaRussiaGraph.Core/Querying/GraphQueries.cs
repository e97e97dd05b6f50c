using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Core.Querying;

/// <summary>Bounds from DESIGN §3. Violations are errors that name the bound; nothing is clamped silently.</summary>
public static class QueryBounds
{
    public const int MinDepth = 1, MaxDepth = 3;
    public const int MinLimit = 1, MaxLimit = 2000;
    public const int MinHops = 1, MaxHops = 6;
    public const int MinK = 1, MaxK = 10;
    public const int MinPage = 0, MaxPage = 1000;
}

public sealed record NeighbourhoodQuery(string ActorId, int Depth = 1, int Limit = 200, RelationFilter? Filter = null)
{
    public RelationFilter EffectiveFilter => Filter ?? RelationFilter.Default;

    public void Validate()
    {
        QueryGuard.InRange("depth", Depth, QueryBounds.MinDepth, QueryBounds.MaxDepth);
        QueryGuard.InRange("limit", Limit, QueryBounds.MinLimit, QueryBounds.MaxLimit);
        QueryGuard.ValidFilter(Filter);
    }
}

/// <param name="WorkBudget">Most actors a path search may expand before it gives up with an error; null means the store's default.</param>
public sealed record PathQuery(string FromId, string ToId, int MaxHops = 4, int K = 3, RelationFilter? Filter = null, int? WorkBudget = null)
{
    public RelationFilter EffectiveFilter => Filter ?? RelationFilter.Default;

    public void Validate()
    {
        QueryGuard.InRange("maxHops", MaxHops, QueryBounds.MinHops, QueryBounds.MaxHops);
        QueryGuard.InRange("k", K, QueryBounds.MinK, QueryBounds.MaxK);
        QueryGuard.ValidFilter(Filter);
    }
}

/// <summary>Keyset paging: <see cref="After"/> is the id of the last item of the previous page.</summary>
public sealed record PageRequest(int First, string? After = null)
{
    public void Validate() => QueryGuard.InRange("first", First, QueryBounds.MinPage, QueryBounds.MaxPage);
}

public sealed record Page<T>(IReadOnlyList<T> Items, bool HasNextPage, int TotalCount);

public sealed record ActorQuery(string? Search, ActorKind? Kind, PageRequest Page);

public sealed record SubgraphNode(Actor Actor, int Hops);

/// <summary>The actors reached and the induced subgraph between them: what a graph drawing wants.</summary>
public sealed record Subgraph(IReadOnlyList<SubgraphNode> Nodes, IReadOnlyList<Relation> Edges, bool Truncated);

/// <summary>One step of a path, carrying every relation between the two actors that passes the filters.</summary>
public sealed record PathHop(Actor From, Actor To, IReadOnlyList<Relation> Relations);

public sealed record GraphPath(IReadOnlyList<Actor> Actors, IReadOnlyList<PathHop> Hops)
{
    public int Length => Hops.Count;
}

public sealed record GraphStats(int Actors, int Relations, int Documents, int FailedDocuments, IReadOnlyDictionary<string, int> RelationsByType);
