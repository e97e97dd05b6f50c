using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Querying;

namespace KoreaRussiaGraph.Storage.Embedded.Index;

/// <summary>
/// neighbourhood (DESIGN §3): breadth-first by level. The level that would overflow the limit keeps its
/// highest-degree actors (then lowest id) and the search stops there. On hub-heavy graphs that level can hold
/// most of the graph, so instead of scanning the whole frontier's adjacency the search walks the global
/// degree order and checks each actor against the frontier by binary search, falling back to the full scan
/// when that turns out dearer. Edges are the induced subgraph of the returned actors.
/// </summary>
internal static class NeighbourhoodSearch
{
    /// <param name="maxEdges">As <see cref="Subgraph.CapEdges"/>, applied to slots before any relation is built.</param>
    public static Subgraph Run(GraphIndex g, int center, int depth, int limit, RelationFilter filter, int? maxEdges = null)
    {
        var f = new CompiledFilter(filter, g);
        var hops = QueryScratch.Take(0, g.ActorCount);
        hops.Set(center, 0);
        var result = new List<int> { center };
        var frontier = new List<int> { center };
        var truncated = false;

        for (var d = 1; d <= depth; d++)
        {
            var room = limit - result.Count;
            var next = new List<int>();
            var overflowed = !ScanLevel(g, f, hops, frontier, d, next, stopAbove: room);
            if (next.Count == 0) break;
            if (overflowed)
            {
                result.AddRange(HighestDegree(g, f, hops, frontier, d, next, room));
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
        var slots = InducedEdges(g, f, nodes.Select(n => IndexOf(g, n.Actor.Id)).ToArray());
        if (maxEdges is { } max && slots.Count > max)
        {
            slots = Nearest(g, hops, slots, max);
            truncated = true;
        }
        // Outlines: the payloads (quotes, details) stay in the file until someone asks for them (issue 16).
        return new Subgraph(nodes, new OutlineEdges(g, slots), truncated);
    }

    /// <summary>
    /// <see cref="Subgraph.CapEdges"/> on slots: the <paramref name="max"/> relations nearest the centre (by the farther
    /// end's hops, then by id), kept in the order given.
    /// </summary>
    private static List<int> Nearest(GraphIndex g, Marks hops, List<int> slots, int max)
    {
        int Far(int slot) => Math.Max(hops.Get(g.Edge(slot).Source), hops.Get(g.Edge(slot).Target));
        var order = slots.ToArray();
        Array.Sort(order, (x, y) => Far(x) != Far(y) ? Far(x).CompareTo(Far(y)) : g.CompareRelationIds(x, y));
        var kept = new HashSet<int>(order.AsSpan(0, max).ToArray());
        return slots.Where(kept.Contains).ToList();
    }

    private static int IndexOf(GraphIndex g, string id) => g.TryGetActor(id, out var a) ? a : -1;

    /// <summary>Marks and lists the actors first reached at level <paramref name="d"/>.</summary>
    /// <returns>False as soon as more than <paramref name="stopAbove"/> were found (the level overflows).</returns>
    private static bool ScanLevel(GraphIndex g, CompiledFilter f, Marks hops, List<int> frontier, int d, List<int> found, int stopAbove)
    {
        foreach (var u in frontier)
            foreach (var half in g.Adjacency(u))
            {
                var v = half.Neighbour;
                if (hops.Has(v) || !f.Forward(half, g)) continue;
                hops.Set(v, d);
                found.Add(v);
                if (found.Count > stopAbove) return false;
            }
        return true;
    }

    /// <summary>The <paramref name="take"/> actors of level <paramref name="d"/> with the highest degree, ties by lowest id.</summary>
    /// <param name="seen">The level's actors found so far (all marked with hops <paramref name="d"/>).</param>
    private static List<int> HighestDegree(GraphIndex g, CompiledFilter f, Marks hops, List<int> frontier, int d, List<int> seen, int take)
    {
        var kept = new List<int>(take);
        if (take <= 0) return kept;
        long fullScan = 0;
        foreach (var u in frontier) fullScan += g.Degree(u);
        long spent = 0;
        foreach (var x in g.ActorsByDegree)
        {
            var level = hops.Get(x);
            if (level >= 0 && level < d) continue;
            var reached = level == d;
            if (!reached)
            {
                // A binary-search step costs about four sequential scan steps (it misses the cache).
                spent += 4 * Probe(g, f, frontier, x, out reached);
                if (reached)
                {
                    hops.Set(x, d);
                    seen.Add(x);
                }
            }
            if (reached)
            {
                kept.Add(x);
                if (kept.Count == take) return kept;
            }
            if (spent > fullScan) break;
        }

        // The degree walk was dearer than one pass over the frontier: collect the whole level and pick from it.
        ScanLevel(g, f, hops, frontier, d, seen, stopAbove: int.MaxValue);
        return Nearest(g, seen, take);
    }

    /// <summary>Whether some frontier actor reaches <paramref name="x"/> in one passing step; returns the work spent.</summary>
    private static long Probe(GraphIndex g, CompiledFilter f, List<int> frontier, int x, out bool reached)
    {
        long work = 0;
        foreach (var u in frontier)
        {
            // Search the shorter of the two sorted lists.
            var fromU = g.Degree(u) <= g.Degree(x);
            var (owner, other) = fromU ? (u, x) : (x, u);
            var list = g.Adjacency(owner);
            work += 1 + System.Numerics.BitOperations.Log2((uint)Math.Max(1, list.Length));
            for (var i = g.FindNeighbour(owner, other); i >= 0 && i < list.Length && list[i].Neighbour == other; i++)
                if (fromU ? f.Forward(list[i], g) : f.Backward(list[i], g))
                {
                    reached = true;
                    return work;
                }
        }
        reached = false;
        return work;
    }

    /// <summary>The <paramref name="take"/> candidates with the highest degree, ties by lowest id: a bounded max-heap on a packed key.</summary>
    private static List<int> Nearest(GraphIndex g, List<int> candidates, int take)
    {
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
                if (!hops.Has(half.Neighbour) && f.Forward(half, g)) return true;
        return false;
    }

    /// <summary>
    /// Every filter-passing relation with both ends returned (direction governs the walk, not which relations
    /// between reached actors are drawn). Each pair of actors is looked at once, from the end with the shorter
    /// adjacency list: scanned when short, otherwise searched (galloping) for the partners in index order.
    /// On hub-heavy graphs the returned actors are mostly hubs, and this keeps the work near the output size.
    /// Relations come grouped by pair, parallel ones by id; the answer is their slots.
    /// </summary>
    internal static List<int> InducedEdges(GraphIndex g, CompiledFilter f, int[] actors)
    {
        // Position in (degree, index) order: a pair belongs to its lower-positioned end.
        var byCost = (int[])actors.Clone();
        Array.Sort(byCost, (x, y) => g.Degree(x) != g.Degree(y) ? g.Degree(x).CompareTo(g.Degree(y)) : x.CompareTo(y));
        var position = QueryScratch.Take(1, g.ActorCount);
        for (var i = 0; i < byCost.Length; i++) position.Set(byCost[i], i);
        var byIndex = (int[])actors.Clone();
        Array.Sort(byIndex);

        var slots = new List<int>();
        foreach (var u in byCost)
        {
            var mine = position.Get(u);
            var partners = byCost.Length - mine;
            var list = g.Adjacency(u);
            if (list.Length <= partners * 4)
            {
                foreach (var half in list)
                    if (position.Get(half.Neighbour) >= mine && f.Matches(half, g) && (half.Neighbour != u || half.IsOutgoing))
                        slots.Add(half.Edge);
                continue;
            }
            var from = 0;
            foreach (var v in byIndex)
            {
                if (position.Get(v) < mine) continue;
                var at = LowerBound(list, from, v);
                from = at;
                for (; at < list.Length && list[at].Neighbour == v; at++)
                    if (f.Matches(list[at], g)) slots.Add(list[at].Edge);
                if (from >= list.Length) break;
            }
        }

        // Parallel relations sit together in slot order, which depends on write history; id order does not.
        var comparer = Comparer<int>.Create(g.CompareRelationIds);
        for (int start = 0, end; start < slots.Count; start = end)
        {
            for (end = start + 1; end < slots.Count && SamePair(g.Edge(slots[end]), g.Edge(slots[start])); end++) { }
            if (end - start > 1) slots.Sort(start, end - start, comparer);
        }
        return slots;
    }

    private static bool SamePair(in EdgeRecord a, in EdgeRecord b) =>
        (a.Source == b.Source && a.Target == b.Target) || (a.Source == b.Target && a.Target == b.Source);

    /// <summary>First position at or after <paramref name="from"/> whose neighbour is not below <paramref name="neighbour"/>: gallop, then bisect.</summary>
    private static int LowerBound(ReadOnlySpan<HalfEdge> list, int from, int neighbour)
    {
        int lo = from, step = 1, hi = from;
        while (hi < list.Length && list[hi].Neighbour < neighbour)
        {
            lo = hi + 1;
            hi += step;
            step <<= 1;
        }
        hi = Math.Min(hi, list.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (list[mid].Neighbour < neighbour) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
