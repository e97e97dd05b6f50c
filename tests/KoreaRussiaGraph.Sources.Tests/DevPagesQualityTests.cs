using KoreaRussiaGraph.Sources.Testing;
using Xunit.Abstractions;

namespace KoreaRussiaGraph.Sources.Tests;

/// <summary>
/// The extraction targets on the development articles of ../shared/dev/docs, dressed as real-shaped pages at
/// run time (their texts are never copied here). Like the extractor's own quality bars, it FAILS naming the folder
/// when ../shared is not beside the checkout: a target that cannot be measured has not been met.
/// </summary>
public class DevPagesQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void Pages_keep_the_article_admit_no_boilerplate_and_yield_the_clean_texts_relations()
    {
        var folder = Path.GetFullPath(Path.Combine(RepoRoot(), "..", "shared", "dev", "docs"));
        Assert.True(Directory.Exists(folder), $"{folder} is absent: ../shared must sit beside this checkout to measure page extraction");
        var articles = NewsArticle.LoadFolder(folder);
        Assert.True(articles.Count >= 20, $"only {articles.Count} articles in {folder}; the target is measured on at least 20 pages");

        var result = PageCorpusEvaluation.Run(WebHarness.Extractor, articles);
        output.WriteLine($"kept {result.Page.Kept}/{result.Page.ArticleSentences}, boilerplate {result.Page.Boilerplate}/{result.Page.ExtractedSentences}, equal relations {result.PagesWithEqualRelations}/{result.Articles}");
        foreach (var line in result.Differences) output.WriteLine(line);

        Assert.True(result.Page.KeptShare >= 0.98, $"sentences kept {result.Page.KeptShare:P2} < 98%");
        Assert.True(result.Page.BoilerplateShare <= 0.02, $"boilerplate admitted {result.Page.BoilerplateShare:P2} > 2%");
        Assert.Equal(result.Articles, result.PagesWithEqualRelations);
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "KoreaRussiaGraph.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("repository root not found above the test binary");
    }
}
