using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Extraction.Documents;

namespace KoreaRussiaGraph.Extraction.Evaluation;

/// <summary>Runs an extractor over document files and scores it against a gold file: what `krg eval` does.</summary>
public static class ExtractionEvaluation
{
    public static EvaluationReport Run(IDocumentExtractor extractor, string goldPath, IEnumerable<string> documentPaths)
    {
        var gold = GoldRelation.ReadJsonLines(goldPath);
        var files = DocumentFiles.Expand(documentPaths);
        var docs = files.Select(DocumentFiles.Load).ToArray();
        var ids = docs.Select(d => d.Id).ToHashSet();
        var predicted = docs.SelectMany(d => extractor.Extract(d).Relations.Select(r => ToPredicted(d.Id, r))).ToArray();
        return GoldEvaluator.Evaluate(gold.Where(g => ids.Contains(g.Doc)).ToArray(), predicted);
    }

    public static PredictedRelation ToPredicted(string doc, KoreaRussiaGraph.Core.Model.Relation r) =>
        new(doc, r.SourceId, r.Type, r.TargetId, r.Date?.ToString(), r.Status.ToString().ToLowerInvariant(), r.Citation.Quote, r.Citation.Rule);
}
