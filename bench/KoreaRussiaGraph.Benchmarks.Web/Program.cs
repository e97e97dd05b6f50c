using System.Diagnostics;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Core.Schema;
using KoreaRussiaGraph.Extraction;
using KoreaRussiaGraph.Sources.Pages;
using KoreaRussiaGraph.Sources.Testing;

// Web sources benchmark: extraction quality on real-shaped pages, then feed ingestion throughput and polling cost.
// Run from the repository root: dotnet run -c Release --project bench/KoreaRussiaGraph.Benchmarks.Web -- [--docs ../shared/dev/docs] [--items 500] [--warmup 200] [--quality-only | --feed-only]
var docsFolder = Argument("--docs") ?? Path.Combine("..", "shared", "dev", "docs");
var items = int.Parse(Argument("--items") ?? "500");
var warmup = int.Parse(Argument("--warmup") ?? "200");
var extractor = RuleBasedExtractor.Load(GraphSchemaDirectory.Locate());

if (!args.Contains("--feed-only")) await QualityAsync();
if (!args.Contains("--quality-only")) await WebFeedBenchmark.RunAsync(extractor, docsFolder, items, warmup);
return 0;

Task QualityAsync()
{
    if (!Directory.Exists(docsFolder))
    {
        Console.WriteLine($"quality: skipped, {docsFolder} not found (give --docs FOLDER of NN.txt + NN.meta.json articles)");
        return Task.CompletedTask;
    }
    var articles = NewsArticle.LoadFolder(docsFolder);
    Console.WriteLine($"quality: {articles.Count} articles from {Path.GetFullPath(docsFolder)}, each wrapped in one of 4 page layouts at run time");
    var smart = ExtractionQuality.Score.Zero;
    var baseline = ExtractionQuality.Score.Zero;
    int equal = 0, cleanRelations = 0, pageRelations = 0, missing = 0, extra = 0;
    var clock = Stopwatch.StartNew();
    var worst = new List<string>();
    for (var i = 0; i < articles.Count; i++)
    {
        var article = articles[i];
        var canonical = new Uri($"https://news.example.org/{(article.Published ?? "2024").Replace('-', '/')}/{article.Id}-story.html");
        var html = NewsPageMarkup.Render(article, canonical, i % 4);

        var web = PageReader.Read(html, canonical);
        var pageResult = extractor.Extract(new SourceDocument(article.Id, "txt", web.Text, web.Metadata));
        var score = ExtractionQuality.Measure(article.CleanText, pageResult.CleanText);
        smart += score;
        if (score.KeptShare < 1 || score.Boilerplate > 0)
            worst.Add($"  {article.Id} (layout {i % 4}): kept {score.Kept}/{score.ArticleSentences}, boilerplate {score.Boilerplate}/{score.ExtractedSentences}: "
                + string.Join(" | ", ExtractionQuality.Differences(article.CleanText, pageResult.CleanText).Select(d => d.Length > 70 ? d[..70] + "…" : d)));

        var whole = extractor.Extract(new SourceDocument(article.Id, "html", html, DocumentMetadata.None));
        baseline += ExtractionQuality.Measure(article.CleanText, whole.CleanText);

        var fromClean = Keys(extractor.Extract(new SourceDocument(article.Id, "txt", article.CleanText,
            new DocumentMetadata(article.Title, article.OriginalUrl, article.Outlet, article.Published is { } p ? KoreaRussiaGraph.Core.Model.PartialDate.Parse(p) : null))));
        var fromPage = Keys(pageResult);
        cleanRelations += fromClean.Count;
        pageRelations += fromPage.Count;
        missing += fromClean.Except(fromPage).Count();
        extra += fromPage.Except(fromClean).Count();
        if (fromClean.SetEquals(fromPage)) equal++;
    }
    Console.WriteLine($"  SmartReader + box pruning (PageReader): sentences kept {smart.Kept}/{smart.ArticleSentences} = {smart.KeptShare:P2}; boilerplate admitted {smart.Boilerplate}/{smart.ExtractedSentences} = {smart.BoilerplateShare:P2}");
    Console.WriteLine($"  AngleSharp file extractor (HtmlTextExtractor + DocumentCleaner): sentences kept {baseline.Kept}/{baseline.ArticleSentences} = {baseline.KeptShare:P2}; boilerplate admitted {baseline.Boilerplate}/{baseline.ExtractedSentences} = {baseline.BoilerplateShare:P2}");
    Console.WriteLine($"  relations: {equal}/{articles.Count} pages give exactly the clean text's relations; {cleanRelations} from clean text, {pageRelations} from pages, {missing} missing, {extra} extra");
    foreach (var line in worst.Take(10)) Console.WriteLine(line);
    Console.WriteLine($"  ({clock.Elapsed.TotalSeconds:0.0} s)");
    return Task.CompletedTask;
}

static HashSet<string> Keys(ExtractionResult result) =>
    result.Relations.Select(r => $"{r.Type}|{r.SourceId}|{r.TargetId}|{r.Date}|{r.Status}|{r.Citation.Quote}").ToHashSet(StringComparer.Ordinal);

string? Argument(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
