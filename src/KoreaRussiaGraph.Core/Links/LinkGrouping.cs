using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Core.Links;

/// <summary>A link with the relations behind it, in the order they were given (<see cref="EvidenceOrder"/> lists them newest first).</summary>
public sealed record LinkWithEvidence
{
    private readonly IReadOnlyList<Relation>? _evidence;
    private readonly Relation[]? _shared;
    private readonly int _start, _count;

    public LinkWithEvidence(Link link, IReadOnlyList<Relation> evidence) => (Link, _evidence) = (link, evidence);

    /// <summary>
    /// Evidence that is a range of an array shared by all the links of one grouping: thousands of links then cost one
    /// object each, and a range is only wrapped as a list when someone reads it.
    /// </summary>
    public LinkWithEvidence(Link link, Relation[] shared, int start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + count, shared.Length, nameof(count));
        (Link, _shared, _start, _count) = (link, shared, start, count);
    }

    public Link Link { get; init; }

    public IReadOnlyList<Relation> Evidence
    {
        get => _evidence ?? new ArraySegment<Relation>(_shared!, _start, _count);
        init => (_evidence, _shared, _start, _count) = (value, null, 0, 0);
    }

    public void Deconstruct(out Link link, out IReadOnlyList<Relation> evidence) => (link, evidence) = (Link, Evidence);
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
