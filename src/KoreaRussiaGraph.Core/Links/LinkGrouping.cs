using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Core.Links;

/// <summary>A link with the relations behind it, in the order they were given (<see cref="EvidenceOrder"/> lists them newest first).</summary>
/// <remarks>
/// A value, not an object: a grouped neighbourhood hands out thousands of these (<see cref="GroupedLinks"/>), and each
/// costs its <see cref="Link"/> only. <c>default</c> has no link and no evidence.
/// </remarks>
public readonly record struct LinkWithEvidence
{
    private readonly IReadOnlyList<Relation>? _evidence;
    private readonly Relation[]? _shared;
    private readonly GroupedLinks? _group;
    private readonly int _start, _count;

    public LinkWithEvidence(Link link, IReadOnlyList<Relation> evidence) => (Link, _evidence) = (link, evidence);

    /// <summary>
    /// Evidence that is a range of an array shared by all the links of one grouping: thousands of links then share one
    /// array, and a range is only wrapped as a list when someone reads it.
    /// </summary>
    public LinkWithEvidence(Link link, Relation[] shared, int start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + count, shared.Length, nameof(count));
        (Link, _shared, _start, _count) = (link, shared, start, count);
    }

    /// <summary>A range of a grouping's evidence, which the grouping lines up when it is first read.</summary>
    internal LinkWithEvidence(Link link, GroupedLinks group, int start, int count) => (Link, _group, _start, _count) = (link, group, start, count);

    public Link Link { get; init; }

    public IReadOnlyList<Relation> Evidence
    {
        get => _evidence ?? ((_shared ?? _group?.Evidence) is { } shared ? new ArraySegment<Relation>(shared, _start, _count) : Array.Empty<Relation>());
        init => (_evidence, _shared, _group, _start, _count) = (value, null, null, 0, 0);
    }

    public void Deconstruct(out Link link, out IReadOnlyList<Relation> evidence) => (link, evidence) = (Link, Evidence);
}

/// <summary>
/// Links grouped from relations, ordered by id, held as one array of links and one of evidence (each link's evidence a
/// run of it): a neighbourhood of thousands of links costs one object per link, and each
/// <see cref="LinkWithEvidence"/> is made when read, without allocating. The evidence may be given as the relations
/// and the order to read them in: it is then lined up only when some link's evidence is read (a drawing asks for the
/// links alone).
/// </summary>
public sealed class GroupedLinks : IReadOnlyList<LinkWithEvidence>
{
    private readonly Link[] _links;
    private readonly int[] _starts;
    private Relation[]? _evidence;
    private readonly IReadOnlyList<Relation>? _relations;
    private readonly int[]? _order;

    /// <param name="links">The links, in the order to list them.</param>
    /// <param name="evidence">Every link's evidence, link after link.</param>
    /// <param name="starts">Where each link's evidence starts in <paramref name="evidence"/>, then its length: one more than the links, never decreasing.</param>
    public GroupedLinks(Link[] links, Relation[] evidence, int[] starts)
    {
        CheckRuns(links, starts, evidence.Length);
        (_links, _evidence, _starts) = (links, evidence, starts);
    }

    /// <param name="links">The links, in the order to list them.</param>
    /// <param name="relations">The relations the links were grouped from.</param>
    /// <param name="order">Every link's evidence, link after link, as positions in <paramref name="relations"/>.</param>
    /// <param name="starts">Where each link's evidence starts in <paramref name="order"/>, then its length.</param>
    public GroupedLinks(Link[] links, IReadOnlyList<Relation> relations, int[] order, int[] starts)
    {
        CheckRuns(links, starts, order.Length);
        foreach (var position in order)
            if ((uint)position >= (uint)relations.Count) throw new ArgumentOutOfRangeException(nameof(order), position, "Not a position in the relations.");
        (_links, _relations, _order, _starts) = (links, relations, order, starts);
    }

    public LinkWithEvidence this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_links.Length, nameof(index));
            return new(_links[index], this, _starts[index], _starts[index + 1] - _starts[index]);
        }
    }

    public int Count => _links.Length;

    /// <summary>Every link's evidence, link after link; lined up on first use when given as an order.</summary>
    internal Relation[] Evidence
    {
        get
        {
            if (Volatile.Read(ref _evidence) is { } evidence) return evidence;
            var built = new Relation[_order!.Length];
            for (var at = 0; at < built.Length; at++) built[at] = _relations![_order[at]];
            // Readers racing here build the same array; any of them may stay.
            return Interlocked.CompareExchange(ref _evidence, built, null) ?? built;
        }
    }

    public IEnumerator<LinkWithEvidence> GetEnumerator()
    {
        for (var l = 0; l < _links.Length; l++) yield return this[l];
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private static void CheckRuns(Link[] links, int[] starts, int evidenceCount)
    {
        if (starts.Length != links.Length + 1 || starts[0] != 0 || starts[^1] != evidenceCount)
            throw new ArgumentException("Expected one start per link from 0, then the evidence's length.", nameof(starts));
        for (var l = 0; l < links.Length; l++)
            if (starts[l + 1] < starts[l]) throw new ArgumentException($"Link {l}'s evidence ends before it starts.", nameof(starts));
    }
}

/// <summary>
/// The reference grouping of relations into links: what both stores answer for a subgraph or a path hop, and what
/// the contract tests hold their whole-graph link queries to. It runs on every neighbourhood a client asks links of,
/// so it looks each document's outlet up once and leaves sorting the evidence to whoever lists it.
/// </summary>
public static class LinkGrouping
{
    /// <param name="outletOf">The outlet of a cited document; null when it has none (or the document is unknown).</param>
    /// <returns>Links ordered by id.</returns>
    public static IReadOnlyList<LinkWithEvidence> Group(IEnumerable<Relation> relations, Func<string, string?> outletOf)
    {
        var documents = new Dictionary<string, (int Document, int Outlet)>(StringComparer.Ordinal);
        var outlets = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = new Dictionary<LinkKey, (LinkTally Tally, List<Relation> Evidence)>();
        foreach (var relation in relations)
        {
            var key = LinkKey.Of(relation);
            if (!groups.TryGetValue(key, out var group)) groups[key] = group = (new LinkTally(), []);
            var documentId = relation.Citation.DocumentId;
            if (!documents.TryGetValue(documentId, out var numbers))
            {
                var document = documents.Count;
                documents[documentId] = numbers = (document, OutletNumber(outletOf(documentId), document));
            }
            group.Tally.Add(numbers.Document, numbers.Outlet, relation.Date, relation.ReportedOn, relation.Status);
            group.Evidence.Add(relation);
        }
        var links = new LinkWithEvidence[groups.Count];
        var at = 0;
        foreach (var (key, group) in groups) links[at++] = new LinkWithEvidence(group.Tally.ToLink(key), group.Evidence);
        Array.Sort(links, (x, y) => string.CompareOrdinal(x.Link.Id, y.Link.Id));
        return links;

        // Named outlets count from 0; a document without one stands alone as -(its number + 1).
        int OutletNumber(string? outlet, int document)
        {
            if (outlet is null) return -(document + 1);
            if (!outlets.TryGetValue(outlet, out var number)) outlets[outlet] = number = outlets.Count;
            return number;
        }
    }
}

/// <summary>
/// How a link lists its evidence: newest event first (PartialDate order, so 2023-07-15 before 2023-07 before 2023),
/// undated last; then the most recently reported; then by relation id, so the order is total and stable.
/// </summary>
public sealed class EvidenceOrder : IComparer<Relation>
{
    public static readonly EvidenceOrder NewestFirst = new();

    public int Compare(Relation? x, Relation? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return 1;
        if (y is null) return -1;
        var byDate = Descending(x.Date, y.Date);
        if (byDate != 0) return byDate;
        var byReported = Descending(x.ReportedOn, y.ReportedOn);
        return byReported != 0 ? byReported : string.CompareOrdinal(x.Id, y.Id);
    }

    // Nulls last; otherwise the later date first.
    private static int Descending(PartialDate? x, PartialDate? y) => (x, y) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        ({ } a, { } b) => b.CompareTo(a),
    };
}
