using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Feeds;

namespace KoreaRussiaGraph.Sources.Feeds;

/// <summary>One item of a feed: a stable key, the page it links to, and a version that changes when the item is updated in place.</summary>
public sealed record FeedEntry(string Key, Uri? Link, string Version, DateTimeOffset? Date);

/// <summary>RSS 2.0, RSS 1.0 and Atom items through CodeHollow.FeedReader, which tolerates the dates real feeds write.</summary>
public static class FeedEntries
{
    /// <exception cref="FormatException">The bytes are not a feed.</exception>
    public static IReadOnlyList<FeedEntry> Parse(byte[] body, Uri feedAddress)
    {
        Feed feed;
        try { feed = FeedReader.ReadFromByteArray(body); }
        // The parser meets whatever a server sends (HTML, broken XML, unknown roots) and throws its own exception types for each.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new FormatException($"not an RSS or Atom document ({e.Message})", e);
        }
        if (feed.Type == FeedType.Unknown) throw new FormatException("not an RSS or Atom document (unknown root element)");

        var entries = new List<FeedEntry>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in feed.Items)
        {
            var link = Resolve(feedAddress, item.Link) ?? (item.SpecificItem is AtomFeedItem atom ? Resolve(feedAddress, atom.Links?.FirstOrDefault(l => l.Relation is null or "alternate")?.Href) : null);
            var key = Blank(item.Id) ?? link?.AbsoluteUri ?? Blank(item.Title);
            if (key is null || !keys.Add(key)) continue; // an item with nothing to know it by, or listed twice
            var updated = item.SpecificItem is AtomFeedItem a ? Blank(a.UpdatedDateString) : null;
            var version = updated ?? Blank(item.PublishingDateString) ?? "";
            var date = item.PublishingDate ?? (item.SpecificItem is AtomFeedItem u ? u.UpdatedDate : null);
            entries.Add(new FeedEntry(key, link, version, date is { } d ? new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)) : null));
        }
        return entries;
    }

    private static Uri? Resolve(Uri feedAddress, string? href) =>
        Blank(href) is { } value && Uri.TryCreate(feedAddress, value, out var uri) && WebAddress.TryParse(uri.AbsoluteUri, out var ok) ? ok : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
