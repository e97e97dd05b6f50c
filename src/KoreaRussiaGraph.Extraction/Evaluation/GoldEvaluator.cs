namespace KoreaRussiaGraph.Extraction.Evaluation;

public sealed record Score(string Name, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

public sealed record Agreement(int Agreeing, int Total)
{
    public double Rate => Total == 0 ? 0 : (double)Agreeing / Total;
}

public sealed record EvaluationReport(
    Score Overall, IReadOnlyList<Score> PerType, Agreement Dates, Agreement Statuses,
    IReadOnlyList<(GoldRelation Gold, PredictedRelation Predicted)> Matches,
    IReadOnlyList<PredictedRelation> FalsePositives, IReadOnlyList<GoldRelation> Misses, int RepeatedEvidence = 0)
{
    /// <summary>Matched relations the gold leaves undated (ongoing, vague): how many the extractor left undated too, inventing no date.</summary>
    public Agreement Undated { get; init; } = new(0, 0);
}

/// <summary>
/// Scores predictions against gold. A prediction matches a gold relation with the same (document, source,
/// type, target), MET and SIGNED unordered; each side is used once (the same key in two sentences is two
/// relations), and a pair citing the same sentence is preferred. Date agreement counts matched relations
/// whose gold has a date (and, apart, whether those it leaves undated are undated); status agreement counts all matched
/// relations.
/// A gold file may annotate one row per (document, key) and status, while the extractor cites every sentence that
/// states a relation; so after matching, an unmatched prediction that repeats the (document, key, status) of a
/// matched or an earlier unmatched prediction is repeated evidence, not a second error. How many were set aside
/// so is reported as <see cref="EvaluationReport.RepeatedEvidence"/>.
/// </summary>
public static class GoldEvaluator
{
    private static readonly HashSet<string> Unordered = ["MET", "SIGNED"];

    public static EvaluationReport Evaluate(IReadOnlyList<GoldRelation> gold, IReadOnlyList<PredictedRelation> predicted)
    {
        var freeGold = gold.ToList();
        var freePred = predicted.ToList();
        var matches = new List<(GoldRelation, PredictedRelation)>();
        foreach (var sameSentence in new[] { true, false })
            foreach (var p in freePred.ToArray())
            {
                var g = freeGold.FirstOrDefault(g => Key(g.Doc, g.Source, g.Type, g.Target) == Key(p.Doc, p.Source, p.Type, p.Target)
                                                     && (!sameSentence || Squash(g.Quote) == Squash(p.Quote)));
                if (g is null) continue;
                matches.Add((g, p));
                freeGold.Remove(g);
                freePred.Remove(p);
            }
        // Repeated evidence: an unmatched prediction whose (document, key, status) is matched or repeated already
        var seen = matches.Select(m => StatusKey(m.Item2)).ToHashSet();
        var unmatched = freePred.Count;
        freePred = freePred.Where(p => seen.Add(StatusKey(p))).ToList();
        var repeated = unmatched - freePred.Count;
        var types = gold.Select(g => g.Type).Concat(predicted.Select(p => p.Type)).Distinct().Order(StringComparer.Ordinal);
        var perType = types.Select(t => new Score(t, matches.Count(m => m.Item1.Type == t), freePred.Count(p => p.Type == t), freeGold.Count(g => g.Type == t))).ToArray();
        var dated = matches.Where(m => m.Item1.Date is not null).ToArray();
        return new EvaluationReport(
            new Score("ALL", matches.Count, freePred.Count, freeGold.Count), perType,
            new Agreement(dated.Count(m => m.Item1.Date == m.Item2.Date), dated.Length),
            new Agreement(matches.Count(m => string.Equals(m.Item1.Status, m.Item2.Status, StringComparison.OrdinalIgnoreCase)), matches.Count),
            matches, freePred, freeGold, repeated)
        {
            Undated = new Agreement(matches.Count(m => m.Item1.Date is null && m.Item2.Date is null), matches.Count(m => m.Item1.Date is null)),
        };
    }

    private static string Key(string doc, string source, string type, string target) =>
        Unordered.Contains(type) && string.CompareOrdinal(source, target) > 0 ? $"{doc}|{target}|{type}|{source}" : $"{doc}|{source}|{type}|{target}";

    private static string StatusKey(PredictedRelation p) => Key(p.Doc, p.Source, p.Type, p.Target) + "|" + p.Status.ToLowerInvariant();

    private static string Squash(string? s) => s is null ? "" : new string(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
