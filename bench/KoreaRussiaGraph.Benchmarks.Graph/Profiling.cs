using System.Diagnostics;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.Storage.Embedded;
using KoreaRussiaGraph.Storage.Embedded.Index;

namespace KoreaRussiaGraph.Benchmarks.Graph;

/// <summary>--profile: where a neighbourhood query spends its time on the built graph (reuses the store file).</summary>
internal static class Profiling
{
    public static async Task RunAsync(BenchOptions options)
    {
        await using var store = new EmbeddedGraphStore(new EmbeddedStoreOptions { Path = Path.Combine(options.WorkFolder, "graph.db") });
        await store.InitializeAsync();
        var random = new Random(options.Seed + 2);
        var centers = Enumerable.Range(0, 300).Select(_ => SyntheticGraph.ActorId(random.Next(options.Actors))).ToArray();
        foreach (var limit in new[] { 200, 50 })
            foreach (var depth in new[] { 1, 2 })
            {
                var total = new Latencies("total");
                var whole = new Latencies("whole");
                var grouping = new Latencies("grouping");
                var induced = new Latencies("induced");
                long edges = 0;
                foreach (var c in centers)
                {
                    var start = Stopwatch.GetTimestamp();
                    var sub = await store.NeighbourhoodAsync(new NeighbourhoodQuery(c, depth, limit, Detail: RelationDetail.Outline));
                    total.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    start = Stopwatch.GetTimestamp();
                    await store.GroupLinksAsync(sub.Edges);
                    grouping.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    start = Stopwatch.GetTimestamp();
                    await store.NeighbourhoodAsync(new NeighbourhoodQuery(c, depth, limit));
                    whole.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    edges += sub.Edges.Count;
                    induced.Add(store.InspectIndex(g =>
                    {
                        var ids = sub.Nodes.Select(n => { g.TryGetActor(n.Actor.Id, out var a); return a; }).ToArray();
                        var f = new CompiledFilter(RelationFilter.Default, g);
                        var t = Stopwatch.GetTimestamp();
                        NeighbourhoodSearch.InducedEdges(g, f, ids);
                        return Stopwatch.GetElapsedTime(t).TotalMilliseconds;
                    }));
                }
                Console.WriteLine($"depth {depth} limit {limit}: outlines p50 {total.Percentile(50):F3} p99 {total.Percentile(99):F3}; " +
                                  $"whole relations p50 {whole.Percentile(50):F3} p99 {whole.Percentile(99):F3}; " +
                                  $"grouping the outlines into links p50 {grouping.Percentile(50):F3} p99 {grouping.Percentile(99):F3}; " +
                                  $"induced edges alone p50 {induced.Percentile(50):F3} p99 {induced.Percentile(99):F3}; mean edges {edges / centers.Length}");
            }
    }
}
