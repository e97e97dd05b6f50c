using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Sources.Pages;

/// <summary>
/// The metadata a news page carries about itself: title, canonical address, outlet and publication date. The date
/// is taken from the first of article:published_time, JSON-LD datePublished, a &lt;time&gt; element of the article,
/// the URL, and (when the caller has one) the feed item's date; the basis names which, with the value read.
/// </summary>
public static partial class PageMetadataReader
{
    public sealed record PageMetadata(Uri Canonical, string? Title, string? Outlet, PartialDate? Published, string? PublishedBasis);

    public static PageMetadata Read(IHtmlDocument document, Uri fetchedFrom, DateTimeOffset? feedDate = null)
    {
        var jsonLd = JsonLdObjects(document).ToList();
        var canonical = Resolve(fetchedFrom, document.QuerySelector("link[rel~=canonical]")?.GetAttribute("href"))
            ?? Resolve(fetchedFrom, Meta(document, "og:url"))
            ?? fetchedFrom;
        var title = Meta(document, "og:title") ?? Meta(document, "twitter:title") ?? JsonLdString(jsonLd, "headline")
            ?? Text(document.QuerySelector("h1")) ?? Blank(document.Title);
        var outlet = Meta(document, "og:site_name") ?? JsonLdPublisher(jsonLd) ?? Meta(document, "application-name") ?? Host(canonical);
        var (published, basis) = PublishedDate(document, jsonLd, canonical, fetchedFrom, feedDate);
        return new PageMetadata(canonical, title, outlet, published, basis);
    }

    private static (PartialDate?, string?) PublishedDate(IHtmlDocument document, List<JsonElement> jsonLd, Uri canonical, Uri fetchedFrom, DateTimeOffset? feedDate)
    {
        if ((Meta(document, "article:published_time") ?? Meta(document, "og:article:published_time")) is { } meta && ParseDate(meta) is { } fromMeta)
            return (fromMeta, $"article:published_time meta tag of the page: \"{meta}\"");
        if (JsonLdString(jsonLd, "datePublished") is { } ld && ParseDate(ld) is { } fromLd)
            return (fromLd, $"JSON-LD datePublished of the page: \"{ld}\"");
        foreach (var time in ArticleTimes(document))
        {
            var value = time.GetAttribute("datetime") ?? time.TextContent.Trim();
            if (ParseDate(value) is { } fromTime)
                return (fromTime, $"<time> element of the article: \"{value}\"");
        }
        foreach (var address in new[] { canonical, fetchedFrom })
            if (UrlDate().Match(address.AbsolutePath) is { Success: true } m && DateFromUrl(m) is { } fromUrl)
                return (fromUrl, $"date in the URL: \"{m.Value.Trim('/')}\" in {address.AbsolutePath}");
        if (feedDate is { } feed)
            return (PartialDate.OfDay(DateOnly.FromDateTime(feed.DateTime)), $"the feed item's date: \"{feed:O}\"");
        return (null, null);
    }

    /// <summary>
    /// The &lt;time&gt; elements that may date the article, best first: one marked as the publication date, then
    /// those in the article's header or body. Times in navigation, related lists, comments and footers date other things.
    /// </summary>
    private static IEnumerable<IElement> ArticleTimes(IHtmlDocument document)
    {
        var all = document.QuerySelectorAll("time").Where(t => !t.Ancestors<IElement>().Any(IsChrome)).ToList();
        var marked = all.Where(t => t.GetAttribute("itemprop") == "datePublished" || t.HasAttribute("pubdate")
            || (t.ClassName ?? "").Contains("publish", StringComparison.OrdinalIgnoreCase));
        var inArticle = all.Where(t => t.Closest("article, main, header") is not null);
        return marked.Concat(inArticle).Concat(all).Distinct();
    }

    internal static bool IsChrome(IElement e) =>
        e.LocalName is "nav" or "aside" or "footer"
        || ((e.ClassName ?? "") + " " + (e.Id ?? "")).Split(' ', '-', '_').Any(word => word.ToLowerInvariant() is "related" or "comments" or "comment" or "sidebar" or "recommended" or "trending" or "footer" or "nav");

    private static PartialDate? ParseDate(string text)
    {
        text = text.Trim();
        if (text.Length == 0) return null;
        // "2023" and "2023-09" say no more than that; a date parser would invent the first of the month.
        if (PartialDate.TryParse(text, out var stated)) return stated;
        // The outlet's own calendar day: 2023-09-05T01:00+09:00 is the 5th in Seoul, whatever UTC says.
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var when) && when.Year is > 1900 and < 2200)
            return PartialDate.OfDay(DateOnly.FromDateTime(when.DateTime));
        return text.Length > 10 && PartialDate.TryParse(text[..10], out var partial) ? partial : null;
    }

    private static PartialDate? DateFromUrl(Match m)
    {
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (year is < 1990 or > 2100 || month is < 1 or > 12) return null;
        if (m.Groups["d"].Success && int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) is var day && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            return new PartialDate(year, month, day);
        return new PartialDate(year, month);
    }

    // /2023/09/05/, /2023-09-05-, /20230905/ and /2023/09/ (a month only when no day follows)
    [GeneratedRegex(@"(?<![0-9])(?<y>(?:19|20)\d{2})([/-])(?<m>\d{2})(?:\1(?<d>\d{2}))?(?![0-9])|/(?<y>(?:19|20)\d{2})(?<m>\d{2})(?<d>\d{2})(?=[/_-]|$)")]
    private static partial Regex UrlDate();

    private static string? Meta(IHtmlDocument document, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
            if (string.Equals(meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop"), name, StringComparison.OrdinalIgnoreCase)
                && Blank(meta.GetAttribute("content")) is { } content)
                return content;
        return null;
    }

    private static IEnumerable<JsonElement> JsonLdObjects(IHtmlDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            JsonElement root;
            try { root = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }).RootElement; }
            catch (JsonException) { continue; } // broken JSON-LD is common; the other sources of metadata remain
            foreach (var item in Flatten(root)) yield return item;
        }
    }

    private static IEnumerable<JsonElement> Flatten(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                foreach (var inner in Flatten(item)) yield return inner;
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out var graph))
                foreach (var inner in Flatten(graph)) yield return inner;
        }
    }

    private static string? JsonLdString(IEnumerable<JsonElement> objects, string property) =>
        objects.Select(o => o.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? Blank(v.GetString()) : null).FirstOrDefault(v => v is not null);

    private static string? JsonLdPublisher(IEnumerable<JsonElement> objects) =>
        objects.Select(o => o.TryGetProperty("publisher", out var p) && p.ValueKind == JsonValueKind.Object && p.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String
            ? Blank(n.GetString()) : null).FirstOrDefault(v => v is not null);

    private static Uri? Resolve(Uri baseUri, string? href)
    {
        if (Blank(href) is not { } value) return null;
        return Uri.TryCreate(baseUri, value, out var resolved) && WebAddress.TryParse(resolved.AbsoluteUri, out var ok) ? ok : null;
    }

    private static string Host(Uri uri) => uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;

    private static string? Text(IElement? element) => element is null ? null : Blank(Squash(element.TextContent));

    internal static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : Squash(value);
}
