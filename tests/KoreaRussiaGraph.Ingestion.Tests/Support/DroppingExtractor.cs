using KoreaRussiaGraph.Core.Ports;

namespace KoreaRussiaGraph.Ingestion.Tests.Support;

/// <summary>An "older extractor": the real one, minus every other relation, under its own version.</summary>
public sealed class DroppingExtractor(IDocumentExtractor inner) : IDocumentExtractor
{
    public string Version => inner.Version + "-minus-half";

    public ExtractionResult Extract(SourceDocument document)
    {
        var full = inner.Extract(document);
        return full with { Relations = full.Relations.Where((_, i) => i % 2 == 0).ToList() };
    }
}

/// <summary>An extractor that breaks on documents whose text contains a marker, to show one bad document costs nothing else.</summary>
public sealed class ThrowingExtractor(IDocumentExtractor inner, string marker) : IDocumentExtractor
{
    public string Version => inner.Version;

    public ExtractionResult Extract(SourceDocument document) =>
        document.Content.Contains(marker, StringComparison.Ordinal)
            ? throw new InvalidOperationException("extractor exploded on purpose")
            : inner.Extract(document);
}
