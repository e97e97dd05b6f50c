using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Core.Links;

/// <summary>
/// Which relationship a relation belongs to: its source, type and target. Symmetric types (MET, SIGNED) are stored
/// with their two ids in ordinal order, so both directions of a meeting fall under one key.
/// </summary>
public readonly record struct LinkKey(string SourceId, string Type, string TargetId)
{
    private const char Separator = '|';

    /// <summary>Stable and readable: <c>source|type|target</c>.</summary>
    public string Id => string.Concat(SourceId, "|", Type, "|", TargetId);

    public static LinkKey Of(Relation relation) => new(relation.SourceId, relation.Type, relation.TargetId);

    public static bool TryParse(string? id, out LinkKey key)
    {
        key = default;
        var parts = id?.Split(Separator);
        if (parts is not { Length: 3 } || parts.Any(string.IsNullOrEmpty)) return false;
        key = new LinkKey(parts[0], parts[1], parts[2]);
        return true;
    }

    public override string ToString() => Id;
}

/// <summary>
/// A relationship and how well it is sourced: the cited relations behind it that pass a filter, how many documents
/// and outlets they come from, and when the event was first and last dated and first reported.
/// </summary>
/// <remarks>
/// A neighbourhood groups thousands of these per answer, so the three dates are kept as one int each (year, month and
/// day packed; 0 for none) rather than three nullable structs: 80 bytes a link instead of 140, less for the collector.
/// </remarks>
public sealed record Link
{
    private string? _id;
    private readonly int _firstDate, _lastDate, _firstReported;

    /// <param name="outletCount">Distinct outlets among the documents; a document without an outlet counts once on its own.</param>
    /// <param name="firstDate">Earliest event date among the dated evidence (PartialDate order); null when none is dated.</param>
    /// <param name="lastDate">Latest event date among the dated evidence.</param>
    /// <param name="firstReported">Earliest publication date among the citing documents.</param>
    /// <param name="statuses">The distinct statuses of the evidence, in enum order.</param>
    public Link(LinkKey key, int evidenceCount, int documentCount, int outletCount, PartialDate? firstDate, PartialDate? lastDate,
        PartialDate? firstReported, IReadOnlyList<ClaimStatus> statuses)
    {
        (Key, EvidenceCount, DocumentCount, OutletCount, Statuses) = (key, evidenceCount, documentCount, outletCount, statuses);
        (_firstDate, _lastDate, _firstReported) = (Pack(firstDate), Pack(lastDate), Pack(firstReported));
    }

    public LinkKey Key { get; init; }
    public int EvidenceCount { get; init; }
    public int DocumentCount { get; init; }
    public int OutletCount { get; init; }
    public PartialDate? FirstDate { get => Unpack(_firstDate); init => _firstDate = Pack(value); }
    public PartialDate? LastDate { get => Unpack(_lastDate); init => _lastDate = Pack(value); }
    public PartialDate? FirstReported { get => Unpack(_firstReported); init => _firstReported = Pack(value); }
    public IReadOnlyList<ClaimStatus> Statuses { get; init; }

    /// <summary>Built on first use and kept (links are sorted and paged by id); a grouped neighbourhood of thousands of links may never ask.</summary>
    public string Id => _id ??= Key.Id;

    // A copy (`with`) may change Key, so it builds its own id.
    private Link(Link original)
    {
        (Key, EvidenceCount, DocumentCount, OutletCount, Statuses) = (original.Key, original.EvidenceCount, original.DocumentCount, original.OutletCount, original.Statuses);
        (_firstDate, _lastDate, _firstReported) = (original._firstDate, original._lastDate, original._firstReported);
    }

    // The cached id is derived from Key, so it takes no part in equality.
    public bool Equals(Link? other) =>
        other is not null && Key == other.Key && EvidenceCount == other.EvidenceCount && DocumentCount == other.DocumentCount &&
        OutletCount == other.OutletCount && _firstDate == other._firstDate && _lastDate == other._lastDate && _firstReported == other._firstReported &&
        EqualityComparer<IReadOnlyList<ClaimStatus>>.Default.Equals(Statuses, other.Statuses);

    public override int GetHashCode() => HashCode.Combine(Key, EvidenceCount, DocumentCount, OutletCount, _firstDate, _lastDate, _firstReported, Statuses);

    // Year above 9 bits of month (0 = none, else 1..12) and day (0 = none, else 1..31); 0 is no date (years start at 1).
    private static int Pack(PartialDate? date) => date is { } d ? (d.Year << 9) | ((d.Month ?? 0) << 5) | (d.Day ?? 0) : 0;

    private static PartialDate? Unpack(int packed) => packed == 0 ? null
        : new PartialDate(packed >> 9, (packed >> 5 & 0xF) is var month and > 0 ? month : null, (packed & 0x1F) is var day and > 0 ? day : null);
}
