namespace KoreaRussiaGraph.Core.Model;

/// <summary>What the graph knows about an ingested (or failed) document; its raw text is kept by the store separately.</summary>
public sealed record DocumentRecord(
    string Id,
    string? Title,
    string? Url,
    string? Outlet,
    PartialDate? Published,
    string? PublishedBasis,
    string Format,
    string Sha256,
    DateTimeOffset IngestedAt,
    string ExtractorVersion,
    DocumentStatus Status,
    string? Error = null,
    int RelationCount = 0);
