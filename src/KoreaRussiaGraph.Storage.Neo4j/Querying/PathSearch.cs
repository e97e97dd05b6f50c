using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.Storage.Neo4j.Cypher;
using KoreaRussiaGraph.Storage.Neo4j.Http;
using KoreaRussiaGraph.Storage.Neo4j.Mapping;

namespace KoreaRussiaGraph.Storage.Neo4j.Querying;

/// <summary>
/// DESIGN §3 paths. Neo4j finds the candidate simple paths (SHORTEST k GROUPS with the filters as inline
/// pre-filters); here they are only collapsed to actor sequences (parallel edges must not multiply paths),
/// ordered by length then id sequence, cut to k, and given each hop's evidence from one more query.
/// </summary>
internal sealed class PathSearch(QueryApiClient client, ActorLookup actors)
{
    public async Task<IReadOnlyList<GraphPath>> RunAsync(PathQuery query, CancellationToken ct)
    {
        query.Validate();
        var filter = query.EffectiveFilter;
        await actors.RequireAsync([query.FromId, query.ToId], ct);
        if (query.FromId == query.ToId) return []; // a simple path of at least one hop never returns to its start

        var candidates = await client.RunAsync(Statements.Paths(query.MaxHops, query.K).Bind(
            FilterParameters.Of(filter, withDirection: true).With("from", query.FromId).With("to", query.ToId)), ct);
        var sequences = candidates.Records
            .Select(r => r["ids"].EnumerateArray().Select(id => id.GetString()!).ToArray())
            .DistinctBy(ids => string.Join('\u001f', ids))
            .OrderBy(ids => ids.Length)
            .ThenBy(ids => ids, ActorSequenceComparer.Instance)
            .Take(query.K)
            .ToArray();
        if (sequences.Length == 0) return [];

        var pairs = sequences.SelectMany(Hops).Distinct().ToArray();
        var evidence = (await client.RunAsync(Statements.HopRelations.Bind(
                FilterParameters.Of(filter, withDirection: true).With("pairs", pairs.Select(p => new[] { p.From, p.To }).ToArray())), ct))
            .Records.ToDictionary(
                r => (r["fromId"].GetString()!, r["toId"].GetString()!),
                r => (IReadOnlyList<Relation>)r["relations"].EnumerateArray().Select(RecordReader.Relation).OrderBy(x => x.Id, StringComparer.Ordinal).ToArray());
        var found = await actors.GetAsync(sequences.SelectMany(s => s), ct);

        return sequences.Select(ids => new GraphPath(
                ids.Select(id => found[id]).ToArray(),
                Hops(ids).Select(h => new PathHop(found[h.From], found[h.To], evidence.GetValueOrDefault((h.From, h.To)) ?? [])).ToArray()))
            .ToArray();
    }

    private static IEnumerable<(string From, string To)> Hops(string[] ids) =>
        ids.Zip(ids.Skip(1), (a, b) => (a, b));

    private sealed class ActorSequenceComparer : IComparer<string[]>
    {
        public static readonly ActorSequenceComparer Instance = new();

        public int Compare(string[]? x, string[]? y)
        {
            for (var i = 0; i < Math.Min(x!.Length, y!.Length); i++)
            {
                var c = string.CompareOrdinal(x[i], y[i]);
                if (c != 0) return c;
            }
            return x.Length.CompareTo(y.Length);
        }
    }
}
