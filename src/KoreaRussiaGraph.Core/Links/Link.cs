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
/// <param name="OutletCount">Distinct outlets among the documents; a document without an outlet counts once on its own.</param>
/// <param name="FirstDate">Earliest event date among the dated evidence (PartialDate order); null when none is dated.</param>
/// <param name="LastDate">Latest event date among the dated evidence.</param>
/// <param name="FirstReported">Earliest publication date among the citing documents.</param>
/// <param name="Statuses">The distinct statuses of the evidence, in enum order.</param>
public sealed record Link(
    LinkKey Key,
    int EvidenceCount,
    int DocumentCount,
    int OutletCount,
    PartialDate? FirstDate,
    PartialDate? LastDate,
    PartialDate? FirstReported,
    IReadOnlyList<ClaimStatus> Statuses)
{
    private string? _id;

    /// <summary>Built on first use and kept (links are sorted and paged by id); a grouped neighbourhood of thousands of links may never ask.</summary>
    public string Id => _id ??= Key.Id;

    // A copy (`with`) may change Key, so it builds its own id.
    private Link(Link original)
    {
        (Key, EvidenceCount, DocumentCount, OutletCount) = (original.Key, original.EvidenceCount, original.DocumentCount, original.OutletCount);
        (FirstDate, LastDate, FirstReported, Statuses) = (original.FirstDate, original.LastDate, original.FirstReported, original.Statuses);
    }

    // The cached id is derived from Key, so it takes no part in equality.
    public bool Equals(Link? other) =>
        other is not null && Key == other.Key && EvidenceCount == other.EvidenceCount && DocumentCount == other.DocumentCount &&
        OutletCount == other.OutletCount && FirstDate == other.FirstDate && LastDate == other.LastDate && FirstReported == other.FirstReported &&
        EqualityComparer<IReadOnlyList<ClaimStatus>>.Default.Equals(Statuses, other.Statuses);

    public override int GetHashCode() => HashCode.Combine(Key, EvidenceCount, DocumentCount, OutletCount, FirstDate, LastDate, FirstReported, Statuses);
}
