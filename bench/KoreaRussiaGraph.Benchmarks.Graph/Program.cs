// Graph benchmark (issue item 10): builds a synthetic 100k-actor / 1M-relation graph in the embedded store,
// times neighbourhood and path queries on its in-memory index, then the same queries on two peers:
// SQLite recursive CTEs over the same file, and Kuzu (npm kuzu 0.11.3) driven by bench/peers/kuzu/run.js.
// Usage: dotnet run -c Release --project bench/KoreaRussiaGraph.Benchmarks.Graph -- [options] (see bench/README.md)
using System.Diagnostics;
using System.Globalization;
using KoreaRussiaGraph.Benchmarks.Graph;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.Storage.Embedded;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var options = BenchOptions.Parse(args);
if (args.Contains("--profile")) { await Profiling.RunAsync(options); return; }
Directory.CreateDirectory(options.WorkFolder);
var dbPath = Path.Combine(options.WorkFolder, "graph.db");
var graph = new SyntheticGraph(options.Actors, options.Relations, options.Seed);
Console.WriteLine($"Graph benchmark: {options.Actors:N0} actors, {options.Relations:N0} relations, {options.Queries:N0} queries per kind, seed {options.Seed}");
Console.WriteLine($"Store file: {dbPath}");

// 1. Build through the real store: gazetteer upsert, then one transaction per 1,000-relation document.
if (!(options.Reuse && File.Exists(dbPath)))
{
    foreach (var file in new[] { dbPath, dbPath + "-wal", dbPath + "-shm" }) File.Delete(file);
    var build = Stopwatch.StartNew();
    await using var builder = new EmbeddedGraphStore(new EmbeddedStoreOptions { Path = dbPath });
    await builder.InitializeAsync();
    await builder.UpsertActorsAsync(graph.Actors().ToArray());
    var written = 0;
    foreach (var document in graph.Documents())
    {
        await builder.WriteDocumentAsync(document);
        if (++written % 100 == 0) Console.Write($"\r  built {written * SyntheticGraph.RelationsPerDocument:N0} relations in {build.Elapsed.TotalSeconds:F1} s");
    }
    Console.WriteLine();
    Console.WriteLine($"Build (SQLite + index, {written} document transactions): {build.Elapsed.TotalSeconds:F1} s");
}

// 2. Reopen: the index is rebuilt from the file, which also measures its memory alone.
GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect();
var before = GC.GetTotalMemory(forceFullCollection: true);
var load = Stopwatch.StartNew();
await using var store = new EmbeddedGraphStore(new EmbeddedStoreOptions { Path = dbPath });
await store.InitializeAsync();
load.Stop();
var after = GC.GetTotalMemory(forceFullCollection: true);
var stats = await store.StatsAsync();
var structural = store.InspectIndex(g => g.StructuralBytes());
var maxDegree = store.InspectIndex(g => Enumerable.Range(0, g.ActorCount).Max(g.Degree));
Console.WriteLine($"Index load from SQLite at start: {load.Elapsed.TotalSeconds:F1} s ({stats.Actors:N0} actors, {stats.Relations:N0} relations, max degree {maxDegree:N0})");
Console.WriteLine($"Managed memory of the loaded store: {(after - before) / 1048576.0:F0} MB = {(after - before) / (double)stats.Relations:F0} bytes/relation " +
                  $"(adjacency + edge structs alone: {structural / (double)stats.Relations:F0} bytes/relation; the rest is the relation payloads with their citation quotes)");

// 3. Queries: fixed seed, uniform random actors.
var random = new Random(options.Seed + 2);
string RandomActor() => SyntheticGraph.ActorId(random.Next(options.Actors));
var centers = Enumerable.Range(0, options.Queries).Select(_ => RandomActor()).ToArray();
var pairs = Enumerable.Range(0, options.Queries).Select(_ => (From: RandomActor(), To: RandomActor())).Where(p => p.From != p.To).ToArray();

long neighbourhoodEdges = 0;
async Task<(Latencies Times, double MeanResult, int Errors)> MeasureAsync(string name, int count, Func<int, Task<int>> query)
{
    for (var i = 0; i < Math.Min(100, count); i++) await query(i); // JIT and caches
    var latencies = new Latencies(name);
    long results = 0;
    var errors = 0;
    for (var i = 0; i < count; i++)
    {
        var start = Stopwatch.GetTimestamp();
        try { results += await query(i); }
        catch (GraphQueryException) { errors++; }
        latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }
    return (latencies, results / (double)count, errors);
}

var neighbourhood = await MeasureAsync("neighbourhood", centers.Length, async i =>
{
    var sub = await store.NeighbourhoodAsync(new NeighbourhoodQuery(centers[i], Depth: 2, Limit: 200));
    neighbourhoodEdges += sub.Edges.Count;
    return sub.Nodes.Count;
});
var paths3 = await MeasureAsync("paths k=3", pairs.Length, async i =>
    (await store.PathsAsync(new PathQuery(pairs[i].From, pairs[i].To, MaxHops: 4, K: 3))).Count);
var paths1 = await MeasureAsync("paths k=1", pairs.Length, async i =>
    (await store.PathsAsync(new PathQuery(pairs[i].From, pairs[i].To, MaxHops: 4, K: 1))).Count);

Console.WriteLine();
Console.WriteLine($"Embedded store, {options.Queries:N0} queries each (ms):");
Report.Row("neighbourhood(depth 2, limit 200)", neighbourhood.Times, $"mean {neighbourhood.MeanResult:F0} actors and {neighbourhoodEdges / (double)(centers.Length + Math.Min(100, centers.Length)):F0} relations returned");
Report.Row("paths(maxHops 4, k 3)", paths3.Times, $"mean {paths3.MeanResult:F2} paths, {paths3.Errors} over budget");
Report.Row("paths(maxHops 4, k 1)", paths1.Times, $"mean {paths1.MeanResult:F2} paths, {paths1.Errors} over budget");
await LinkBench.RunAsync(store, centers, Math.Min(options.Queries, 200));

if (options.SkipPeers) return;

// 4. Peers on the first PeerQueries queries of the same lists; ratios against the embedded store on that subset.
var n = options.PeerQueries;
var cte = new CtePeer(dbPath, TimeSpan.FromSeconds(options.CteCapSeconds));
Console.WriteLine();
Console.WriteLine($"Peer (a) SQLite recursive CTEs on the same file, first {n} queries, cap {options.CteCapSeconds} s per query (ms):");
var cteNeighbourhood = await cte.NeighbourhoodAsync(centers.Take(n), 2, 200);
Report.Compare("neighbourhood(depth 2, limit 200)", cteNeighbourhood, neighbourhood.Times.Take(n));
var ctePaths3 = await cte.PathsAsync(pairs.Take(n), 4, 3);
Report.Compare("paths(maxHops 4, k 3)", ctePaths3, paths3.Times.Take(n));
var ctePaths1 = await cte.PathsAsync(pairs.Take(n), 4, 1);
Report.Compare("paths(maxHops 4, k 1)", ctePaths1, paths1.Times.Take(n));

var script = KuzuPeer.FindScriptFolder();
Console.WriteLine();
if (script is null)
{
    Console.WriteLine("Peer (b) Kuzu skipped: bench/peers/kuzu/run.js not found above the binary.");
    return;
}
try
{
    var kuzu = await new KuzuPeer(dbPath, options.WorkFolder, script).RunAsync(centers.Take(n).ToArray(), pairs.Take(n).ToArray(), 200);
    Console.WriteLine($"Peer (b) Kuzu 0.11.3 (node), first {n} queries; CSV load {kuzu.LoadMs / 1000:F1} s (ms):");
    Report.Compare("neighbourhood(depth 2, limit 200)", kuzu.Neighbourhood, neighbourhood.Times.Take(n));
    Report.Compare("paths(maxHops 4, k 3) [ALL SHORTEST LIMIT 3]", kuzu.Paths3, paths3.Times.Take(n));
    Report.Compare("paths(maxHops 4, k 1) [SHORTEST]", kuzu.Paths1, paths1.Times.Take(n));
}
catch (InvalidOperationException e)
{
    Console.WriteLine($"Peer (b) Kuzu failed: {e.Message}");
}

internal static class Report
{
    public static void Row(string name, Latencies l, string note) =>
        Console.WriteLine($"  {name,-48} p50 {l.Percentile(50),9:F3}  p99 {l.Percentile(99),9:F3}  ({note})");

    public static void Compare(string name, Latencies peer, Latencies ours)
    {
        var failures = peer.Failures > 0 ? $", {peer.Failures} hit the cap (counted at the cap)" : "";
        Console.WriteLine($"  {name,-48} p50 {peer.Percentile(50),9:F3}  p99 {peer.Percentile(99),9:F3}  " +
                          $"embedded on same queries p50 {ours.Percentile(50):F3} p99 {ours.Percentile(99):F3}  " +
                          $"=> embedded {peer.Percentile(50) / ours.Percentile(50):F0}x faster at p50, {peer.Percentile(99) / ours.Percentile(99):F0}x at p99{failures}");
    }
}

internal sealed record BenchOptions(int Actors, int Relations, int Queries, int PeerQueries, int Seed, string WorkFolder,
    double CteCapSeconds, bool SkipPeers, bool Reuse)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        }
        int Int(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new BenchOptions(
            Actors: Int("--actors", 100_000),
            Relations: Int("--relations", 1_000_000),
            Queries: Int("--queries", 1_000),
            PeerQueries: Int("--peer-queries", 50),
            Seed: Int("--seed", 42),
            WorkFolder: Path.GetFullPath(Value("--work") ?? Path.Combine("artifacts", "bench-graph")),
            CteCapSeconds: Value("--cte-cap-seconds") is { } cap ? double.Parse(cap, CultureInfo.InvariantCulture) : 2,
            SkipPeers: args.Contains("--skip-peers"),
            Reuse: args.Contains("--reuse"));
    }
}
