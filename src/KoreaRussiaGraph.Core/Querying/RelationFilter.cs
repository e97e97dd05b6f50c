using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Core.Querying;

/// <summary>
/// The filters shared by every graph query (DESIGN §3). Both stores apply exactly these semantics;
/// <see cref="Matches"/> is the reference the contract tests hold them to.
/// </summary>
public sealed record RelationFilter
{
    public static readonly IReadOnlySet<ClaimStatus> DefaultStatuses = new HashSet<ClaimStatus> { ClaimStatus.Asserted, ClaimStatus.Alleged };
    public static readonly RelationFilter Default = new();

    /// <summary>Relation types to keep; null keeps all.</summary>
    public IReadOnlySet<string>? Types { get; init; }
    public PartialDate? From { get; init; }
    public PartialDate? To { get; init; }
    /// <summary>With a date filter, undated relations are dropped unless this is set.</summary>
    public bool IncludeUndated { get; init; }
    public IReadOnlySet<ClaimStatus> Statuses { get; init; } = DefaultStatuses;
    public Direction Direction { get; init; } = Direction.Both;
    /// <summary>A search expression (<see cref="SearchExpression"/>) the cited sentence must match; null keeps all. Not tested by <see cref="Matches"/>: the stores' full-text indexes answer it.</summary>
    public string? Text { get; init; }

    public bool HasDateFilter => From is not null || To is not null;

    /// <summary>Type, status and date test; direction is a property of traversal, see <see cref="Traverses"/>.</summary>
    public bool Matches(Relation r)
    {
        if (Types is not null && !Types.Contains(r.Type)) return false;
        if (!Statuses.Contains(r.Status)) return false;
        if (!HasDateFilter) return true;
        return r.Date is { } date ? date.Overlaps(From, To) : IncludeUndated;
    }

    /// <summary>Whether a walk standing on <paramref name="fromActor"/> may cross <paramref name="r"/> under the direction filter.</summary>
    public bool Traverses(Relation r, string fromActor) => r.Symmetric || Direction switch
    {
        Direction.Out => r.SourceId == fromActor,
        Direction.In => r.TargetId == fromActor,
        _ => true,
    };
}
