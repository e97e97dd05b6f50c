using System.Collections.Concurrent;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;

namespace KoreaRussiaGraph.GraphQL.Queries;

/// <summary>
/// Per-request memo of actors, documents and degrees. Graph results already carry their actors, so
/// resolving an edge's endpoints costs nothing; a Neo4j-backed store is spared one round trip per edge.
/// </summary>
public sealed class GraphLoader(IGraphStore store)
{
    private readonly ConcurrentDictionary<string, Task<Actor?>> _actors = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task<DocumentRecord?>> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task<int>> _degrees = new(StringComparer.Ordinal);

    public IGraphStore Store => store;

    public void Prime(IEnumerable<Actor> actors)
    {
        foreach (var actor in actors) _actors.TryAdd(actor.Id, Task.FromResult<Actor?>(actor));
    }

    /// <summary>Loads every endpoint and attribution of <paramref name="relations"/> in one store call.</summary>
    public async Task PrimeEndpointsAsync(IEnumerable<Relation> relations, CancellationToken ct)
    {
        var missing = relations
            .SelectMany(r => r.AttributedTo is null ? new[] { r.SourceId, r.TargetId } : new[] { r.SourceId, r.TargetId, r.AttributedTo })
            .Where(id => !_actors.ContainsKey(id))
            .ToHashSet(StringComparer.Ordinal);
        if (missing.Count == 0) return;
        var found = await store.GetActorsAsync(missing, ct);
        Prime(found);
    }

    public Task<Actor?> ActorAsync(string id, CancellationToken ct) =>
        _actors.GetOrAdd(id, key => store.GetActorAsync(key, ct));

    public async Task<Actor> RequiredActorAsync(string id, CancellationToken ct) =>
        await ActorAsync(id, ct) ?? throw new InvalidOperationException($"relation endpoint '{id}' has no actor record");

    public Task<DocumentRecord?> DocumentAsync(string id, CancellationToken ct) =>
        _documents.GetOrAdd(id, key => store.GetDocumentAsync(key, ct));

    public Task<int> DegreeAsync(string actorId, CancellationToken ct) =>
        _degrees.GetOrAdd(actorId, key => store.DegreeAsync(key, ct));
}
