using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KoreaRussiaGraph.Core.Ports;

namespace KoreaRussiaGraph.Extraction.Documents;

/// <summary>
/// Turns HTML into text lines, one per block element. AngleSharp rather than SmartReader: we need to say
/// why each piece was dropped (navigation, forms, scripts), which a readability score does not tell.
/// </summary>
public static class HtmlTextExtractor
{
    private static readonly string[] ChromeSelectors = ["script", "style", "noscript", "nav", "footer", "aside", "form", "iframe", "svg", "button", "figure figcaption"];
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase) { "P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "TD", "DT", "DD" };

    public static (string? Title, IReadOnlyList<string> Lines, IReadOnlyList<DroppedBlock> Dropped) Extract(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var dropped = new List<DroppedBlock>();
        foreach (var selector in ChromeSelectors)
            foreach (var element in document.QuerySelectorAll(selector).ToArray())
            {
                var text = Normalize(element.TextContent);
                if (text.Length > 0) dropped.Add(new DroppedBlock(text, $"html <{element.LocalName}> outside the article"));
                element.Remove();
            }

        var heading = document.QuerySelector("h1");
        var title = heading is not null ? Normalize(heading.TextContent) : Normalize(document.Title ?? "");
        var root = (IElement?)document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        var lines = new List<string>();
        if (root is null) return (title.Length > 0 ? title : null, lines, dropped);

        if (heading is not null && !root.Contains(heading) && title.Length > 0) lines.Add(title);
        var blocks = root.QuerySelectorAll("*").Where(e => BlockTags.Contains(e.TagName) && !e.Ancestors().Any(a => a is IElement ae && BlockTags.Contains(ae.TagName))).ToArray();
        if (blocks.Length == 0)
            lines.AddRange(root.TextContent.Split('\n').Select(Normalize).Where(l => l.Length > 0));
        else
            lines.AddRange(blocks.Select(b => Normalize(b.TextContent)).Where(l => l.Length > 0));
        if (lines.Count > 0 && title.Length > 0 && !lines.Contains(title)) lines.Insert(0, title);
        return (title.Length > 0 ? title : null, lines, dropped);
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
