using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.Storage.Neo4j.Cypher;
using KoreaRussiaGraph.Storage.Neo4j.Http;
using KoreaRussiaGraph.Storage.Neo4j.Mapping;

namespace KoreaRussiaGraph.Storage.Neo4j.Querying;

/// <summary>
/// DESIGN §3 neighbourhood: the breadth-first reach runs in Neo4j (ANY SHORTEST over a filtered quantified
/// path pattern, ordered nearest first, then by degree, then id), then the induced relations between the kept actors.
/// </summary>
internal sealed class NeighbourhoodSearch(QueryApiClient client, ActorLookup actors)
{
    public async Task<Subgraph> RunAsync(NeighbourhoodQuery query, CancellationToken ct)
    {
        query.Validate();
        var filter = query.EffectiveFilter;
        await actors.RequireAsync([query.ActorId], ct);

        // The start actor is one of the `limit` actors; one extra row tells whether more were reachable.
        var others = query.Limit - 1;
        var reached = (await client.RunAsync(Statements.Neighbourhood(query.Depth).Bind(
                FilterParameters.Of(filter, withDirection: true).With("id", query.ActorId).With("take", others + 1)), ct))
            .Records.Select(r => (Id: r["id"].GetString()!, Hops: RecordReader.Int(r["hops"])))
            .ToList();
        var truncated = reached.Count > others;
        var kept = new List<(string Id, int Hops)> { (query.ActorId, 0) };
        kept.AddRange(reached.Take(others));

        var ids = kept.Select(k => k.Id).ToArray();
        var found = await actors.GetAsync(ids, ct);
        var edges = (await client.RunAsync(Statements.InducedRelations.Bind(FilterParameters.Of(filter).With("ids", ids)), ct))
            .Records.Select(r => RecordReader.Relation(r["relation"]))
            .ToArray();
        var nodes = kept.Where(k => found.ContainsKey(k.Id)).Select(k => new SubgraphNode(found[k.Id], k.Hops)).ToArray();
        return new Subgraph(nodes, edges, truncated).CapEdges(query.MaxEdges);
    }
}
