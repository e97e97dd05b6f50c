using KoreaRussiaGraph.Core.Ports;

namespace KoreaRussiaGraph.Extraction.Evaluation;

/// <summary>Runs an extractor over documents and scores it against a gold file: what `krg eval` does.</summary>
public static class ExtractionEvaluation
{
    /// <param name="docs">The documents as the ingestion loader reads them, so eval scores what ingest would store.</param>
    public static EvaluationReport Run(IDocumentExtractor extractor, string goldPath, IReadOnlyList<SourceDocument> docs) =>
        RunWithSlices(extractor, goldPath, docs).Overall;

    /// <summary>
    /// The overall report and one per slice. A slice is the letters a document id starts with ("a01", "a02" -> "a"),
    /// the dev corpus's convention; ids that start with a digit form no slice.
    /// </summary>
    public static (EvaluationReport Overall, IReadOnlyList<(string Slice, EvaluationReport Report)> Slices) RunWithSlices(
        IDocumentExtractor extractor, string goldPath, IReadOnlyList<SourceDocument> docs)
    {
        var gold = GoldRelation.ReadJsonLines(goldPath);
        var ids = docs.Select(d => d.Id).ToHashSet();
        gold = gold.Where(g => ids.Contains(g.Doc)).ToArray();
        var predicted = docs.SelectMany(d => extractor.Extract(d).Relations.Select(r => ToPredicted(d.Id, r))).ToArray();
        var slices = docs.Select(d => SliceOf(d.Id)).Where(s => s.Length > 0).Distinct().Order(StringComparer.Ordinal)
            .Select(s => (s, GoldEvaluator.Evaluate(gold.Where(g => SliceOf(g.Doc) == s).ToArray(), predicted.Where(p => SliceOf(p.Doc) == s).ToArray())))
            .ToArray();
        return (GoldEvaluator.Evaluate(gold, predicted), slices);
    }

    public static string SliceOf(string documentId) => new(documentId.TakeWhile(char.IsLetter).ToArray());

    public static PredictedRelation ToPredicted(string doc, KoreaRussiaGraph.Core.Model.Relation r) =>
        new(doc, r.SourceId, r.Type, r.TargetId, r.Date?.ToString(), r.Status.ToString().ToLowerInvariant(), r.Citation.Quote, r.Citation.Rule);
}
