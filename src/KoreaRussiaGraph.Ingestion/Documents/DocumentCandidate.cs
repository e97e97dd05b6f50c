using KoreaRussiaGraph.Core.Ports;

namespace KoreaRussiaGraph.Ingestion.Documents;

/// <summary>
/// A document read from a file or a request, before extraction: either usable (decoded text) or carrying
/// the <see cref="Problem"/> it will be recorded as failed with.
/// </summary>
/// <param name="Sha256">Lower-case hex sha256 of the raw bytes.</param>
/// <param name="Text">The decoded text, when the bytes decode; kept as the document's raw text.</param>
/// <param name="Recordable">False when there is nothing to record under the id (the file vanished before it was read).</param>
public sealed record DocumentCandidate(
    string Id,
    string Format,
    string Sha256,
    long Bytes,
    string? Text,
    DocumentMetadata Metadata,
    string? Problem,
    string? SourcePath = null,
    bool Recordable = true)
{
    public bool IsUsable => Problem is null && Text is not null;

    public SourceDocument ToSource() =>
        IsUsable ? new SourceDocument(Id, Format, Text!, Metadata) : throw new InvalidOperationException($"document '{Id}' is not usable: {Problem}");
}
