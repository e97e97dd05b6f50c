using System.Diagnostics;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Core.Schema;
using KoreaRussiaGraph.Extraction;
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
    var clock = Stopwatch.StartNew();
    var result = PageCorpusEvaluation.Run(extractor, articles);
    var (page, baseline) = (result.Page, result.WholePageBaseline);
    Console.WriteLine($"  SmartReader + box pruning (PageReader): sentences kept {page.Kept}/{page.ArticleSentences} = {page.KeptShare:P2}; boilerplate admitted {page.Boilerplate}/{page.ExtractedSentences} = {page.BoilerplateShare:P2}");
    Console.WriteLine($"  AngleSharp file extractor on the whole page (HtmlTextExtractor + DocumentCleaner): sentences kept {baseline.Kept}/{baseline.ArticleSentences} = {baseline.KeptShare:P2}; boilerplate admitted {baseline.Boilerplate}/{baseline.ExtractedSentences} = {baseline.BoilerplateShare:P2}");
    Console.WriteLine($"  relations: {result.PagesWithEqualRelations}/{result.Articles} pages give exactly the clean text's relations; {result.CleanRelations} from clean text, {result.PageRelations} from pages, {result.Missing} missing, {result.Extra} extra");
    foreach (var line in result.Differences.Take(10)) Console.WriteLine("  " + line);
    Console.WriteLine($"  ({clock.Elapsed.TotalSeconds:0.0} s)");
    return Task.CompletedTask;
}

string? Argument(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
