using KoreaRussiaGraph.Ingestion.Documents;
using KoreaRussiaGraph.Extraction.Evaluation;
using Xunit.Abstractions;

namespace KoreaRussiaGraph.Extraction.Tests;

/// <summary>
/// The project's own quality bar: the extractor on seeds/ against ../shared/gold/seeds.jsonl. Prints the
/// per-type table; skips (saying why) when the shared gold set is not beside the repository.
/// </summary>
public class SeedEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void Seeds_meet_the_quality_targets()
    {
        var root = TestSupport.RepoRoot();
        var gold = Path.GetFullPath(Path.Combine(root, "..", "shared", "gold", "seeds.jsonl"));
        if (!File.Exists(gold))
        {
            output.WriteLine($"SKIPPED: gold file {gold} is absent (shared/ is not beside this checkout)");
            return;
        }
        var seeds = new DocumentPaths([]).Expand([Path.Combine(root, "seeds")])
            .Select(f => new DocumentFileLoader(long.MaxValue).LoadAsync(f, CancellationToken.None).GetAwaiter().GetResult().ToSource())
            .ToArray();
        var report = ExtractionEvaluation.Run(TestSupport.Extractor, gold, seeds);
        foreach (var s in report.PerType.Append(report.Overall))
            output.WriteLine($"{s.Name,-11} P={s.Precision:0.000} R={s.Recall:0.000} F1={s.F1:0.000} tp={s.TruePositives} fp={s.FalsePositives} fn={s.FalseNegatives}");
        output.WriteLine($"date agreement {report.Dates.Rate:0.000} ({report.Dates.Agreeing}/{report.Dates.Total}); status agreement {report.Statuses.Rate:0.000} ({report.Statuses.Agreeing}/{report.Statuses.Total})");
        Assert.True(report.Overall.Precision >= 0.90, $"precision {report.Overall.Precision:0.000} < 0.90");
        Assert.True(report.Overall.Recall >= 0.80, $"recall {report.Overall.Recall:0.000} < 0.80");
        Assert.True(report.Dates.Rate >= 0.85, $"date agreement {report.Dates.Rate:0.000} < 0.85");
        Assert.True(report.Statuses.Rate >= 0.90, $"status agreement {report.Statuses.Rate:0.000} < 0.90");
    }
}
