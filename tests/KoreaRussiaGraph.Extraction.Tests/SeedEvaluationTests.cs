using KoreaRussiaGraph.Ingestion.Documents;
using KoreaRussiaGraph.Extraction.Evaluation;
using Xunit.Abstractions;

namespace KoreaRussiaGraph.Extraction.Tests;

/// <summary>
/// The project's own quality bars: the extractor on seeds/ against ../shared/gold/seeds.jsonl, and on the
/// development corpus ../shared/dev against its independently annotated gold. Each prints its tables and FAILS,
/// naming the missing file, when the gold is not beside the repository: a quality bar that cannot be measured
/// has not been met.
/// </summary>
public class SeedEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void Seeds_meet_the_quality_targets()
    {
        var root = TestSupport.RepoRoot();
        var report = Evaluate(Path.Combine(root, "..", "shared", "gold", "seeds.jsonl"), Path.Combine(root, "seeds")).Overall;
        Assert.True(report.Overall.Precision >= 0.90, $"precision {report.Overall.Precision:0.000} < 0.90");
        Assert.True(report.Overall.Recall >= 0.80, $"recall {report.Overall.Recall:0.000} < 0.80");
        Assert.True(report.Dates.Rate >= 0.85, $"date agreement {report.Dates.Rate:0.000} < 0.85");
        Assert.True(report.Statuses.Rate >= 0.90, $"status agreement {report.Statuses.Rate:0.000} < 0.90");
    }

    /// <summary>
    /// A regression floor on text the rules were not written from, set just below what the extractor measured when
    /// the floor was last raised (docs/extraction.md has the figures); the targets for the whole corpus are met at this floor.
    /// </summary>
    [Fact]
    public void Development_corpus_does_not_fall_below_its_measured_floor()
    {
        var root = TestSupport.RepoRoot();
        var dev = Path.Combine(root, "..", "shared", "dev");
        var (report, _) = Evaluate(Path.Combine(dev, "gold.jsonl"), Path.Combine(dev, "docs"));
        Assert.True(report.Overall.Precision >= 0.86, $"precision {report.Overall.Precision:0.000} < 0.86");
        Assert.True(report.Overall.Recall >= 0.70, $"recall {report.Overall.Recall:0.000} < 0.70");
        Assert.True(report.Dates.Rate >= 0.80, $"date agreement {report.Dates.Rate:0.000} < 0.80");
        Assert.True(report.Statuses.Rate >= 0.92, $"status agreement {report.Statuses.Rate:0.000} < 0.92");
    }

    private (EvaluationReport Overall, IReadOnlyList<(string Slice, EvaluationReport Report)> Slices) Evaluate(string goldPath, string docsFolder)
    {
        var gold = Path.GetFullPath(goldPath);
        Assert.True(File.Exists(gold), $"gold file {gold} is absent: ../shared must sit beside this checkout to measure the extractor");
        var docs = new DocumentPaths([]).Expand([docsFolder])
            .Select(f => new DocumentFileLoader(long.MaxValue).LoadAsync(f, CancellationToken.None).GetAwaiter().GetResult().ToSource())
            .ToArray();
        var result = ExtractionEvaluation.RunWithSlices(TestSupport.Extractor, gold, docs);
        var report = result.Overall;
        foreach (var s in report.PerType.Append(report.Overall))
            output.WriteLine($"{s.Name,-11} P={s.Precision:0.000} R={s.Recall:0.000} F1={s.F1:0.000} tp={s.TruePositives} fp={s.FalsePositives} fn={s.FalseNegatives}");
        output.WriteLine($"date agreement {report.Dates.Rate:0.000} ({report.Dates.Agreeing}/{report.Dates.Total}); status agreement {report.Statuses.Rate:0.000} ({report.Statuses.Agreeing}/{report.Statuses.Total})");
        foreach (var (slice, r) in result.Slices)
            output.WriteLine($"slice {slice}: P={r.Overall.Precision:0.000} R={r.Overall.Recall:0.000} date={r.Dates.Rate:0.000} status={r.Statuses.Rate:0.000}");
        return result;
    }
}
