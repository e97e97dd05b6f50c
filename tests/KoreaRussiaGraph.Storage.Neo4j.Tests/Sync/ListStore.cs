using KoreaRussiaGraph.Core.Links;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.Core.Timelines;

namespace KoreaRussiaGraph.Storage.Neo4j.Tests.Sync;

/// <summary>
/// Just enough of a store, over plain lists, for the copier: paging by id, and a record of every write. The graph
/// queries are not needed and say so.
/// </summary>
internal sealed class ListStore : IGraphStore
{
    public Dictionary<string, Actor> Actors { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Relation> Relations { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, (DocumentRecord Record, string Text)> Documents { get; } = new(StringComparer.Ordinal);
    public List<DocumentWrite> Writes { get; } = [];

    public Task<WriteOutcome> WriteDocumentAsync(DocumentWrite write, CancellationToken ct = default)
    {
        Writes.Add(write);
        foreach (var a in write.Actors) Actors[a.Id] = Actors.TryGetValue(a.Id, out var known) ? known.MergeWith(a) : a;
        var count = Relations.Values.Count(r => r.Citation.DocumentId == write.Document.Id);
        if (write.Document.Status == DocumentStatus.Ingested)
        {
            foreach (var stale in Relations.Values.Where(r => r.Citation.DocumentId == write.Document.Id).ToArray()) Relations.Remove(stale.Id);
            foreach (var r in write.Relations) Relations[r.Id] = r;
            count = write.Relations.Count;
        }
        Documents[write.Document.Id] = (write.Document with { RelationCount = count }, write.RawText);
        return Task.FromResult(new WriteOutcome(0, 0, 0));
    }

    public Task UpsertActorsAsync(IReadOnlyCollection<Actor> actors, CancellationToken ct = default)
    {
        foreach (var a in actors) Actors[a.Id] = Actors.TryGetValue(a.Id, out var known) ? known.MergeWith(a) : a;
        return Task.CompletedTask;
    }

    public Task<Actor?> GetActorAsync(string id, CancellationToken ct = default) => Task.FromResult(Actors.GetValueOrDefault(id));

    public Task<IReadOnlyList<Actor>> GetActorsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<Actor>>(ids.Where(Actors.ContainsKey).Select(id => Actors[id]).ToArray());

    public Task<Page<Actor>> FindActorsAsync(ActorQuery query, CancellationToken ct = default) => Task.FromResult(PageOf(Actors.Values, a => a.Id, query.Page));

    public Task<Page<Relation>> FindRelationsAsync(RelationFilter filter, string? actorId, PageRequest page, CancellationToken ct = default) =>
        Task.FromResult(PageOf(Relations.Values.Where(filter.Matches), r => r.Id, page));

    public Task<DocumentRecord?> GetDocumentAsync(string id, CancellationToken ct = default) =>
        Task.FromResult(Documents.TryGetValue(id, out var d) ? d.Record : null);

    public Task<Page<DocumentRecord>> ListDocumentsAsync(PageRequest page, CancellationToken ct = default) =>
        Task.FromResult(PageOf(Documents.Values.Select(d => d.Record), d => d.Id, page));

    public Task<string?> GetDocumentTextAsync(string id, CancellationToken ct = default) =>
        Task.FromResult(Documents.TryGetValue(id, out var d) ? d.Text : null);

    private static Page<T> PageOf<T>(IEnumerable<T> items, Func<T, string> id, PageRequest page)
    {
        var all = items.OrderBy(id, StringComparer.Ordinal).ToArray();
        var rest = all.Where(x => page.After is null || string.CompareOrdinal(id(x), page.After) > 0).ToArray();
        return new Page<T>(rest.Take(page.First).ToArray(), rest.Length > page.First, all.Length);
    }

    public Task InitializeAsync(CancellationToken ct = default) => Task.CompletedTask;
    public Task<bool> IsReadyAsync(CancellationToken ct = default) => Task.FromResult(true);
    public Task<int> DegreeAsync(string actorId, CancellationToken ct = default) => throw new NotSupportedException("not needed by the copier");
    public Task<Relation?> GetRelationAsync(string id, CancellationToken ct = default) => throw new NotSupportedException("not needed by the copier");
    public Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => throw new NotSupportedException("not needed by the copier");
    public Task<Subgraph> NeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken ct = default) => throw new NotSupportedException("not needed by the copier");
    public Task<IReadOnlyList<GraphPath>> PathsAsync(PathQuery query, CancellationToken ct = default) => throw new NotSupportedException("not needed by the copier");
    public Task<Page<Link>> FindLinksAsync(LinkQuery query, CancellationToken ct = default) => throw new NotSupportedException("not needed by the copier");
    public Task<IReadOnlyList<LinkWithEvidence>> GroupLinksAsync(IReadOnlyCollection<Relation> relations, CancellationToken ct = default) => throw new NotSupportedException("not needed by the copier");
    public Task<IReadOnlyList<Relation>> LinkEvidenceAsync(LinkKey link, RelationFilter filter, CancellationToken ct = default) => throw new NotSupportedException("not needed by the copier");
    public Task<Timeline> TimelineAsync(TimelineQuery query, CancellationToken ct = default) => throw new NotSupportedException("not needed by the copier");
    public Task<GraphStats> StatsAsync(CancellationToken ct = default) => throw new NotSupportedException("not needed by the copier");
    public Task<Page<Relation>> QueryRelationsAsync(RelationQuery query, CancellationToken ct = default) => throw new NotSupportedException("not needed by the copier");
    public Task<Page<DocumentRecord>> FindDocumentsAsync(DocumentFilter filter, PageRequest page, CancellationToken ct = default) => throw new NotSupportedException("not needed by the copier");
    public Task<Page<SearchHit>> SearchAsync(SearchQuery query, CancellationToken ct = default) => throw new NotSupportedException("not needed by the copier");
    public IObservable<GraphChangeNotice> Changes => throw new NotSupportedException("not needed by the copier");
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
