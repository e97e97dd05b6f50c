using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Querying;

namespace KoreaRussiaGraph.Storage.Embedded.Index;

/// <summary>
/// neighbourhood (DESIGN §3): breadth-first by level; the level that would overflow the limit keeps its
/// highest-degree actors (then lowest id), and the search stops there, so hubs cost one scan of the
/// frontier's adjacency, never the levels beyond. Edges are the induced subgraph of the returned actors.
/// </summary>
internal static class NeighbourhoodSearch
{
    public static Subgraph Run(GraphIndex g, int center, int depth, int limit, RelationFilter filter)
    {
        var f = new CompiledFilter(filter, g);
        var hops = QueryScratch.Take(0, g.ActorCount);
        hops.Set(center, 0);
        var result = new List<int> { center };
        var frontier = new List<int> { center };
        var truncated = false;

        for (var d = 1; d <= depth; d++)
        {
            var next = new List<int>();
            foreach (var u in frontier)
                foreach (var half in g.Adjacency(u))
                {
                    var v = half.Neighbour;
                    if (hops.Has(v) || !f.Passes(g.Edge(half.Edge), u)) continue;
                    hops.Set(v, d);
                    next.Add(v);
                }
            if (next.Count == 0) break;

            var room = limit - result.Count;
            if (next.Count > room)
            {
                result.AddRange(Nearest(g, next, room));
                truncated = true;
                break;
            }
            result.AddRange(next);
            frontier = next;
            if (result.Count == limit && d < depth && AnyUnvisitedNeighbour(g, f, hops, frontier))
            {
                truncated = true;
                break;
            }
        }

        var nodes = result
            .OrderBy(a => hops.Get(a)).ThenBy(g.Rank)
            .Select(a => new SubgraphNode(g.Actor(a), hops.Get(a)))
            .ToArray();
        return new Subgraph(nodes, InducedEdges(g, f, result), truncated);
    }

    /// <summary>The <paramref name="take"/> candidates with the highest degree, ties by lowest id: a bounded max-heap on a packed key.</summary>
    private static IEnumerable<int> Nearest(GraphIndex g, List<int> candidates, int take)
    {
        if (take <= 0) return [];
        // Smaller key = better: degree descending, then rank (ordinal id) ascending.
        long Key(int a) => ((long)(int.MaxValue - g.Degree(a)) << 32) | (uint)g.Rank(a);
        var heap = new PriorityQueue<int, long>(take + 1, Comparer<long>.Create((x, y) => y.CompareTo(x)));
        foreach (var a in candidates)
        {
            var key = Key(a);
            if (heap.Count < take) heap.Enqueue(a, key);
            else if (heap.TryPeek(out _, out var worst) && key < worst) heap.EnqueueDequeue(a, key);
        }
        var kept = new List<int>(heap.Count);
        while (heap.TryDequeue(out var a, out _)) kept.Add(a);
        return kept;
    }

    private static bool AnyUnvisitedNeighbour(GraphIndex g, CompiledFilter f, Marks hops, List<int> frontier)
    {
        foreach (var u in frontier)
            foreach (var half in g.Adjacency(u))
                if (!hops.Has(half.Neighbour) && f.Passes(g.Edge(half.Edge), u)) return true;
        return false;
    }

    /// <summary>
    /// Every filter-passing relation with both ends returned, counted once from its source end. A hub scans
    /// its list only when that is cheaper than binary-searching it for each returned actor.
    /// </summary>
    private static Relation[] InducedEdges(GraphIndex g, CompiledFilter f, List<int> actors)
    {
        var members = QueryScratch.Take(1, g.ActorCount);
        foreach (var a in actors) members.Set(a, 0);
        var slots = new List<int>();
        foreach (var u in actors)
        {
            var list = g.Adjacency(u);
            if (list.Length <= actors.Count * 8)
            {
                foreach (var half in list)
                    if (members.Has(half.Neighbour) && Keep(g, f, half.Edge, u)) slots.Add(half.Edge);
                continue;
            }
            foreach (var v in actors)
            {
                var at = g.FindNeighbour(u, v);
                if (at < 0) continue;
                for (; at < list.Length && list[at].Neighbour == v; at++)
                    if (Keep(g, f, list[at].Edge, u)) slots.Add(list[at].Edge);
            }
        }
        var edges = new Relation[slots.Count];
        for (var i = 0; i < edges.Length; i++) edges[i] = g.Payload(slots[i]);
        Array.Sort(edges, (x, y) => string.CompareOrdinal(x.Id, y.Id));
        return edges;
    }

    // Direction governs the walk, not which edges between reached actors are drawn.
    private static bool Keep(GraphIndex g, CompiledFilter f, int slot, int fromEnd)
    {
        ref readonly var e = ref g.Edge(slot);
        return e.Source == fromEnd && f.Matches(e);
    }
}
