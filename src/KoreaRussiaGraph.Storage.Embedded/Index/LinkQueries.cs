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
    /// <see cref="LinkGrouping.Group"/> of relations the index holds, computed on its integer keys: links found by (source,
    /// type, target) slot numbers, documents by their numbers, the links ordered by ranks instead of id strings, and each
    /// link's evidence a slice of one array in the order given (nothing is built per relation). A subgraph's ten thousand
    /// edges group in about the time it takes to list them (issue 15).
    /// </summary>
    /// <returns>Null when some relation is not the one the index holds under its id (unknown, or another version): the
    /// caller groups with the reference then.</returns>
    public static IReadOnlyList<LinkWithEvidence>? Group(GraphIndex g, IReadOnlyCollection<Relation> relations, Func<string, string?> outletOf)
    {
        if (g.LinkSourceRanks() is not { } sourceRanks || g.LinkTypeRanks() is not { } typeRanks) return null;
        var given = relations as IReadOnlyList<Relation> ?? relations.ToArray();
        var linkOf = new int[given.Count];
        var documentOf = new int[given.Count];
        var keys = new List<(int Source, int Type, int Target)>();
        var numbers = new Dictionary<(int Source, int Type, int Target), int>();
        for (var i = 0; i < given.Count; i++)
        {
            var relation = given[i];
            if (!g.TryGetRelation(relation.Id, out var slot)) return null;
            ref readonly var e = ref g.Edge(slot);
            // The tally reads date, reportedOn and status from the relation given; the keys must be its own too.
            if (relation.SourceId != g.Actor(e.Source).Id || relation.TargetId != g.Actor(e.Target).Id ||
                relation.Type != g.TypeNames[e.Type] || relation.Citation.DocumentId != g.DocumentOf(slot))
                return null;
            ref var number = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(numbers, (e.Source, e.Type, e.Target), out var known);
            if (!known)
            {
                number = keys.Count;
                keys.Add((e.Source, e.Type, e.Target));
            }
            linkOf[i] = number;
            documentOf[i] = g.DocumentNumberOf(slot);
        }

        // Evidence of each link contiguous, in the order given (a stable counting sort by link number).
        var starts = new int[keys.Count + 1];
        foreach (var link in linkOf) starts[link + 1]++;
        for (var l = 0; l < keys.Count; l++) starts[l + 1] += starts[l];
        var fill = starts.AsSpan(0, keys.Count).ToArray();
        var ordered = new Relation[given.Count];
        var documents = new int[given.Count];
        for (var i = 0; i < given.Count; i++)
        {
            var at = fill[linkOf[i]]++;
            ordered[at] = given[i];
            documents[at] = documentOf[i];
        }

        var outlets = new OutletNumbers(g, outletOf);
        var links = new LinkWithEvidence[keys.Count];
        for (var l = 0; l < keys.Count; l++)
        {
            var tally = new LinkTally();
            for (var at = starts[l]; at < starts[l + 1]; at++)
            {
                var relation = ordered[at];
                tally.Add(documents[at], outlets.Of(documents[at]), relation.Date, relation.ReportedOn, relation.Status);
            }
            var (source, type, target) = keys[l];
            links[l] = new LinkWithEvidence(
                tally.ToLink(new LinkKey(g.Actor(source).Id, g.TypeNames[type], g.Actor(target).Id)),
                new ArraySegment<Relation>(ordered, starts[l], starts[l + 1] - starts[l]));
        }

        // Ordinal id order (source|type|target) from ranks; see GraphIndex.LinkSourceRanks.
        var sortKeys = new (int, int, int)[keys.Count];
        for (var l = 0; l < keys.Count; l++)
            sortKeys[l] = (sourceRanks[keys[l].Source], typeRanks[keys[l].Type], g.Rank(keys[l].Target));
        Array.Sort(sortKeys, links);
        return links;
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
