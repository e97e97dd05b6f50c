using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Querying;

namespace KoreaRussiaGraph.Storage.Embedded.Index;

/// <summary>Actor search and relation listing with keyset paging by id, answered from the index.</summary>
internal static class ListingQueries
{
    public static Page<Actor> FindActors(GraphIndex g, ActorQuery query)
    {
        var search = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim();
        var items = new List<Actor>();
        var total = 0;
        var hasNext = false;
        foreach (var a in g.ActorsById)
        {
            var actor = g.Actor(a);
            if (query.Kind is { } kind && actor.Kind != kind) continue;
            if (search is not null && !Mentions(actor, search)) continue;
            total++;
            if (query.Page.After is { } after && string.CompareOrdinal(actor.Id, after) <= 0) continue;
            if (items.Count < query.Page.First) items.Add(actor);
            else hasNext = true;
        }
        return new Page<Actor>(items, hasNext, total);
    }

    private static bool Mentions(Actor actor, string search) =>
        actor.Id.Contains(search, StringComparison.OrdinalIgnoreCase) ||
        actor.Name.Contains(search, StringComparison.OrdinalIgnoreCase) ||
        actor.Aliases.Any(alias => alias.Contains(search, StringComparison.OrdinalIgnoreCase));

    /// <summary>Without an actor every live relation is a candidate; with one, only its adjacency, and the direction is relative to it.</summary>
    public static Page<Relation> FindRelations(GraphIndex g, RelationFilter filter, int? actor, PageRequest page)
    {
        var f = new CompiledFilter(filter, g);
        var total = 0;
        // Ids are compared through the index's compact keys; the cursor is the one id that has to be a string.
        var afterSlot = -1;
        var after = page.After;
        if (after is not null && g.TryGetRelation(after, out var slotOfAfter)) (afterSlot, after) = (slotOfAfter, null);
        bool IsAfterCursor(int slot) =>
            afterSlot >= 0 ? g.CompareRelationIds(slot, afterSlot) > 0 : after is null || string.CompareOrdinal(g.RelationId(slot), after) > 0;
        // Max-heap of the First+1 smallest ids after the cursor: one pass, no full sort of a million ids.
        var largestFirst = Comparer<int>.Create((x, y) => g.CompareRelationIds(y, x));
        var heap = new PriorityQueue<int, int>(largestFirst);
        var keep = page.First + 1;

        void Consider(int slot)
        {
            total++;
            if (!IsAfterCursor(slot)) return;
            if (heap.Count < keep) heap.Enqueue(slot, slot);
            else if (heap.TryPeek(out _, out var largest) && g.CompareRelationIds(slot, largest) < 0) heap.EnqueueDequeue(slot, slot);
        }

        if (actor is { } a)
        {
            foreach (var half in g.Adjacency(a))
                if (f.Passes(g.Edge(half.Edge), a)) Consider(half.Edge);
        }
        else
        {
            var edges = g.Edges;
            for (var slot = 0; slot < edges.Length; slot++)
                if (edges[slot].Alive && f.Matches(edges[slot])) Consider(slot);
        }

        var sorted = new List<int>(heap.Count);
        while (heap.TryDequeue(out var slot, out _)) sorted.Add(slot);
        sorted.Reverse();
        var hasNext = sorted.Count > page.First;
        if (hasNext) sorted.RemoveAt(sorted.Count - 1);
        return new Page<Relation>(g.PresentPayloads(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sorted)), hasNext, total);
    }
}
