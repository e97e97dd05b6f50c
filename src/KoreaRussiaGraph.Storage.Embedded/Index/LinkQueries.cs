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
    /// links found by (source, type, target) actor and type numbers, documents and outlets counted by number, dates compared
    /// as day intervals (PartialDate order is start, then end), the links ordered by ranks instead of id strings, and each
    /// link's evidence a slice of one array in the order given. Nothing is built per relation (issue 15).
    /// </summary>
    /// <returns>Null when the ranks cannot stand for the id order (an id holding '|'): the caller groups with the reference.</returns>
    public static IReadOnlyList<LinkWithEvidence>? GroupOutlines(GraphIndex g, OutlineEdges edges, Func<string, string?> outletOf)
    {
        if (g.LinkSourceRanks() is not { } sourceRanks || g.LinkTypeRanks() is not { } typeRanks) return null;
        // A link's (source, type, target) and its place in id order, each packed in one ulong: 24 + 16 + 24 bits.
        if (g.ActorCount > 1 << 24 || g.TypeNames.Count > 1 << 16) return null;
        static ulong Pack(int source, int type, int target) => ((ulong)source << 40) | ((ulong)type << 24) | (uint)target;
        var records = edges.Records;
        var linkOf = new int[records.Length];
        var keys = new List<ulong>(records.Length);
        var numbers = new Dictionary<ulong, int>(records.Length);
        for (var i = 0; i < records.Length; i++)
        {
            ref readonly var e = ref records[i];
            var key = Pack(e.Source, e.Type, e.Target);
            ref var number = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(numbers, key, out var known);
            if (!known)
            {
                number = keys.Count;
                keys.Add(key);
            }
            linkOf[i] = number;
        }

        // Each link's evidence contiguous, in the order given (a stable counting sort by link number).
        var starts = new int[keys.Count + 1];
        foreach (var link in linkOf) starts[link + 1]++;
        for (var l = 0; l < keys.Count; l++) starts[l + 1] += starts[l];
        var fill = starts.AsSpan(0, keys.Count).ToArray();
        var order = new int[records.Length];
        var ordered = new Relation[records.Length];
        for (var i = 0; i < records.Length; i++)
        {
            var at = fill[linkOf[i]]++;
            order[at] = i;
            ordered[at] = edges[i];
        }

        var outlets = new OutletNumbers(g, outletOf);
        // Which link last counted a document or an outlet: distinct counts without a set per link.
        var documentSeen = QueryScratch.Take(2, g.DocumentCount);
        var outletSeen = QueryScratch.Take(3, outlets.Bound);
        var links = new LinkWithEvidence[keys.Count];
        var sortKeys = new ulong[keys.Count];
        for (var l = 0; l < keys.Count; l++)
        {
            var tally = new EdgeTally();
            for (var at = starts[l]; at < starts[l + 1]; at++)
            {
                var i = order[at];
                var document = edges.Documents[i];
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
            var (source, type, target) = ((int)(keys[l] >> 40), (int)(keys[l] >> 24) & 0xFFFF, (int)(keys[l] & 0xFFFFFF));
            links[l] = new LinkWithEvidence(
                tally.ToLink(new LinkKey(g.Actor(source).Id, g.TypeNames[type], g.Actor(target).Id)),
                new ArraySegment<Relation>(ordered, starts[l], starts[l + 1] - starts[l]));
            // Ordinal id order (source|type|target) from ranks; see GraphIndex.LinkSourceRanks.
            sortKeys[l] = Pack(sourceRanks[source], typeRanks[type], g.Rank(target));
        }
        Array.Sort(sortKeys, links);
        return links;
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
