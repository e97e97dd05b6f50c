using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.Storage.Neo4j.Cypher;
using KoreaRussiaGraph.Storage.Neo4j.Http;
using KoreaRussiaGraph.Storage.Neo4j.Mapping;

namespace KoreaRussiaGraph.Storage.Neo4j.Querying;

/// <summary>Fetches actors by id and turns a missing one into the contract's UNKNOWN_ACTOR error with suggestions.</summary>
internal sealed class ActorLookup(QueryApiClient client)
{
    public async Task<Dictionary<string, Actor>> GetAsync(IEnumerable<string> ids, CancellationToken ct)
    {
        var distinct = ids.Distinct(StringComparer.Ordinal).ToArray();
        if (distinct.Length == 0) return new Dictionary<string, Actor>(StringComparer.Ordinal);
        var result = await client.RunAsync(Statements.GetActors.Bind(new Dictionary<string, object?> { ["ids"] = distinct }), ct);
        return result.Records.Select(r => RecordReader.Actor(r["actor"])).ToDictionary(a => a.Id, StringComparer.Ordinal);
    }

    /// <summary>The actors, in the order asked; throws for the first id that does not exist.</summary>
    public async Task<Dictionary<string, Actor>> RequireAsync(IReadOnlyList<string> ids, CancellationToken ct)
    {
        var found = await GetAsync(ids, ct);
        foreach (var id in ids)
            if (!found.ContainsKey(id))
            {
                var known = await client.RunAsync(Statements.ActorIds.Bind(), ct);
                throw GraphQueryException.UnknownActor(id, ActorSuggestions.Closest(id, known.Records.Select(r => r["id"].GetString()!)));
            }
        return found;
    }
}
