using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Sources.Pages;

namespace KoreaRussiaGraph.Sources.Testing;

/// <summary>
/// Clean articles dressed as real-shaped pages (<see cref="NewsPageMarkup"/>, the four layouts in turn), read back by
/// <see cref="PageReader"/>, and compared with the clean text: sentences kept, boilerplate admitted, and whether the
/// extractor's relations from the page equal those from the clean text. The file ingestion's AngleSharp reader of
/// the whole page is measured beside it, as the alternative the page reader was chosen over.
/// </summary>
public static class PageCorpusEvaluation
{
    public sealed record Result(
        int Articles, ExtractionQuality.Score Page, ExtractionQuality.Score WholePageBaseline,
        int PagesWithEqualRelations, int CleanRelations, int PageRelations, int Missing, int Extra, IReadOnlyList<string> Differences);

    public static Result Run(IDocumentExtractor extractor, IReadOnlyList<NewsArticle> articles)
    {
        var page = ExtractionQuality.Score.Zero;
        var baseline = ExtractionQuality.Score.Zero;
        int equal = 0, cleanRelations = 0, pageRelations = 0, missing = 0, extra = 0;
        var differences = new List<string>();
        for (var i = 0; i < articles.Count; i++)
        {
            var article = articles[i];
            var layout = i % 4;
            var canonical = new Uri($"https://news.example.org/{(article.Published ?? "2024").Replace('-', '/')}/{article.Id}-story.html");
            var html = NewsPageMarkup.Render(article, canonical, layout);

            var web = PageReader.Read(html, canonical);
            var fromPage = extractor.Extract(new SourceDocument(article.Id, "txt", web.Text, web.Metadata));
            var score = ExtractionQuality.Measure(article.CleanText, fromPage.CleanText);
            page += score;
            if (score.KeptShare < 1 || score.Boilerplate > 0)
                differences.Add($"{article.Id} (layout {layout}): kept {score.Kept}/{score.ArticleSentences}, boilerplate {score.Boilerplate}/{score.ExtractedSentences}: "
                    + string.Join(" | ", ExtractionQuality.Differences(article.CleanText, fromPage.CleanText).Select(d => d.Length > 70 ? d[..70] + "…" : d)));

            baseline += ExtractionQuality.Measure(article.CleanText, extractor.Extract(new SourceDocument(article.Id, "html", html, DocumentMetadata.None)).CleanText);

            var published = article.Published is { } p && PartialDate.TryParse(p, out var date) ? date : (PartialDate?)null;
            var clean = Keys(extractor.Extract(new SourceDocument(article.Id, "txt", article.CleanText, new DocumentMetadata(article.Title, article.OriginalUrl, article.Outlet, published))));
            var paged = Keys(fromPage);
            cleanRelations += clean.Count;
            pageRelations += paged.Count;
            missing += clean.Except(paged).Count();
            extra += paged.Except(clean).Count();
            if (clean.SetEquals(paged)) equal++;
            else differences.Add($"{article.Id} (layout {layout}): relations differ: -{string.Join(", -", clean.Except(paged))} +{string.Join(", +", paged.Except(clean))}");
        }
        return new Result(articles.Count, page, baseline, equal, cleanRelations, pageRelations, missing, extra, differences);
    }

    private static HashSet<string> Keys(ExtractionResult result) =>
        result.Relations.Select(r => $"{r.Type}|{r.SourceId}|{r.TargetId}|{r.Date}|{r.Status}|{r.AttributedTo}|{r.Citation.Quote}").ToHashSet(StringComparer.Ordinal);
}
