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
