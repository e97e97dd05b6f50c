using System.Text.Json;
using KoreaRussiaGraph.Core.Links;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.Core.Schema;
using KoreaRussiaGraph.Core.Timelines;
using KoreaRussiaGraph.Storage.Neo4j.Cypher;
using KoreaRussiaGraph.Storage.Neo4j.Http;
using KoreaRussiaGraph.Storage.Neo4j.Mapping;
using KoreaRussiaGraph.Storage.Neo4j.Querying;
using KoreaRussiaGraph.Storage.Neo4j.Resilience;
using KoreaRussiaGraph.Storage.Neo4j.Writing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KoreaRussiaGraph.Storage.Neo4j;

/// <summary>
/// The Neo4j implementation of <see cref="IGraphStore"/> (DESIGN §5): Cypher over the HTTP Query API, Polly for
/// retries and the circuit breaker, constraints and indexes from graph-schema/neo4j applied at start. Graph
/// traversal runs inside Neo4j; this class only maps, orders and assembles.
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore
{
    private readonly Neo4jOptions _options;
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly ILogger _logger;
    private readonly QueryApiClient _client;
    private readonly ActorLookup _actors;
    private readonly DocumentWriter _writer;
    private readonly NeighbourhoodSearch _neighbourhood;
    private readonly PathSearch _paths;
    private readonly LinkQueries _links;

    public Neo4jGraphStore(Neo4jOptions options, HttpClient? http = null, ILogger<Neo4jGraphStore>? logger = null)
    {
        _options = options;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _ownsHttp = http is null;
        // Polly owns timeouts, so the HttpClient's own must not cut in first.
        _http = http ?? new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = Timeout.InfiniteTimeSpan };
        _client = new QueryApiClient(options, _http, new Neo4jResilience(options, _logger), _logger);
        _actors = new ActorLookup(_client);
        _writer = new DocumentWriter(_client);
        _neighbourhood = new NeighbourhoodSearch(_client, _actors);
        _paths = new PathSearch(_client, _actors);
        _links = new LinkQueries(_client, _actors);
    }

    public async Task InitializeAsync(CancellationToken ct = default)
    {
        var scripts = SchemaScripts.Load(GraphSchemaDirectory.Locate(_options.SchemaPath));
        foreach (var statement in scripts)
            await _client.RunAsync(statement.Bind(), ct);
        _logger.LogInformation("Neo4j at {Uri} (database {Database}) ready; {Count} schema statements applied", _options.BaseUri, _options.Database, scripts.Count);
    }

    public async Task<bool> IsReadyAsync(CancellationToken ct = default)
    {
        try
        {
            await _client.RunAsync(Statements.Ping.Bind(), ct);
            return true;
        }
        catch (Neo4jException ex)
        {
            _logger.LogWarning("Neo4j not ready: {Error}", ex.Message);
            return false;
        }
    }

    // --- writes -------------------------------------------------------------------------

    public async Task<WriteOutcome> WriteDocumentAsync(DocumentWrite write, CancellationToken ct = default)
    {
        var outcome = await _writer.WriteAsync(write, ct);
        PublishChange([write.Document.Id], outcome);
        return outcome;
    }

    public async Task UpsertActorsAsync(IReadOnlyCollection<Actor> actors, CancellationToken ct = default)
    {
        if (actors.Count == 0) return;
        await _client.RunAsync(Statements.UpsertActors.Bind(new Dictionary<string, object?> { ["actors"] = actors.Select(GraphValues.Actor).ToArray() }), ct);
        PublishChange([], new WriteOutcome(0, 0, 0));
    }

    // --- actors -------------------------------------------------------------------------

    public async Task<Actor?> GetActorAsync(string id, CancellationToken ct = default)
    {
        var result = await _client.RunAsync(Statements.GetActor.Bind(new Dictionary<string, object?> { ["id"] = id }), ct);
        return result.Records.Select(r => RecordReader.Actor(r["actor"])).FirstOrDefault();
    }

    public async Task<IReadOnlyList<Actor>> GetActorsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        (await _actors.GetAsync(ids, ct)).Values.ToArray();

    public async Task<Page<Actor>> FindActorsAsync(ActorQuery query, CancellationToken ct = default)
    {
        query.Page.Validate();
        var search = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim().ToLowerInvariant();
        var result = await _client.RunAsync(Statements.FindActors.Bind(new Dictionary<string, object?>
        {
            ["kind"] = query.Kind is { } kind ? GraphValues.Enum(kind) : null,
            ["search"] = search,
            ["after"] = query.Page.After,
            ["take"] = query.Page.First + 1,
        }), ct);
        return ReadPage(result, query.Page, RecordReader.Actor);
    }

    public async Task<int> DegreeAsync(string actorId, CancellationToken ct = default)
    {
        var result = await _client.RunAsync(Statements.Degree.Bind(new Dictionary<string, object?> { ["id"] = actorId }), ct);
        return result.Records.Select(r => RecordReader.Int(r["degree"])).FirstOrDefault();
    }

    // --- relations and graph queries ----------------------------------------------------

    public async Task<Page<Relation>> FindRelationsAsync(RelationFilter filter, string? actorId, PageRequest page, CancellationToken ct = default)
    {
        page.Validate();
        QueryGuard.ValidFilter(filter);
        if (actorId is not null) await _actors.RequireAsync([actorId], ct);
        var values = actorId is null
            ? FilterParameters.Of(filter)
            : FilterParameters.Of(filter, withDirection: true).With("actorId", actorId);
        values.With("after", page.After).With("take", page.First + 1);
        var statement = actorId is null ? Statements.FindRelations : Statements.FindActorRelations;
        var result = await _client.RunAsync(statement.Bind(values), ct);
        return ReadPage(result, page, RecordReader.Relation);
    }

    public async Task<Relation?> GetRelationAsync(string id, CancellationToken ct = default)
    {
        var result = await _client.RunAsync(Statements.GetRelation.Bind(new Dictionary<string, object?> { ["id"] = id }), ct);
        return result.Records.Select(r => RecordReader.Relation(r["relation"])).FirstOrDefault();
    }

    public async Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default)
    {
        if (ids.Count == 0) return [];
        var distinct = ids.Distinct(StringComparer.Ordinal).ToArray();
        var result = await _client.RunAsync(Statements.GetRelations.Bind(new Dictionary<string, object?> { ["ids"] = distinct }), ct);
        return result.Records.Select(r => RecordReader.Relation(r["relation"])).ToArray();
    }

    // Relations come back whole whatever query.Detail asks: the Cypher reads every property in one pass anyway.
    public Task<Subgraph> NeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken ct = default) => _neighbourhood.RunAsync(query, ct);

    public Task<IReadOnlyList<GraphPath>> PathsAsync(PathQuery query, CancellationToken ct = default) => _paths.RunAsync(query, ct);

    // --- links and timelines -------------------------------------------------------------

    public Task<Page<Link>> FindLinksAsync(LinkQuery query, CancellationToken ct = default) => _links.FindAsync(query, ct);

    public Task<IReadOnlyList<LinkWithEvidence>> GroupLinksAsync(IReadOnlyCollection<Relation> relations, CancellationToken ct = default) =>
        _links.GroupAsync(relations, ct);

    public Task<IReadOnlyList<Relation>> LinkEvidenceAsync(LinkKey link, RelationFilter filter, CancellationToken ct = default) =>
        _links.EvidenceAsync(link, filter, ct);

    public Task<Timeline> TimelineAsync(TimelineQuery query, CancellationToken ct = default) => _links.TimelineAsync(query, ct);

    // --- documents ----------------------------------------------------------------------

    public async Task<DocumentRecord?> GetDocumentAsync(string id, CancellationToken ct = default)
    {
        var result = await _client.RunAsync(Statements.GetDocument.Bind(new Dictionary<string, object?> { ["id"] = id }), ct);
        return result.Records.Select(r => RecordReader.Document(r["document"])).FirstOrDefault();
    }

    public async Task<Page<DocumentRecord>> ListDocumentsAsync(PageRequest page, CancellationToken ct = default)
    {
        page.Validate();
        var result = await _client.RunAsync(Statements.ListDocuments.Bind(new Dictionary<string, object?>
        {
            ["after"] = page.After,
            ["take"] = page.First + 1,
        }), ct);
        return ReadPage(result, page, RecordReader.Document);
    }

    public async Task<string?> GetDocumentTextAsync(string id, CancellationToken ct = default)
    {
        var result = await _client.RunAsync(Statements.DocumentText.Bind(new Dictionary<string, object?> { ["id"] = id }), ct);
        return result.Records.Select(r => r["text"].ValueKind == JsonValueKind.String ? r["text"].GetString() : null).FirstOrDefault();
    }

    public async Task<GraphStats> StatsAsync(CancellationToken ct = default)
    {
        var row = (await _client.RunAsync(Statements.Stats.Bind(new Dictionary<string, object?> { ["failed"] = GraphValues.Enum(DocumentStatus.Failed) }), ct)).Single();
        var byType = row["byType"].EnumerateArray()
            .Where(pair => pair[0].ValueKind == JsonValueKind.String)
            .ToDictionary(pair => pair[0].GetString()!, pair => RecordReader.Int(pair[1]), StringComparer.Ordinal);
        return new GraphStats(RecordReader.Int(row["actors"]), RecordReader.Int(row["relations"]),
            RecordReader.Int(row["documents"]), RecordReader.Int(row["failed"]), byType);
    }

    public ValueTask DisposeAsync()
    {
        if (_ownsHttp) _http.Dispose();
        return ValueTask.CompletedTask;
    }

    // Paged statements return the total and up to First + 1 items after the cursor; the extra one means "there is more".
    private static Page<T> ReadPage<T>(QueryResult result, PageRequest page, Func<JsonElement, T> read)
    {
        var row = result.Single();
        var items = row["items"].EnumerateArray().Select(read).ToArray();
        return new Page<T>(items.Take(page.First).ToArray(), items.Length > page.First, RecordReader.Int(row["total"]));
    }
}
