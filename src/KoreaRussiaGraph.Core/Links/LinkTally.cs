using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Core.Links;

/// <summary>
/// Accumulates one link's evidence. Documents and outlets arrive as small ints (a store's own numbering): most links
/// cite one document, so a set is only allocated once a second distinct value turns up.
/// </summary>
public sealed class LinkTally
{
    private int _evidence;
    private DistinctInts _documents;
    private DistinctInts _outlets;
    private PartialDate? _first, _last, _reported;
    private int _statuses;

    public int EvidenceCount => _evidence;
    public int DocumentCount => _documents.Count;

    /// <param name="outlet">The outlet's number; for a document without an outlet, a number no outlet and no other document uses.</param>
    public void Add(int document, int outlet, PartialDate? date, PartialDate? reportedOn, ClaimStatus status)
    {
        _evidence++;
        _documents.Add(document);
        _outlets.Add(outlet);
        if (date is { } d)
        {
            if (_first is not { } first || d.CompareTo(first) < 0) _first = d;
            if (_last is not { } last || d.CompareTo(last) > 0) _last = d;
        }
        if (reportedOn is { } r && (_reported is not { } reported || r.CompareTo(reported) < 0)) _reported = r;
        _statuses |= 1 << (int)status;
    }

    public Link ToLink(LinkKey key) => new(key, _evidence, _documents.Count, _outlets.Count, _first, _last, _reported, StatusesOf(_statuses));

    private static readonly ClaimStatus[] AllStatuses = Enum.GetValues<ClaimStatus>();

    // One shared array per combination of statuses: a neighbourhood's links would otherwise allocate one each.
    private static readonly ClaimStatus[][] ByMask = Enumerable.Range(0, 1 << AllStatuses.Length)
        .Select(mask => AllStatuses.Where(s => (mask & (1 << (int)s)) != 0).ToArray()).ToArray();

    /// <summary>The statuses whose bits (1 &lt;&lt; status) are set in <paramref name="mask"/>, in enum order; one shared array per combination.</summary>
    public static IReadOnlyList<ClaimStatus> StatusesOf(int mask) => ByMask[mask];

    /// <summary>A distinct count that stays allocation-free while it has seen one value.</summary>
    private struct DistinctInts
    {
        private bool _any;
        private int _single;
        private HashSet<int>? _many;

        public readonly int Count => _many?.Count ?? (_any ? 1 : 0);

        public void Add(int value)
        {
            if (_many is not null) _many.Add(value);
            else if (!_any) { _any = true; _single = value; }
            else if (value != _single) _many = [_single, value];
        }
    }
}
