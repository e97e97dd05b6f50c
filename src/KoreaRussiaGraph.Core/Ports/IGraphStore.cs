using KoreaRussiaGraph.Core.Links;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.Core.Timelines;

namespace KoreaRussiaGraph.Core.Ports;

/// <summary>Everything a document write puts in the store, applied as one transaction.</summary>
/// <param name="Actors">Every actor the relations reference (gazetteer or newly found); existing ones are merged, not replaced.</param>
public sealed record DocumentWrite(DocumentRecord Document, string RawText, IReadOnlyList<Actor> Actors, IReadOnlyList<Relation> Relations);

/// <summary>How a write changed the document's relations (for reindex reports).</summary>
public sealed record WriteOutcome(int Added, int Removed, int Kept);

/// <summary>
/// The storage port (DESIGN §5). The embedded store is the default; Neo4j is chosen by configuration.
/// Both implement the query semantics of DESIGN §3 and run one contract test suite.
/// Graph queries validate their bounds and throw <see cref="GraphQueryException"/> for unknown actors,
/// naming the closest known ids.
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>Applies migrations or constraints and loads whatever index the store keeps. Idempotent.</summary>
    Task InitializeAsync(CancellationToken ct = default);

    /// <summary>Whether the store answers right now (for readiness checks).</summary>
    Task<bool> IsReadyAsync(CancellationToken ct = default);

    /// <summary>
    /// A number that moves whenever anything this store answers may have changed, so whole answers can be cached
    /// against it; it moves only after the change is visible to reads. Null when the store cannot tell (another
    /// process may write to it), which keeps such caches off.
    /// </summary>
    long? Generation => null;

    // --- writes -------------------------------------------------------------------------

    /// <summary>
    /// Writes a document, its raw text, its actors and relations in one transaction, replacing whatever
    /// relations that document id had before. A FAILED document is recorded with no relations and leaves
    /// an earlier good version's relations in place.
    /// </summary>
    Task<WriteOutcome> WriteDocumentAsync(DocumentWrite write, CancellationToken ct = default);

    /// <summary>Adds or merges actors outside any document (the gazetteer at start).</summary>
    Task UpsertActorsAsync(IReadOnlyCollection<Actor> actors, CancellationToken ct = default);

    // --- actors -------------------------------------------------------------------------

    Task<Actor?> GetActorAsync(string id, CancellationToken ct = default);

    /// <summary>The actors that exist among <paramref name="ids"/>, in no particular order.</summary>
    Task<IReadOnlyList<Actor>> GetActorsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);

    /// <summary>Actors ordered by id; <c>Search</c> matches id, name or alias case-insensitively (substring).</summary>
    Task<Page<Actor>> FindActorsAsync(ActorQuery query, CancellationToken ct = default);

    /// <summary>Number of stored relations touching the actor, whatever their status or type.</summary>
    Task<int> DegreeAsync(string actorId, CancellationToken ct = default);

    // --- relations and graph queries ----------------------------------------------------

    /// <summary>Relations passing the filter, ordered by id; with <paramref name="actorId"/>, only those touching it (direction relative to it).</summary>
    Task<Page<Relation>> FindRelationsAsync(RelationFilter filter, string? actorId, PageRequest page, CancellationToken ct = default);

    Task<Relation?> GetRelationAsync(string id, CancellationToken ct = default);

    /// <summary>The whole relations (payload included) among <paramref name="ids"/> that exist, in no particular order: one batch.</summary>
    Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);

    /// <summary>
    /// Relations passing the filter (its text by full-text match on the cited sentence), touching the query's actor
    /// and/or citing its document when given, in the query's order (issue 18) with keyset paging.
    /// </summary>
    Task<Page<Relation>> QueryRelationsAsync(RelationQuery query, CancellationToken ct = default);

    Task<Subgraph> NeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken ct = default);

    Task<IReadOnlyList<GraphPath>> PathsAsync(PathQuery query, CancellationToken ct = default);

    // --- links and timelines (relationships over the cited relations) ---------------------

    /// <summary>Links of the whole graph over the relations passing the filter, with at least MinDocuments documents, in the query's order.</summary>
    Task<Page<Link>> FindLinksAsync(LinkQuery query, CancellationToken ct = default);

    /// <summary>
    /// <paramref name="relations"/> grouped into links as <see cref="LinkGrouping.Group"/> does, the outlets looked up
    /// from the cited documents (a subgraph's or a path hop's evidence).
    /// </summary>
    Task<IReadOnlyList<LinkWithEvidence>> GroupLinksAsync(IReadOnlyCollection<Relation> relations, CancellationToken ct = default);

    /// <summary>The relations of one link passing the filter (direction is the link's own), newest event first (<see cref="EvidenceOrder"/>).</summary>
    Task<IReadOnlyList<Relation>> LinkEvidenceAsync(LinkKey link, RelationFilter filter, CancellationToken ct = default);

    /// <summary>Relations passing the filter per period (see <see cref="TimelineQuery"/>), counted as <see cref="TimelineBuilder"/> does.</summary>
    Task<Timeline> TimelineAsync(TimelineQuery query, CancellationToken ct = default);

    // --- documents ----------------------------------------------------------------------

    Task<DocumentRecord?> GetDocumentAsync(string id, CancellationToken ct = default);

    /// <summary>Documents ordered by id.</summary>
    Task<Page<DocumentRecord>> ListDocumentsAsync(PageRequest page, CancellationToken ct = default);

    Task<string?> GetDocumentTextAsync(string id, CancellationToken ct = default);

    /// <summary>Documents passing the filter, ordered by id.</summary>
    Task<Page<DocumentRecord>> FindDocumentsAsync(DocumentFilter filter, PageRequest page, CancellationToken ct = default);

    // --- search and changes -----------------------------------------------------------------

    /// <summary>Cited sentences, document titles and actor names and aliases matching the query, best first.</summary>
    Task<Page<SearchHit>> SearchAsync(SearchQuery query, CancellationToken ct = default);

    /// <summary>
    /// One notice per committed write once reads see it: this process's writes, and other processes' when the store
    /// can tell (the embedded store's change-log poll). Observers are called on the writer's thread and must not block.
    /// </summary>
    IObservable<GraphChangeNotice> Changes { get; }

    Task<GraphStats> StatsAsync(CancellationToken ct = default);
}
