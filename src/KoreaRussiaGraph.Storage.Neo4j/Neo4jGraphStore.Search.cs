using System.Globalization;
using System.Text.Json;
using KoreaRussiaGraph.Core.Changes;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.Storage.Neo4j.Cypher;
using KoreaRussiaGraph.Storage.Neo4j.Mapping;

namespace KoreaRussiaGraph.Storage.Neo4j;

/// <summary>
/// Issue 18 on Neo4j: ordered listings and document filters in Cypher, search through the full-text indexes of
/// graph-schema/neo4j/003-fulltext.cypher. Change notices cover this process's writes only: Neo4j tells no
/// client about other clients' commits.
/// </summary>
public sealed partial class Neo4jGraphStore
{
    private readonly ChangeBroadcaster<GraphChangeNotice> _changes = new();
    private long _writes;

    public IObservable<GraphChangeNotice> Changes => _changes;

    private void PublishChange(IReadOnlyList<string> documents, WriteOutcome outcome) =>
        _changes.Publish(new GraphChangeNotice(Interlocked.Increment(ref _writes).ToString(CultureInfo.InvariantCulture), documents, outcome.Added, outcome.Removed));

    public async Task<Page<Relation>> QueryRelationsAsync(RelationQuery query, CancellationToken ct = default)
    {
        var after = query.Validate();
        if (query.ActorId is { } actorId) await _actors.RequireAsync([actorId], ct);
        string[]? ids = null;
        if (query.Filter.Text is { } text)
            ids = (await IdsAsync(Statements.RelationIdsMatching, SearchExpression.Parse(text, "filter.text"), ct)).ToArray();
        var values = FilterParameters.Of(query.Filter, withDirection: query.ActorId is not null)
            .With("documentId", query.DocumentId)
            .With("ids", ids)
            .With("afterStart", GraphValues.Day(after?.Start))
            .With("afterEnd", GraphValues.Day(after?.End))
            .With("afterId", after?.Id)
            .With("take", query.Page.First + 1);
        if (query.ActorId is not null) values.With("actorId", query.ActorId);
        var result = await _client.RunAsync(Statements.OrderedRelations(query.EffectiveOrder, query.ActorId is not null).Bind(values), ct);
        return ReadPage(result, query.Page, RecordReader.Relation);
    }

    public async Task<Page<DocumentRecord>> FindDocumentsAsync(DocumentFilter filter, PageRequest page, CancellationToken ct = default)
    {
        page.Validate();
        filter.Validate();
        string[]? ids = null;
        if (filter.Text is { } text)
            ids = (await IdsAsync(Statements.DocumentIdsMatching, SearchExpression.Parse(text, "filter.text"), ct)).ToArray();
        var result = await _client.RunAsync(Statements.FindDocuments.Bind(new Dictionary<string, object?>
        {
            ["outlets"] = filter.Outlets?.Select(o => o.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal).ToArray(),
            ["statuses"] = filter.Statuses?.Select(GraphValues.Enum).Order(StringComparer.Ordinal).ToArray(),
            ["dated"] = filter.HasDateFilter,
            ["dateFrom"] = GraphValues.Day(filter.From?.Start),
            ["dateTo"] = GraphValues.Day(filter.To?.End),
            ["ids"] = ids,
            ["after"] = page.After,
            ["take"] = page.First + 1,
        }), ct);
        return ReadPage(result, page, RecordReader.Document);
    }

    public async Task<Page<SearchHit>> SearchAsync(SearchQuery query, CancellationToken ct = default)
    {
        var (expression, skip) = query.Validate();
        var result = await _client.RunAsync(Statements.Search.Bind(new Dictionary<string, object?>
        {
            ["q"] = expression.ToLucene(),
            ["skip"] = skip,
            ["take"] = query.Page.First + 1,
        }), ct);
        var row = result.Single();
        var hits = row["items"].EnumerateArray().Select(hit => ReadHit(hit, expression)).ToList();
        var hasNext = hits.Count > query.Page.First;
        if (hasNext) hits.RemoveAt(hits.Count - 1);
        return new Page<SearchHit>(hits, hasNext, RecordReader.Int(row["total"]));
    }

    private static SearchHit ReadHit(JsonElement hit, SearchExpression expression)
    {
        var score = hit.GetProperty("score").GetDouble();
        var item = hit.GetProperty("item");
        switch (RecordReader.Int(hit.GetProperty("kind")))
        {
            case 0:
                var relation = RecordReader.Relation(item);
                return new SearchHit(score, SearchSnippet.Mark(relation.Citation.Quote, expression), Relation: relation);
            case 1:
                var document = RecordReader.Document(item);
                return new SearchHit(score, SearchSnippet.Mark(document.Title ?? document.Id, expression), Document: document);
            default:
                var actor = RecordReader.Actor(item);
                return new SearchHit(score, SearchSnippet.Mark(SearchSnippet.NamesOf(actor), expression), Actor: actor);
        }
    }

    private async Task<HashSet<string>> IdsAsync(CypherStatement statement, SearchExpression expression, CancellationToken ct)
    {
        var result = await _client.RunAsync(statement.Bind(new Dictionary<string, object?> { ["q"] = expression.ToLucene() }), ct);
        return result.Records.Select(r => r["id"].GetString()!).ToHashSet(StringComparer.Ordinal);
    }
}
