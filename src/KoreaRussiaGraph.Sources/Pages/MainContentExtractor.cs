using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace KoreaRussiaGraph.Sources.Pages;

/// <summary>
/// The article's own text from a whole page: SmartReader (Mozilla Readability's scoring) finds the main content,
/// then its blocks become lines. Readability keeps what sits inside the article's container, so captions, inline
/// "read more" lists and paywall or newsletter boxes placed there are taken out here before and after it runs.
/// SmartReader rather than the AngleSharp extractor the file ingestion uses: it is measured to keep more article
/// sentences and admit fewer chrome sentences on real-shaped pages (docs/web-sources.md).
/// </summary>
public static class MainContentExtractor
{
    private static readonly string[] BlockTags = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "dd", "dt"];

    // Elements that are never article prose wherever they sit.
    private const string NeverProse = "script, style, noscript, template, figcaption, figure, button, form, iframe, svg, dialog";

    public static IReadOnlyList<string> Extract(IHtmlDocument page, Uri address)
    {
        foreach (var element in page.QuerySelectorAll(NeverProse).ToArray()) element.Remove();
        foreach (var element in page.QuerySelectorAll("[hidden], [aria-hidden='true']").ToArray()) element.Remove();
        var pageText = Math.Max(1, page.Body?.TextContent.Length ?? 1);
        foreach (var element in page.Body?.QuerySelectorAll("*").Where(e => IsBoxInsideArticle(e) && !IsWrapper(e, pageText)).ToArray() ?? [])
            element.Remove();

        var reader = new Reader(address.AbsoluteUri, page) { Debug = false, DisableJSONLD = true };
        var article = reader.GetArticle();
        if (!article.Completed || string.IsNullOrWhiteSpace(article.Content)) return [];

        var content = new HtmlParser().ParseDocument(article.Content);
        var root = (IElement?)content.Body ?? content.DocumentElement;
        var blocks = root.QuerySelectorAll(string.Join(", ", BlockTags))
            .Where(e => !e.Ancestors<IElement>().Any(a => BlockTags.Contains(a.LocalName)))
            .Select(e => PageMetadataReader.Squash(e.TextContent))
            .Where(line => line.Length > 0)
            .ToList();
        // Content with no block markup at all (text in bare divs) is still content: one line per text run.
        if (blocks.Count == 0)
            blocks = root.TextContent.Split('\n').Select(PageMetadataReader.Squash).Where(l => l.Length > 0).ToList();
        return blocks;
    }

    /// <summary>
    /// Boxes that sites put inside the article container: related lists, newsletter and paywall prompts, cookie
    /// notices, share bars. Named by their classes or ids, since that is all that tells them from prose.
    /// </summary>
    private static bool IsBoxInsideArticle(IElement e)
    {
        if (e.LocalName is "nav" or "aside" or "footer") return true;
        var names = ((e.ClassName ?? "") + " " + (e.Id ?? "") + " " + (e.GetAttribute("role") ?? "")).ToLowerInvariant();
        if (names.Trim().Length == 0) return false;
        return BoxWords.Any(word => names.Contains(word, StringComparison.Ordinal));
    }

    /// <summary>A box word on a page-wide wrapper (&lt;div class="page social-enabled"&gt;) must not take the article with it.</summary>
    private static bool IsWrapper(IElement e, int pageText) =>
        e.QuerySelector("article, main, h1") is not null || e.TextContent.Length > pageText / 2;

    private static readonly string[] BoxWords =
    [
        "related", "recommend", "read-more", "readmore", "more-stories", "newsletter", "subscribe", "paywall", "premium-teaser",
        "cookie", "consent", "gdpr", "share", "social", "promo", "advert", "ad-slot", "sponsor", "caption", "byline-bio",
        "comments", "trending", "most-read", "mostread", "outbrain", "taboola", "breadcrumb", "navigation", "banner",
    ];
}
