using System.Collections.Concurrent;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;

namespace KoreaRussiaGraph.GraphQL.Queries;

/// <summary>
/// Per-request memo of actors, documents and degrees. Graph results already carry their actors, so
/// resolving an edge's endpoints costs nothing; a Neo4j-backed store is spared one round trip per edge.
/// One loader lives in each execution's user context: resolvers reach it with a dictionary lookup rather than a
/// service-provider resolution per field, which the load benchmark showed to be a large share of a big answer.
/// </summary>
public sealed class GraphLoader(IGraphStore store)
{
    public const string UserContextKey = "krg.graphLoader";

    private readonly ConcurrentDictionary<string, Task<Actor?>> _actors = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task<DocumentRecord?>> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task<int>> _degrees = new(StringComparer.Ordinal);

    public IGraphStore Store => store;

    // Outlines this request handed out (a neighbourhood's edges): the first payload field asked of any of them reads the
    // whole answer's payloads in one store call, not one call per relation.
    private readonly Lock _outlineLock = new();
    private readonly List<Relation> _pendingOutlines = [];
    private readonly Dictionary<string, Task<Relation?>> _whole = new(StringComparer.Ordinal);

    /// <summary>Remembers outlines handed out, so a later payload field reads all of them in one batch.</summary>
    public void RegisterOutlines(IEnumerable<Relation> relations)
    {
        lock (_outlineLock)
            foreach (var relation in relations)
                if (relation.IsOutline) _pendingOutlines.Add(relation);
    }

    /// <summary>
    /// The relation with its payload: itself when whole; for an outline, read from the store with every other outline this
    /// request registered and has not read yet. Null when the relation is gone from the store meanwhile.
    /// </summary>
    public Task<Relation?> WholeAsync(Relation relation, CancellationToken ct)
    {
        if (!relation.IsOutline) return Task.FromResult<Relation?>(relation);
        lock (_outlineLock)
        {
            if (_whole.TryGetValue(relation.Id, out var known)) return known;
            var batch = _pendingOutlines.Where(r => !_whole.ContainsKey(r.Id)).Select(r => r.Id).Append(relation.Id).ToHashSet(StringComparer.Ordinal);
            _pendingOutlines.Clear();
            var read = ReadWholeAsync(batch, ct);
            foreach (var id in batch) _whole[id] = PickAsync(read, id);
            return _whole[relation.Id];
        }
    }

    private async Task<Dictionary<string, Relation>> ReadWholeAsync(IReadOnlyCollection<string> ids, CancellationToken ct) =>
        (await store.GetRelationsAsync(ids, ct)).ToDictionary(r => r.Id, StringComparer.Ordinal);

    private static async Task<Relation?> PickAsync(Task<Dictionary<string, Relation>> read, string id) => (await read).GetValueOrDefault(id);

    /// <summary><see cref="WholeAsync"/>, with a relation removed meanwhile reported as an error on the field.</summary>
    public async Task<Relation> RequiredWholeAsync(Relation relation, CancellationToken ct) =>
        await WholeAsync(relation, ct) ?? throw new global::GraphQL.ExecutionError($"relation '{relation.Id}' was removed from the store meanwhile; ask again");

    public static GraphLoader From(IDictionary<string, object?> userContext) =>
        userContext.TryGetValue(UserContextKey, out var value) && value is GraphLoader loader
            ? loader
            : throw new InvalidOperationException($"The execution has no {nameof(GraphLoader)} in its user context; AddGraphQLApi attaches one to every execution.");

    public void Prime(IEnumerable<Actor> actors)
    {
        foreach (var actor in actors) _actors.TryAdd(actor.Id, Task.FromResult<Actor?>(actor));
    }

    /// <summary>Loads every endpoint and attribution of <paramref name="relations"/> in one store call.</summary>
    public async Task PrimeEndpointsAsync(IEnumerable<Relation> relations, CancellationToken ct)
    {
        var missing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relation in relations)
        {
            AddIfUnknown(relation.SourceId);
            AddIfUnknown(relation.TargetId);
            if (relation.AttributedTo is { } attributedTo) AddIfUnknown(attributedTo);
        }
        if (missing.Count == 0) return;
        Prime(await store.GetActorsAsync(missing, ct));

        void AddIfUnknown(string id)
        {
            if (!_actors.ContainsKey(id)) missing.Add(id);
        }
    }

    public Task<Actor?> ActorAsync(string id, CancellationToken ct) =>
        _actors.GetOrAdd(id, static (key, arg) => arg.store.GetActorAsync(key, arg.ct), (store, ct));

    /// <summary>A relation's endpoint; its absence means a broken store, reported as an error on the field.</summary>
    public Task<Actor?> RequiredActorAsync(string id, CancellationToken ct) =>
        Required(ActorAsync(id, ct), id, static id => new InvalidOperationException($"relation endpoint '{id}' has no actor record"));

    public Task<DocumentRecord?> DocumentAsync(string id, CancellationToken ct) =>
        _documents.GetOrAdd(id, static (key, arg) => arg.store.GetDocumentAsync(key, arg.ct), (store, ct));

    /// <summary>A citation's document; its absence means a broken store, reported to the client as an error on the field.</summary>
    public Task<DocumentRecord?> RequiredDocumentAsync(string id, CancellationToken ct) =>
        Required(DocumentAsync(id, ct), id, static id => new global::GraphQL.ExecutionError($"cited document '{id}' is missing"));

    public Task<int> DegreeAsync(string actorId, CancellationToken ct) =>
        _degrees.GetOrAdd(actorId, static (key, arg) => arg.store.DegreeAsync(key, arg.ct), (store, ct));

    // Memoised tasks are usually complete, so the common case hands back the same task without an await; the
    // static exception factories cost nothing unless something is missing (these run once per edge of an answer).
    private static Task<T?> Required<T>(Task<T?> lookup, string id, Func<string, Exception> missing) where T : class =>
        lookup.IsCompletedSuccessfully
            ? lookup.Result is null ? Task.FromException<T?>(missing(id)) : lookup
            : AwaitRequired(lookup, id, missing);

    private static async Task<T?> AwaitRequired<T>(Task<T?> lookup, string id, Func<string, Exception> missing) where T : class =>
        await lookup ?? throw missing(id);
}
