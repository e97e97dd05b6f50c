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
