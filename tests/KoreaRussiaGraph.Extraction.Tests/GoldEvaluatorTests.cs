using KoreaRussiaGraph.Extraction.Evaluation;

namespace KoreaRussiaGraph.Extraction.Tests;

public class GoldEvaluatorTests
{
    private static GoldRelation G(string s, string t, string type, string? date = null, string status = "asserted", string quote = "q") => new("d", s, type, t, date, status, quote);
    private static PredictedRelation P(string s, string t, string type, string? date = null, string status = "asserted", string quote = "q") => new("d", s, type, t, date, status, quote, "rule");

    [Fact]
    public void Met_and_signed_match_either_way_other_types_do_not()
    {
        var report = GoldEvaluator.Evaluate([G("a", "b", "MET"), G("a", "b", "SUPPLIED")], [P("b", "a", "MET"), P("b", "a", "SUPPLIED")]);
        Assert.Equal((1, 1, 1), (report.Overall.TruePositives, report.Overall.FalsePositives, report.Overall.FalseNegatives));
    }

    [Fact]
    public void Each_side_is_used_once_and_the_same_sentence_is_preferred()
    {
        var report = GoldEvaluator.Evaluate(
            [G("a", "b", "SUPPLIED", "2020", quote: "one"), G("a", "b", "SUPPLIED", "2021", quote: "two")],
            [P("a", "b", "SUPPLIED", "2021", quote: "two")]);
        Assert.Equal(1, report.Overall.TruePositives);
        Assert.Equal(1, report.Overall.FalseNegatives);
        Assert.Equal(1.0, report.Dates.Rate);
    }

    [Fact]
    public void Scores_per_type_and_agreements_are_computed()
    {
        var report = GoldEvaluator.Evaluate(
            [G("a", "b", "SUPPLIED", "2020"), G("a", "c", "VISITED"), G("x", "y", "MET")],
            [P("a", "b", "SUPPLIED", "2019"), P("a", "c", "VISITED", status: "alleged"), P("q", "r", "MET")]);
        Assert.Equal(2.0 / 3, report.Overall.Precision, 3);
        Assert.Equal(2.0 / 3, report.Overall.Recall, 3);
        Assert.Equal((0, 1), (report.Dates.Agreeing, report.Dates.Total));
        Assert.Equal((1, 2), (report.Statuses.Agreeing, report.Statuses.Total));
        var met = Assert.Single(report.PerType, s => s.Name == "MET");
        Assert.Equal(0, met.F1);
    }

    [Fact]
    public void Undated_agreement_counts_matches_the_gold_leaves_undated_and_the_extractor_too()
    {
        var report = GoldEvaluator.Evaluate(
            [G("a", "b", "SUPPLIED"), G("a", "c", "SUPPLIED"), G("a", "d", "SUPPLIED", "2020")],
            [P("a", "b", "SUPPLIED"), P("a", "c", "SUPPLIED", "2021"), P("a", "d", "SUPPLIED")]);
        Assert.Equal((1, 2), (report.Undated.Agreeing, report.Undated.Total));
        Assert.Equal((0, 1), (report.Dates.Agreeing, report.Dates.Total));
    }
}
