using KoreaRussiaGraph.Core.Links;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Querying;

namespace KoreaRussiaGraph.Export.Model;

/// <summary>
/// What an exporter writes: actors, the relations between them, and what is known of the cited documents
/// (titles and urls make an exported edge readable without the server).
/// </summary>
/// <param name="Hops">Distance from the centre actor, for a neighbourhood export; empty for the whole graph.</param>
/// <param name="Title">A short description written into the file's metadata.</param>
public sealed record GraphExport(
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<Relation> Relations,
    IReadOnlyDictionary<string, DocumentRecord> Documents,
    IReadOnlyDictionary<string, int> Hops,
    string Title)
{
    public static GraphExport FromSubgraph(Subgraph subgraph, IReadOnlyDictionary<string, DocumentRecord> documents, string title) => new(
        subgraph.Nodes.Select(n => n.Actor).ToArray(),
        subgraph.Edges,
        documents,
        subgraph.Nodes.ToDictionary(n => n.Actor.Id, n => n.Hops, StringComparer.Ordinal),
        title);

    /// <summary>
    /// With <c>aggregate=links</c>: the relations grouped into one edge per link, which the exporters write instead of
    /// one edge per relation. Null for a per-relation export.
    /// </summary>
    public IReadOnlyList<LinkWithEvidence>? Links { get; init; }

    public DocumentRecord? DocumentOf(Relation relation) => Documents.GetValueOrDefault(relation.Citation.DocumentId);

    /// <summary>Every document id the relations cite, for callers that look the documents up.</summary>
    public static IReadOnlyCollection<string> CitedDocumentIds(IEnumerable<Relation> relations) =>
        relations.Select(r => r.Citation.DocumentId).ToHashSet(StringComparer.Ordinal);
}
