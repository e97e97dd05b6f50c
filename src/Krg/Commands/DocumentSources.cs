using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Ingestion;
using KoreaRussiaGraph.Ingestion.Documents;

namespace KoreaRussiaGraph.Krg.Commands;

/// <summary>
/// Documents for the store-less commands (extract, eval), read by the loader ingestion uses, so they see exactly
/// what `ingest` would store: same formats, sidecars, size limit and decoding checks.
/// </summary>
internal static class DocumentSources
{
    public static IReadOnlyList<SourceDocument> Load(IEnumerable<string> paths)
    {
        var options = new IngestionOptions();
        var loader = new DocumentFileLoader(options.MaxDocumentBytes);
        var documents = new List<SourceDocument>();
        foreach (var file in new DocumentPaths(options.IgnoredSuffixes).Expand(paths))
        {
            var candidate = loader.LoadAsync(file, CancellationToken.None).GetAwaiter().GetResult();
            if (candidate.IsUsable) documents.Add(candidate.ToSource());
            else Console.Error.WriteLine($"skipped {file}: {candidate.Problem}");
        }
        return documents;
    }
}
