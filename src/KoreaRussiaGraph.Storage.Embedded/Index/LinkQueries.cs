using System.Buffers;
using KoreaRussiaGraph.Core.Links;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Querying;

namespace KoreaRussiaGraph.Storage.Embedded.Index;

/// <summary>
/// Links answered from the edge records alone (type, dates, status, document number, reportedOn): a whole-graph
/// aggregation never reads a relation payload; only a link's evidence does.
/// </summary>
internal static class LinkQueries
{
    /// <param name="outletOf">The outlet of a document id (null when it has none); asked once per cited document.</param>
    public static Page<Link> FindLinks(GraphIndex g, LinkQuery query, Func<string, string?> outletOf)
    {
        query.Validate();
        var f = new CompiledFilter(query.EffectiveFilter, g);
        var outlets = new OutletNumbers(g, outletOf);
        var tallies = new Dictionary<(int Source, int Type, int Target), LinkTally>();
        var edges = g.Edges;
        for (var slot = 0; slot < edges.Length; slot++)
        {
            ref readonly var e = ref edges[slot];
            if (!e.Alive || !f.Matches(e)) continue;
            var key = (e.Source, e.Type, e.Target);
            if (!tallies.TryGetValue(key, out var tally)) tallies[key] = tally = new LinkTally();
            var document = g.DocumentNumberOf(slot);
            tally.Add(document, outlets.Of(document), PackedDate.OfEdge(e), PackedDate.OfReported(e), e.Status);
        }
        var links = tallies
            .Where(t => t.Value.DocumentCount >= query.MinDocuments)
            .Select(t => t.Value.ToLink(new LinkKey(g.Actor(t.Key.Source).Id, g.TypeNames[t.Key.Type], g.Actor(t.Key.Target).Id)));
        return LinkPaging.Page(links, query);
    }

    /// <summary>
    /// <see cref="LinkGrouping.Group"/> of a neighbourhood's outlines, computed on the index's numbers kept beside them:
    /// each relation's link is its place in id order as one ulong (source, type and target ranks), so one stable radix
    /// sort of plain numbers both groups the relations and orders the links, with no dictionary and no comparer.
    /// Documents and outlets are counted by number, dates compared as day intervals (PartialDate order is start, then
    /// end), and each link's evidence is a run of the outlines in the order given, lined up only when read. Nothing is
    /// built per relation (issue 15).
    /// </summary>
    /// <returns>Null when the ranks cannot stand for the id order (an id holding '|'): the caller groups with the reference.</returns>
    public static IReadOnlyList<LinkWithEvidence>? GroupOutlines(GraphIndex g, OutlineEdges edges, Func<string, string?> outletOf)
    {
        if (g.LinkSourceRanks() is not { } sourceRanks || g.LinkTypeRanks() is not { } typeRanks) return null;
        // (source rank × types + type rank) × actors + target rank: one-to-one with (source, type, target) ranks, so equal
        // keys are one link; it fits a ulong while actors² × types does.
        if (g.ActorCount > 1 << 24 || g.TypeNames.Count > 1 << 16) return null;
        var count = edges.Records.Length;
        // Scratch only (nothing returned points into them): rented, so a large answer adds no large-object garbage.
        var keys = ArrayPool<ulong>.Shared.Rent(count);
        var order = ArrayPool<int>.Shared.Rent(count);
        var keyScratch = ArrayPool<ulong>.Shared.Rent(count);
        var orderScratch = ArrayPool<int>.Shared.Rent(count);
        try
        {
            var (actors, types) = ((ulong)g.ActorCount, (ulong)g.TypeNames.Count);
            var records = edges.Records;
            for (var i = 0; i < count; i++)
            {
                ref readonly var e = ref records[i];
                keys[i] = ((ulong)sourceRanks[e.Source] * types + (ulong)typeRanks[e.Type]) * actors + (ulong)g.Rank(e.Target);
                order[i] = i;
            }
            var (sortedKeys, sortedOrder) = RadixSort.Sort(keys, order, keyScratch, orderScratch, count);
            return Group(g, edges, outletOf, sortedKeys, sortedOrder);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(keys);
            ArrayPool<int>.Shared.Return(order);
            ArrayPool<ulong>.Shared.Return(keyScratch);
            ArrayPool<int>.Shared.Return(orderScratch);
        }
    }

    /// <param name="keys">The relations' link keys in order (stable: equal keys keep the order given).</param>
    /// <param name="order">For each sorted key, the relation's position in <paramref name="edges"/>.</param>
    private static GroupedLinks Group(GraphIndex g, OutlineEdges edges, Func<string, string?> outletOf, ulong[] keys, int[] order)
    {
        var records = edges.Records;
        var count = records.Length;
        // Where each link's run starts in order, then the count: one pass over the keys, and runs of one relation (most
        // links) never look at the records.
        var starts = ArrayPool<int>.Shared.Rent(count + 1);
        var firstOf = ArrayPool<int>.Shared.Rent(count);
        var linkKeys = ArrayPool<LinkKey>.Shared.Rent(count);
        try
        {
            var linkCount = 0;
            for (var start = 0; start < count;)
            {
                var end = start + 1;
                var mixed = false;
                for (; end < count && keys[end] == keys[start]; end++) mixed |= Identity(records, order[end]) != Identity(records, order[start]);
                if (!mixed) starts[linkCount++] = start;
                else
                {
                    // Ranks may tie for actors added since they were computed: the run is put in (source, type, target)
                    // order, then in the order given, and each (source, type, target) in it is a link.
                    Array.Sort(order, start, end - start, Comparer<int>.Create((x, y) =>
                        Identity(records, x) != Identity(records, y) ? Identity(records, x).CompareTo(Identity(records, y)) : x.CompareTo(y)));
                    for (var at = start; at < end; at++)
                        if (at == start || Identity(records, order[at]) != Identity(records, order[at - 1])) starts[linkCount++] = at;
                }
                start = end;
            }
            starts[linkCount] = count;

            // Each link's ids are read from its first relation's outline, visiting the outlines in the order they were
            // built (and lie in memory): read in link order instead, nearly every one was a cache miss.
            Array.Fill(firstOf, -1, 0, count);
            for (var l = 0; l < linkCount; l++) firstOf[order[starts[l]]] = l;
            for (var i = 0; i < count; i++)
            {
                if (firstOf[i] < 0) continue;
                var outline = edges[i];
                linkKeys[firstOf[i]] = new LinkKey(outline.SourceId, outline.Type, outline.TargetId);
            }
            return Tally(g, edges, outletOf, order, starts.AsSpan(0, linkCount + 1), linkKeys);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(starts);
            ArrayPool<int>.Shared.Return(firstOf);
            ArrayPool<LinkKey>.Shared.Return(linkKeys, clearArray: true);
        }

        static ulong Identity(EdgeRecord[] records, int i) =>
            ((ulong)(uint)records[i].Source << 40) | ((ulong)(uint)records[i].Type << 24) | (uint)records[i].Target;
    }

    /// <summary>Counts each link over its run of <paramref name="order"/>, whose evidence is that run.</summary>
    /// <param name="runStarts">Where each link's run starts, then the relations' count.</param>
    private static GroupedLinks Tally(GraphIndex g, OutlineEdges edges, Func<string, string?> outletOf, int[] order, ReadOnlySpan<int> runStarts, LinkKey[] linkKeys)
    {
        var records = edges.Records;
        var documents = edges.Documents;
        var linkCount = runStarts.Length - 1;
        var outlets = new OutletNumbers(g, outletOf);
        // Which link last counted a document or an outlet: distinct counts without a set per link.
        var documentSeen = QueryScratch.Take(2, g.DocumentCount);
        var outletSeen = QueryScratch.Take(3, outlets.Bound);
        var links = new Link[linkCount];
        for (var l = 0; l < linkCount; l++)
        {
            var tally = new EdgeTally();
            for (var at = runStarts[l]; at < runStarts[l + 1]; at++)
            {
                var i = order[at];
                var document = documents[i];
                if (documentSeen.Get(document) != l)
                {
                    documentSeen.Set(document, l);
                    tally.Documents++;
                    var outlet = outlets.Index(document);
                    if (outletSeen.Get(outlet) != l)
                    {
                        outletSeen.Set(outlet, l);
                        tally.Outlets++;
                    }
                }
                tally.Add(records[i]);
            }
            links[l] = tally.ToLink(linkKeys[l]);
        }
        // The evidence stays the outlines and their order until some link's evidence is read.
        return new GroupedLinks(links, edges, order.AsSpan(0, records.Length).ToArray(), runStarts.ToArray());
    }

    /// <summary>One link's counts over edge records; day intervals order as PartialDate does (start, then end).</summary>
    private struct EdgeTally
    {
        public int Evidence, Documents, Outlets;
        private int _statuses;
        private bool _dated, _reported;
        private (int Start, int End) _first, _last, _firstReported;

        public void Add(in EdgeRecord e)
        {
            Evidence++;
            _statuses |= 1 << (int)e.Status;
            if (e.Dated)
            {
                var day = (e.StartDay, e.EndDay);
                if (!_dated || day.CompareTo(_first) < 0) _first = day;
                if (!_dated || day.CompareTo(_last) > 0) _last = day;
                _dated = true;
            }
            if (e.Reported)
            {
                var day = (e.ReportedStartDay, e.ReportedEndDay);
                if (!_reported || day.CompareTo(_firstReported) < 0) _firstReported = day;
                _reported = true;
            }
        }

        public readonly Link ToLink(LinkKey key) => new(key, Evidence, Documents, Outlets,
            _dated ? PackedDate.OfDays(_first.Start, _first.End) : null,
            _dated ? PackedDate.OfDays(_last.Start, _last.End) : null,
            _reported ? PackedDate.OfDays(_firstReported.Start, _firstReported.End) : null,
            LinkTally.StatusesOf(_statuses));
    }

    /// <summary>The relations from source to target of the link's type passing the filter, newest first; empty when either actor is unknown.</summary>
    public static IReadOnlyList<Relation> Evidence(GraphIndex g, LinkKey link, RelationFilter filter)
    {
        if (!g.TryGetActor(link.SourceId, out var source) || !g.TryGetActor(link.TargetId, out var target) || !g.TryGetType(link.Type, out var type))
            return [];
        var f = new CompiledFilter(filter, g);
        var slots = new List<int>();
        var list = g.Adjacency(source);
        for (var at = g.FindNeighbour(source, target); at >= 0 && at < list.Length && list[at].Neighbour == target; at++)
        {
            ref readonly var e = ref g.Edge(list[at].Edge);
            if (e.Source == source && e.Target == target && e.Type == type && f.Matches(e)) slots.Add(list[at].Edge);
        }
        // one batched read from the file for the whole link, not one per relation (payloads live in SQLite)
        var evidence = g.PresentPayloads(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(slots));
        evidence.Sort(EvidenceOrder.NewestFirst);
        return evidence;
    }

    /// <summary>Numbers outlets for one query: named outlets from 0, a document without one as -(document + 1).</summary>
    private sealed class OutletNumbers(GraphIndex g, Func<string, string?> outletOf)
    {
        /// <summary>Above every <see cref="Index"/>.</summary>
        public int Bound => 2 * g.DocumentCount;

        /// <summary>The outlet as an index below <see cref="Bound"/>: named outlets from 0 (there are fewer than documents), the others after.</summary>
        public int Index(int document)
        {
            var number = Of(document);
            return number >= 0 ? number : g.DocumentCount - number - 1;
        }

        private readonly int?[] _byDocument = new int?[g.DocumentCount];
        private readonly Dictionary<string, int> _outlets = new(StringComparer.Ordinal);

        public int Of(int document)
        {
            if (_byDocument[document] is { } known) return known;
            var outlet = outletOf(g.DocumentId(document));
            int number;
            if (outlet is null) number = -(document + 1);
            else if (!_outlets.TryGetValue(outlet, out number)) _outlets[outlet] = number = _outlets.Count;
            _byDocument[document] = number;
            return number;
        }
    }
}
