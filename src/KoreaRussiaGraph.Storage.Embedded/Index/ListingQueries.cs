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
        // Max-heap of the First+1 smallest ids after the cursor: one pass, no full sort of a million ids.
        var heap = new PriorityQueue<Relation, string>(Comparer<string>.Create((x, y) => string.CompareOrdinal(y, x)));
        var keep = page.First + 1;

        void Consider(int slot)
        {
            total++;
            var relation = g.Payload(slot);
            if (page.After is { } after && string.CompareOrdinal(relation.Id, after) <= 0) return;
            if (heap.Count < keep) heap.Enqueue(relation, relation.Id);
            else if (heap.TryPeek(out _, out var largest) && string.CompareOrdinal(relation.Id, largest) < 0) heap.EnqueueDequeue(relation, relation.Id);
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

        var sorted = new List<Relation>(heap.Count);
        while (heap.TryDequeue(out var relation, out _)) sorted.Add(relation);
        sorted.Reverse();
        var hasNext = sorted.Count > page.First;
        if (hasNext) sorted.RemoveAt(sorted.Count - 1);
        return new Page<Relation>(sorted, hasNext, total);
    }
}
