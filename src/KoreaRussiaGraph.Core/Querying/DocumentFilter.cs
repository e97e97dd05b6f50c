using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Core.Querying;

/// <summary>
/// Which documents a listing keeps (issue 18). Outlets match case-insensitively and exactly; from/to keep documents
/// whose publication date overlaps [from, to] (undated documents are dropped when either is given); statuses keep
/// all when null; <see cref="Text"/> is a search expression (<see cref="SearchExpression"/>) matched against the
/// document's title and the sentences its relations cite. <see cref="Matches"/> is the reference for everything but text.
/// </summary>
public sealed record DocumentFilter
{
    public static readonly DocumentFilter All = new();

    public IReadOnlySet<string>? Outlets { get; init; }
    public PartialDate? From { get; init; }
    public PartialDate? To { get; init; }
    public IReadOnlySet<DocumentStatus>? Statuses { get; init; }
    public string? Text { get; init; }

    public bool HasDateFilter => From is not null || To is not null;

    public bool Matches(DocumentRecord d)
    {
        if (Outlets is not null && (d.Outlet is null || !Outlets.Contains(d.Outlet, StringComparer.OrdinalIgnoreCase))) return false;
        if (Statuses is not null && !Statuses.Contains(d.Status)) return false;
        if (!HasDateFilter) return true;
        return d.Published is { } published && published.Overlaps(From, To);
    }

    /// <summary>Refuses a filter that cannot match anything by construction, and malformed text.</summary>
    public void Validate()
    {
        if (From is { } from && To is { } to && from.Start > to.End)
            throw GraphQueryException.InvalidArgument("filter", $"'from' ({from}) is after 'to' ({to})");
        if (Statuses is { Count: 0 }) throw GraphQueryException.InvalidArgument("filter.statuses", "at least one status is needed");
        if (Outlets is { Count: 0 }) throw GraphQueryException.InvalidArgument("filter.outlets", "at least one outlet is needed");
        if (Text is not null) SearchExpression.Parse(Text, "filter.text");
    }
}
