using KoreaRussiaGraph.Core.Changes;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.Storage.Embedded.Index;
using KoreaRussiaGraph.Storage.Embedded.Sqlite;

namespace KoreaRussiaGraph.Storage.Embedded;

/// <summary>
/// Issue 18 on the embedded store: ordered and document-scoped relation listings from the index, document filters
/// over the in-memory records, and full-text search read from SQLite's FTS5 tables (the index holds no text).
/// </summary>
public sealed partial class EmbeddedGraphStore
{
    private readonly ChangeBroadcaster<GraphChangeNotice> _changes = new();

    public IObservable<GraphChangeNotice> Changes => _changes;

    private void PublishChange(IReadOnlyList<string> documents, int added, int removed) =>
        _changes.Publish(new GraphChangeNotice(Interlocked.Read(ref _generation).ToString(System.Globalization.CultureInfo.InvariantCulture), documents, added, removed));

    public async Task<Page<Relation>> QueryRelationsAsync(RelationQuery query, CancellationToken ct = default)
    {
        var after = query.Validate();
        EnsureReady();
        HashSet<string>? only = null;
        if (query.DocumentId is not null || query.Filter.Text is not null)
        {
            await using var connection = await _database.OpenAsync(ct);
            if (query.DocumentId is { } document) only = await FullTextSearch.RelationIdsOfDocumentAsync(connection, document, ct);
            if (query.Filter.Text is { } text)
            {
                var matching = await FullTextSearch.RelationIdsMatchingAsync(connection, SearchExpression.Parse(text, "filter.text"), ct);
                if (only is null) only = matching;
                else only.IntersectWith(matching);
            }
        }
        return await Read(g =>
        {
            int? actor = query.ActorId is null ? null : Resolve(g, query.ActorId);
            List<int>? slots = null;
            if (only is not null)
            {
                slots = new List<int>(only.Count);
                foreach (var id in only)
                    if (g.TryGetRelation(id, out var slot)) slots.Add(slot);
            }
            return OrderedListing.Run(g, query.Filter, actor, slots, query.EffectiveOrder, after, query.Page.First);
        });
    }

    public async Task<Page<DocumentRecord>> FindDocumentsAsync(DocumentFilter filter, PageRequest page, CancellationToken ct = default)
    {
        page.Validate();
        filter.Validate();
        EnsureReady();
        HashSet<string>? matching = null;
        if (filter.Text is { } text)
        {
            await using var connection = await _database.OpenAsync(ct);
            matching = await FullTextSearch.DocumentIdsMatchingAsync(connection, SearchExpression.Parse(text, "filter.text"), ct);
        }
        var kept = _documents.Values
            .Where(d => filter.Matches(d) && (matching is null || matching.Contains(d.Id)))
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        var items = kept.Where(d => page.After is null || string.CompareOrdinal(d.Id, page.After) > 0).Take(page.First + 1).ToList();
        var hasNext = items.Count > page.First;
        if (hasNext) items.RemoveAt(items.Count - 1);
        return new Page<DocumentRecord>(items, hasNext, kept.Count);
    }

    public async Task<Page<SearchHit>> SearchAsync(SearchQuery query, CancellationToken ct = default)
    {
        var (expression, skip) = query.Validate();
        EnsureReady();
        IReadOnlyList<FullTextHit> found;
        int total;
        await using (var connection = await _database.OpenAsync(ct))
            (found, total) = await FullTextSearch.SearchAsync(connection, expression, query.Page.First + 1, skip, ct);

        var hits = await Read(g =>
        {
            var list = new List<SearchHit>(found.Count);
            foreach (var hit in found)
            {
                // bm25() is lower for better matches; the API's score is higher for better ones.
                var score = -hit.Rank;
                switch (hit.Kind)
                {
                    case FullTextKind.Relation when g.TryGetRelation(hit.Id, out var slot):
                        var relation = g.Payload(slot);
                        list.Add(new SearchHit(score, SearchSnippet.Mark(relation.Citation.Quote, expression), Relation: relation));
                        break;
                    case FullTextKind.Actor when g.TryGetActor(hit.Id, out var a):
                        var actor = g.Actor(a);
                        list.Add(new SearchHit(score, SearchSnippet.Mark(SearchSnippet.NamesOf(actor), expression), Actor: actor));
                        break;
                    case FullTextKind.Document when _documents.TryGetValue(hit.Id, out var document):
                        list.Add(new SearchHit(score, SearchSnippet.Mark(document.Title ?? document.Id, expression), Document: document));
                        break;
                }
            }
            return list;
        });
        var hasNext = hits.Count > query.Page.First;
        if (hasNext) hits.RemoveAt(hits.Count - 1);
        return new Page<SearchHit>(hits, hasNext, total);
    }
}
