using System.Globalization;
using KoreaRussiaGraph.Core.Querying;

namespace KoreaRussiaGraph.Core.Links;

/// <summary>How a page of links is ordered.</summary>
public enum LinkOrder
{
    /// <summary>By link id (source|type|target), ordinal.</summary>
    Id,
    /// <summary>Best corroborated first: most documents, then most evidence, then id.</summary>
    DocumentCount,
}

/// <summary>
/// The relationships of the whole graph whose evidence passes <see cref="Filter"/> and that are backed by at least
/// <see cref="MinDocuments"/> documents. <see cref="After"/> is a <see cref="LinkCursor"/> in <see cref="Order"/>'s form.
/// </summary>
public sealed record LinkQuery(RelationFilter? Filter = null, int MinDocuments = 1, LinkOrder Order = LinkOrder.Id, int First = 100, string? After = null)
{
    public const int MaxMinDocuments = 1_000_000;

    public RelationFilter EffectiveFilter => Filter ?? RelationFilter.Default;

    /// <summary>Checks the bounds and parses the cursor (a cursor of the other order is an error, not a silent restart).</summary>
    public LinkCursor? Validate()
    {
        QueryGuard.InRange("first", First, QueryBounds.MinPage, QueryBounds.MaxPage);
        QueryGuard.InRange("minDocuments", MinDocuments, 1, MaxMinDocuments);
        QueryGuard.ValidFilter(Filter);
        return After is null ? null : LinkCursor.Parse(After, Order);
    }
}

/// <summary>
/// Where a page of links ended, as the keyset of its order: the id alone for <see cref="LinkOrder.Id"/>, and
/// <c>documents:evidence:id</c> for <see cref="LinkOrder.DocumentCount"/>, so a page boundary survives new ingestion.
/// </summary>
public sealed record LinkCursor(int DocumentCount, int EvidenceCount, string Id)
{
    public static string Of(Link link, LinkOrder order) => order == LinkOrder.Id
        ? link.Id
        : string.Create(CultureInfo.InvariantCulture, $"{link.DocumentCount}:{link.EvidenceCount}:{link.Id}");

    public static LinkCursor Parse(string text, LinkOrder order)
    {
        if (order == LinkOrder.Id) return new LinkCursor(0, 0, text);
        var parts = text.Split(':', 3);
        if (parts.Length == 3
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var documents)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var evidence))
            return new LinkCursor(documents, evidence, parts[2]);
        throw GraphQueryException.InvalidArgument("after", "this cursor was not issued for orderBy DOCUMENT_COUNT");
    }

    /// <summary>Whether <paramref name="link"/> comes after this cursor in <paramref name="order"/>.</summary>
    public bool Precedes(Link link, LinkOrder order) => LinkPaging.Compare(this, link, order) < 0;
}

/// <summary>The order and the paging of <see cref="LinkQuery"/>, shared by every store that pages links in memory.</summary>
public static class LinkPaging
{
    public static int Compare(Link x, Link y, LinkOrder order) =>
        Compare(new LinkCursor(x.DocumentCount, x.EvidenceCount, x.Id), y, order);

    internal static int Compare(LinkCursor x, Link y, LinkOrder order)
    {
        if (order == LinkOrder.DocumentCount)
        {
            if (x.DocumentCount != y.DocumentCount) return y.DocumentCount.CompareTo(x.DocumentCount);
            if (x.EvidenceCount != y.EvidenceCount) return y.EvidenceCount.CompareTo(x.EvidenceCount);
        }
        return string.CompareOrdinal(x.Id, y.Id);
    }

    /// <summary>Keeps the links with enough documents, orders them, and cuts the page after the cursor.</summary>
    public static Page<Link> Page(IEnumerable<Link> links, LinkQuery query)
    {
        var after = query.Validate();
        var kept = links.Where(l => l.DocumentCount >= query.MinDocuments).ToList();
        kept.Sort((x, y) => Compare(x, y, query.Order));
        var rest = after is null ? kept : kept.Where(l => after.Precedes(l, query.Order)).ToList();
        return new Page<Link>(rest.Take(query.First).ToArray(), rest.Count > query.First, kept.Count);
    }
}
