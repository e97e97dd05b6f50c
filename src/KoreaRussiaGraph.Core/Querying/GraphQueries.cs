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
    /// <summary>Relations one neighbourhood answer may carry (the GraphQL argument maxEdges; issue 14).</summary>
    public const int MinEdges = 1, MaxEdges = 10_000, DefaultMaxEdges = 500;
    /// <summary>Longest actor id a query may name: real ids are slugs of a few dozen characters.</summary>
    public const int MaxIdLength = 256;
}

/// <param name="MaxEdges">Most relations the answer carries; past it the nearest are kept and the answer is truncated.
/// Null: no cap (exports, which have their own limits).</param>
/// <param name="Detail">Whether the edges need their payloads (quotes, details); a store may answer whole relations either way.</param>
public sealed record NeighbourhoodQuery(string ActorId, int Depth = 1, int Limit = 200, RelationFilter? Filter = null, int? MaxEdges = null,
    RelationDetail Detail = RelationDetail.Full)
{
    public RelationFilter EffectiveFilter => Filter ?? RelationFilter.Default;

    public void Validate()
    {
        QueryGuard.ValidId("actor", ActorId);
        QueryGuard.InRange("depth", Depth, QueryBounds.MinDepth, QueryBounds.MaxDepth);
        if (MaxEdges is { } maxEdges) QueryGuard.InRange("maxEdges", maxEdges, QueryBounds.MinEdges, QueryBounds.MaxEdges);
        QueryGuard.InRange("limit", Limit, QueryBounds.MinLimit, QueryBounds.MaxLimit);
        QueryGuard.ValidFilter(Filter);
        QueryGuard.NoText(Filter);
    }
}

/// <param name="WorkBudget">Most actors a path search may expand before it gives up with an error; null means the store's default.</param>
public sealed record PathQuery(string FromId, string ToId, int MaxHops = 4, int K = 3, RelationFilter? Filter = null, int? WorkBudget = null)
{
    public RelationFilter EffectiveFilter => Filter ?? RelationFilter.Default;

    public void Validate()
    {
        QueryGuard.ValidId("from", FromId);
        QueryGuard.ValidId("to", ToId);
        QueryGuard.InRange("maxHops", MaxHops, QueryBounds.MinHops, QueryBounds.MaxHops);
        QueryGuard.InRange("k", K, QueryBounds.MinK, QueryBounds.MaxK);
        QueryGuard.ValidFilter(Filter);
        QueryGuard.NoText(Filter);
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
public sealed record Subgraph(IReadOnlyList<SubgraphNode> Nodes, IReadOnlyList<Relation> Edges, bool Truncated)
{
    /// <summary>
    /// At most <paramref name="maxEdges"/> relations, nearest the centre first: by the farther end's hops, then by id.
    /// Both stores cap with this, so they agree on which relations a truncated answer keeps.
    /// </summary>
    public Subgraph CapEdges(int? maxEdges)
    {
        if (maxEdges is not { } max || Edges.Count <= max) return this;
        var hops = Nodes.ToDictionary(n => n.Actor.Id, n => n.Hops, StringComparer.Ordinal);
        int Far(Relation r) => Math.Max(hops.GetValueOrDefault(r.SourceId), hops.GetValueOrDefault(r.TargetId));
        var kept = Edges.OrderBy(Far).ThenBy(r => r.Id, StringComparer.Ordinal).Take(max).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        // The kept relations stay in the order the store gave them.
        return this with { Edges = Edges.Where(r => kept.Contains(r.Id)).ToArray(), Truncated = true };
    }
}

/// <summary>One step of a path, carrying every relation between the two actors that passes the filters.</summary>
public sealed record PathHop(Actor From, Actor To, IReadOnlyList<Relation> Relations);

public sealed record GraphPath(IReadOnlyList<Actor> Actors, IReadOnlyList<PathHop> Hops)
{
    public int Length => Hops.Count;
}

public sealed record GraphStats(int Actors, int Relations, int Documents, int FailedDocuments, IReadOnlyDictionary<string, int> RelationsByType);
