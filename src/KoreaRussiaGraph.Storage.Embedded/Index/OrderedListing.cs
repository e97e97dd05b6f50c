using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Querying;

namespace KoreaRussiaGraph.Storage.Embedded.Index;

/// <summary>
/// Relation listings in any <see cref="RelationOrder"/> (issue 18), answered from the edge records: dates are day
/// numbers there, so ordering by date reads no payload except to break ties by id. One pass keeps the First + 1
/// smallest keys after the cursor in a bounded max-heap; no full sort of a million relations.
/// </summary>
internal static class OrderedListing
{
    /// <param name="only">When given, only these relation slots are candidates (a document's relations, full-text matches).</param>
    public static Page<Relation> Run(GraphIndex g, RelationFilter filter, int? actor, IReadOnlyCollection<int>? only,
        RelationOrder order, RelationKey? after, int first)
    {
        var f = new CompiledFilter(filter, g);
        var keys = new SlotOrder(g, order);
        var cursor = after is { } a ? keys.PrimaryOf(a) : 0;
        var heap = new PriorityQueue<int, int>(Comparer<int>.Create((x, y) => keys.Compare(y, x)));
        var keep = first + 1;
        var total = 0;

        // The largest key kept so far: most candidates of a big listing are rejected by this one comparison of longs.
        var worst = long.MaxValue;

        void Consider(int slot)
        {
            total++;
            var primary = keys.PrimaryOf(slot);
            if (after is { } cursorKey && (primary < cursor || (primary == cursor && keys.CompareToCursor(slot, cursor, cursorKey.Id) <= 0))) return;
            if (heap.Count < keep)
            {
                heap.Enqueue(slot, slot);
                if (heap.Count == keep) worst = keys.PrimaryOf(heap.Peek());
                return;
            }
            if (primary > worst) return;
            if (keys.Compare(slot, heap.Peek()) >= 0) return;
            heap.EnqueueDequeue(slot, slot);
            worst = keys.PrimaryOf(heap.Peek());
        }

        if (only is not null)
        {
            foreach (var slot in only)
            {
                ref readonly var e = ref g.Edge(slot);
                if (!e.Alive) continue;
                if (actor is { } owner ? (e.Source == owner || e.Target == owner) && f.Passes(e, owner) : f.Matches(e)) Consider(slot);
            }
        }
        else if (actor is { } owner)
        {
            foreach (var half in g.Adjacency(owner))
                if (f.Passes(g.Edge(half.Edge), owner)) Consider(half.Edge);
        }
        else
        {
            var edges = g.Edges;
            for (var slot = 0; slot < edges.Length; slot++)
                if (edges[slot].Alive && f.Matches(edges[slot])) Consider(slot);
        }

        var sorted = new List<Relation>(heap.Count);
        while (heap.TryDequeue(out var slot, out _)) sorted.Add(g.Payload(slot));
        sorted.Reverse();
        var hasNext = sorted.Count > first;
        if (hasNext) sorted.RemoveAt(sorted.Count - 1);
        return new Page<Relation>(sorted, hasNext, total);
    }

    /// <summary><see cref="RelationOrder.Compare(RelationKey, RelationKey)"/> over slots: a primary long from the edge record, then the id.</summary>
    private sealed class SlotOrder(GraphIndex g, RelationOrder order)
    {
        private readonly bool _idDescending = order is { Field: RelationOrderField.Id, Direction: OrderDirection.Desc };

        public long PrimaryOf(int slot)
        {
            ref readonly var e = ref g.Edge(slot);
            return order.Field switch
            {
                RelationOrderField.Date => Primary(e.Dated, e.StartDay, e.EndDay),
                RelationOrderField.ReportedOn => Primary(e.Reported, e.ReportedStartDay, e.ReportedEndDay),
                _ => 0,
            };
        }

        public long PrimaryOf(RelationKey key) => order.Field == RelationOrderField.Id
            ? 0
            : Primary(key.Start.HasValue, key.Start?.DayNumber ?? 0, key.End?.DayNumber ?? 0);

        // Undated sorts last in both directions; a later start (then end) is larger ascending and smaller descending.
        private long Primary(bool dated, int start, int end)
        {
            if (!dated) return long.MaxValue;
            var value = ((long)start << 32) | (uint)end;
            return order.Descending ? -value : value;
        }

        public int Compare(int x, int y)
        {
            if (x == y) return 0;
            var byPrimary = PrimaryOf(x).CompareTo(PrimaryOf(y));
            return byPrimary != 0 ? byPrimary : ById(g.Payload(x).Id, g.Payload(y).Id);
        }

        public int CompareToCursor(int slot, long primary, string id)
        {
            var byPrimary = PrimaryOf(slot).CompareTo(primary);
            return byPrimary != 0 ? byPrimary : ById(g.Payload(slot).Id, id);
        }

        private int ById(string x, string y) => _idDescending ? string.CompareOrdinal(y, x) : string.CompareOrdinal(x, y);
    }
}
