using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Core.Ports;

/// <summary>Metadata from a sidecar (NN.meta.json), an API call, or nothing at all.</summary>
public sealed record DocumentMetadata(
    string? Title = null,
    string? Url = null,
    string? Outlet = null,
    PartialDate? Published = null,
    string? PublishedBasis = null)
{
    public static readonly DocumentMetadata None = new();
}

/// <summary>A document as it arrives: its id, its format (txt, md, html) and its decoded content.</summary>
public sealed record SourceDocument(string Id, string Format, string Content, DocumentMetadata Metadata);

/// <summary>A piece of the input dropped before extraction (ads, comment forms, "Read More"), and why.</summary>
public sealed record DroppedBlock(string Text, string Reason);

/// <param name="Actors">Every actor the relations reference, including ones found in the text but not in the gazetteer.</param>
public sealed record ExtractionResult(
    string CleanText,
    string? Title,
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<Relation> Relations,
    IReadOnlyList<DroppedBlock> Dropped);

/// <summary>Turns one document into cited, dated relations. Pure: no store, no I/O beyond the vocabulary loaded at construction.</summary>
public interface IDocumentExtractor
{
    /// <summary>Changes whenever the rules or the vocabulary change, so stored documents know what read them.</summary>
    string Version { get; }

    ExtractionResult Extract(SourceDocument document);
}
