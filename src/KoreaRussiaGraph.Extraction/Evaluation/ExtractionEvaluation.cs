using KoreaRussiaGraph.Core.Ports;

namespace KoreaRussiaGraph.Extraction.Evaluation;

/// <summary>Runs an extractor over documents and scores it against a gold file: what `krg eval` does.</summary>
public static class ExtractionEvaluation
{
    /// <param name="docs">The documents as the ingestion loader reads them, so eval scores what ingest would store.</param>
    public static EvaluationReport Run(IDocumentExtractor extractor, string goldPath, IReadOnlyList<SourceDocument> docs)
    {
        var gold = GoldRelation.ReadJsonLines(goldPath);
        var ids = docs.Select(d => d.Id).ToHashSet();
        var predicted = docs.SelectMany(d => extractor.Extract(d).Relations.Select(r => ToPredicted(d.Id, r))).ToArray();
        return GoldEvaluator.Evaluate(gold.Where(g => ids.Contains(g.Doc)).ToArray(), predicted);
    }

    public static PredictedRelation ToPredicted(string doc, KoreaRussiaGraph.Core.Model.Relation r) =>
        new(doc, r.SourceId, r.Type, r.TargetId, r.Date?.ToString(), r.Status.ToString().ToLowerInvariant(), r.Citation.Quote, r.Citation.Rule);
}
