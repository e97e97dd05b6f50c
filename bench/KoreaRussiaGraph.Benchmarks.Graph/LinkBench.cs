using System.Diagnostics;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.Core.Timelines;
using KoreaRussiaGraph.Storage.Embedded;

namespace KoreaRussiaGraph.Benchmarks.Graph;

/// <summary>
/// Issue 15's figures: a neighbourhood answered with its links (grouped from its edges, outlets looked up) against the
/// same neighbourhood with edges only (both as outlines, as the API asks for them), interleaved query by query so machine load hits both alike; and the timeline of
/// the highest-degree actor.
/// </summary>
internal static class LinkBench
{
    public static async Task RunAsync(EmbeddedGraphStore store, IReadOnlyList<string> centers, int queries)
    {
        for (var i = 0; i < Math.Min(100, centers.Count); i++) await WithLinksAsync(store, centers[i]); // JIT and caches
        var edges = new Latencies("edges");
        var links = new Latencies("links");
        long relationCount = 0, linkCount = 0;
        for (var i = 0; i < centers.Count; i++)
        {
            var query = new NeighbourhoodQuery(centers[i], Depth: 2, Limit: 200, Detail: RelationDetail.Outline);
            var start = Stopwatch.GetTimestamp();
            relationCount += (await store.NeighbourhoodAsync(query)).Edges.Count;
            edges.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            start = Stopwatch.GetTimestamp();
            linkCount += await WithLinksAsync(store, centers[i]);
            links.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        Console.WriteLine();
        Console.WriteLine($"Links (issue 15), {centers.Count:N0} neighbourhoods interleaved (ms):");
        Report.Row("neighbourhood(depth 2, limit 200) edges", edges, $"mean {relationCount / (double)centers.Count:F0} relations");
        Report.Row("neighbourhood(depth 2, limit 200) + links", links, $"mean {linkCount / (double)centers.Count:F0} links; " +
            $"ratio p50 {links.Percentile(50) / edges.Percentile(50):F2}x, p99 {links.Percentile(99) / edges.Percentile(99):F2}x (goal <= 1.3x)");

        var (hub, degree) = store.InspectIndex(g =>
        {
            var best = Enumerable.Range(0, g.ActorCount).MaxBy(g.Degree);
            return (g.Actor(best).Id, g.Degree(best));
        });
        foreach (var bucket in new[] { TimeBucket.Year, TimeBucket.Month })
        {
            var timeline = new Latencies("timeline");
            var buckets = 0;
            for (var i = 0; i < 20; i++) await store.TimelineAsync(new TimelineQuery(hub, Bucket: bucket));
            for (var i = 0; i < queries; i++)
            {
                var start = Stopwatch.GetTimestamp();
                buckets = (await store.TimelineAsync(new TimelineQuery(hub, Bucket: bucket))).Buckets.Count;
                timeline.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            Report.Row($"timeline(hub {hub}, {bucket.ToString().ToUpperInvariant()})", timeline, $"{degree:N0} relations touch it, {buckets} buckets; goal p50 <= 20");
        }
    }

    // Every link is read (its evidence count, which must add up to the edges), so a grouping that built links lazily
    // could not look cheaper here than what a client listing them pays.
    private static async Task<int> WithLinksAsync(EmbeddedGraphStore store, string center)
    {
        var subgraph = await store.NeighbourhoodAsync(new NeighbourhoodQuery(center, Depth: 2, Limit: 200, Detail: RelationDetail.Outline));
        var links = await store.GroupLinksAsync(subgraph.Edges);
        var evidence = 0;
        foreach (var link in links) evidence += link.Link.EvidenceCount;
        return evidence == subgraph.Edges.Count ? links.Count : throw new InvalidOperationException("The links' evidence does not add up to the edges.");
    }
}
