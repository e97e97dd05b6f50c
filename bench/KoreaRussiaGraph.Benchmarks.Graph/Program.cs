// Graph benchmark (issues 10 and 16): builds a synthetic graph through `krg import`'s path (JSON lines written by the
// real exporter, read back by the real importer), measures the start (index snapshot and full rebuild), memory, query
// latencies of the embedded store and the GraphQL answer time, then the same queries on two peers: SQLite written as a
// competent SQL user would (BFS with a visited table, precomputed degrees) and Kuzu (npm kuzu 0.11.3).
// Every side gets the same warm-up (a separate query list) and the same cap per query; capped queries are counted.
// Usage: dotnet run -c Release --project bench/KoreaRussiaGraph.Benchmarks.Graph -- [options] (see bench/README.md)
using System.Diagnostics;
using System.Globalization;
using KoreaRussiaGraph.Benchmarks.Graph;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.Export.Formats;
using KoreaRussiaGraph.Export.Import;
using KoreaRussiaGraph.Export.Model;
using KoreaRussiaGraph.Storage.Embedded;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var options = BenchOptions.Parse(args);
if (args.Contains("--profile")) { await Profiling.RunAsync(options); return; }
Directory.CreateDirectory(options.WorkFolder);
var dbPath = Path.Combine(options.WorkFolder, "graph.db");
var graph = new SyntheticGraph(options.Actors, options.Relations, options.Seed);
// CPU seconds of this process: on a shared machine wall time measures the neighbours too; CPU time says what the work costs.
double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
Console.WriteLine($"Graph benchmark: {options.Actors:N0} actors, {options.Relations:N0} relations, {options.Queries:N0} measured queries per kind " +
                  $"({options.PeerQueries} for the peers), {options.Warmup} warm-up queries per kind on a separate list, cap {options.CapSeconds} s, seed {options.Seed}");
Console.WriteLine($"Store file: {dbPath}; load average at start {Load()}");

// 1. Build: the synthetic documents exported as JSON lines by the real exporter, then imported as `krg import` does.
if (!(options.Reuse && File.Exists(dbPath)))
{
    foreach (var file in new[] { dbPath, dbPath + "-wal", dbPath + "-shm", dbPath + ".index" }) File.Delete(file);
    var jsonl = Path.Combine(options.WorkFolder, "graph.jsonl");
    var names = graph.Actors();
    // --keep-jsonl keeps the JSON lines for the next build of the same graph (10M: two minutes to write, 5 GB).
    if (!(options.KeepJsonl && File.Exists(jsonl)))
    {
        var writing = Stopwatch.StartNew();
        var exporter = new JsonLinesExporter();
        var byId = names.ToDictionary(a => a.Id, StringComparer.Ordinal);
        await using (var output = new FileStream(jsonl, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
            foreach (var document in graph.Documents())
            {
                var ids = document.Relations.SelectMany(r => new[] { r.SourceId, r.TargetId }).ToHashSet(StringComparer.Ordinal);
                var export = new GraphExport(ids.Select(id => byId[id]).ToArray(), document.Relations,
                    new Dictionary<string, KoreaRussiaGraph.Core.Model.DocumentRecord> { [document.Document.Id] = document.Document }, new Dictionary<string, int>(), "bench");
                await exporter.WriteAsync(export, output);
            }
        Console.WriteLine($"JSON lines written in {writing.Elapsed.TotalSeconds:F1} s ({new FileInfo(jsonl).Length / 1048576.0:F0} MB)");
    }

    var build = Stopwatch.StartNew();
    var buildCpu = Cpu();
    await using (var builder = new EmbeddedGraphStore(new EmbeddedStoreOptions { Path = dbPath }, new ConsoleLog<EmbeddedGraphStore>()))
    {
        await builder.InitializeAsync();
        await builder.UpsertActorsAsync(names.ToArray()); // the gazetteer, as krg import upserts it first
        Console.WriteLine($"Gazetteer of {names.Count:N0} actors upserted: {build.Elapsed.TotalSeconds:F1} s");
        build.Restart();
        buildCpu = Cpu();
        using var input = new StreamReader(new FileStream(jsonl, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20));
        var report = await JsonLinesImport.RunAsync(input, builder, (line, error) => Console.WriteLine($"  line {line}: {error}"),
            new Progress<long>(n => Console.Write($"\r  imported {n:N0} relations in {build.Elapsed.TotalSeconds:F0} s")));
        Console.WriteLine();
        Console.WriteLine($"Import (krg import path: parse + SQLite + index rebuild): {report.Elapsed.TotalSeconds:F1} s wall, {Cpu() - buildCpu:F1} s CPU for {report.Outcome.Relations:N0} relations, " +
                          $"{report.BadLines} bad lines; load average {Load()}");
    }
    Console.WriteLine($"Build after the gazetteer, incl. the snapshot written at dispose: {build.Elapsed.TotalSeconds:F1} s");
    if (!options.KeepJsonl) File.Delete(jsonl);
    if (options.BuildOnly) return;
}

// 2. Start: from the snapshot (what a restart does), and optionally a full rebuild from the file for comparison.
if (!options.SkipFileStart)
{
    var rebuild = Stopwatch.StartNew();
    var rebuildCpu = Cpu();
    await using (var fromFile = new EmbeddedGraphStore(new EmbeddedStoreOptions { Path = dbPath, IndexSnapshot = false }))
    {
        await fromFile.InitializeAsync();
        Console.WriteLine($"Start rebuilding the index from the SQLite file (no snapshot): {rebuild.Elapsed.TotalSeconds:F1} s wall, {Cpu() - rebuildCpu:F1} s CPU; load average {Load()}");
    }
}
GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect();
var before = GC.GetTotalMemory(forceFullCollection: true);
var start = Stopwatch.StartNew();
var startCpu = Cpu();
await using var store = new EmbeddedGraphStore(new EmbeddedStoreOptions { Path = dbPath });
await store.InitializeAsync();
start.Stop();
var after = GC.GetTotalMemory(forceFullCollection: true);
var stats = await store.StatsAsync();
var structural = store.InspectIndex(g => g.StructuralBytes());
var maxDegree = store.InspectIndex(g => Enumerable.Range(0, g.ActorCount).Max(g.Degree));
Console.WriteLine($"Start (index ready, from {store.StartedFrom}): {start.Elapsed.TotalSeconds:F2} s wall, {Cpu() - startCpu:F2} s CPU ({stats.Actors:N0} actors, {stats.Relations:N0} relations, " +
                  $"max degree {maxDegree:N0}); load average {Load()}");
Console.WriteLine($"Managed memory of the started store: {(after - before) / 1048576.0:F0} MB = {(after - before) / (double)stats.Relations:F0} bytes/relation " +
                  $"(index arrays alone: {structural / (double)stats.Relations:F0} bytes/relation)");

// 3. Queries: fixed seeds, uniform random actors; the warm-up list is drawn separately from the measured one.
var measuredRandom = new Random(options.Seed + 2);
var warmupRandom = new Random(options.Seed + 3);
string RandomActor(Random random) => SyntheticGraph.ActorId(random.Next(options.Actors));
(string[] Centers, (string From, string To)[] Pairs) Lists(Random random, int count) => (
    Enumerable.Range(0, count).Select(_ => RandomActor(random)).ToArray(),
    Enumerable.Range(0, count * 2).Select(_ => (From: RandomActor(random), To: RandomActor(random))).Where(p => p.From != p.To).Take(count).ToArray());
var measured = Lists(measuredRandom, options.Queries);
var warmup = Lists(warmupRandom, options.Warmup);
// --links-only: issue 15's interleaved links-against-edges figures alone, on the same measured list as a full run.
if (options.LinksOnly)
{
    await LinkBench.RunAsync(store, measured.Centers, Math.Min(options.Queries, 200));
    return;
}
var capMs = options.CapSeconds * 1000;

async Task<(Latencies Times, double MeanResult)> MeasureAsync(string name, IReadOnlyList<int> warm, int count, Func<int, bool, Task<int>> query)
{
    foreach (var i in warm) await query(i, true);
    var latencies = new Latencies(name);
    long results = 0;
    for (var i = 0; i < count; i++)
    {
        var t = Stopwatch.GetTimestamp();
        try { results += await query(i, false); latencies.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds, capMs); }
        catch (GraphQueryException) { latencies.AddCapped(); } // over the work budget: the store's own cap
    }
    return (latencies, results / (double)Math.Max(1, latencies.Count));
}
var warmIndices = Enumerable.Range(0, options.Warmup).ToArray();
long edgesReturned = 0;
// Outlines are what the API asks for (payloads read only for the fields a client selects); whole relations are what an
// export of the same neighbourhood reads, every quote included.
var neighbourhood = await MeasureAsync("neighbourhood", warmIndices, measured.Centers.Length, async (i, w) =>
{
    var sub = await store.NeighbourhoodAsync(new NeighbourhoodQuery(w ? warmup.Centers[i] : measured.Centers[i], Depth: 2, Limit: 200, Detail: RelationDetail.Outline));
    if (!w) edgesReturned += sub.Edges.Count;
    return sub.Nodes.Count;
});
var neighbourhoodWhole = await MeasureAsync("neighbourhood whole", warmIndices, measured.Centers.Length, async (i, w) =>
    (await store.NeighbourhoodAsync(new NeighbourhoodQuery(w ? warmup.Centers[i] : measured.Centers[i], Depth: 2, Limit: 200))).Nodes.Count);
var paths3 = await MeasureAsync("paths k=3", warmIndices, measured.Pairs.Length, async (i, w) =>
{
    var (from, to) = w ? warmup.Pairs[i] : measured.Pairs[i];
    return (await store.PathsAsync(new PathQuery(from, to, MaxHops: 4, K: 3))).Count;
});
var paths1 = await MeasureAsync("paths k=1", warmIndices, measured.Pairs.Length, async (i, w) =>
{
    var (from, to) = w ? warmup.Pairs[i] : measured.Pairs[i];
    return (await store.PathsAsync(new PathQuery(from, to, MaxHops: 4, K: 1))).Count;
});
Console.WriteLine();
Console.WriteLine($"Embedded store, {options.Queries:N0} measured queries each (ms); load average {Load()}:");
Report.Row("neighbourhood(depth 2, limit 200)", neighbourhood.Times, $"mean {neighbourhood.MeanResult:F0} actors and {edgesReturned / (double)measured.Centers.Length:F0} relations returned (outlines)");
Report.Row("  the same, whole relations (payloads)", neighbourhoodWhole.Times, "every payload read (cache, then the file)");
Report.Row("paths(maxHops 4, k 3)", paths3.Times, $"mean {paths3.MeanResult:F2} paths");
Report.Row("paths(maxHops 4, k 1)", paths1.Times, $"mean {paths1.MeanResult:F2} paths");
var afterQueries = GC.GetTotalMemory(forceFullCollection: true);
Console.WriteLine($"Managed memory after the queries (payload cache filled): {(afterQueries - before) / 1048576.0:F0} MB = {(afterQueries - before) / (double)stats.Relations:F0} bytes/relation");

if (!options.SkipGraphQL)
{
    await using var graphql = new GraphQLTiming(store);
    long bytes = 0;
    var answers = await MeasureAsync("graphql", warmIndices, measured.Centers.Length, async (i, w) =>
    {
        var length = await graphql.AnswerAsync(w ? warmup.Centers[i] : measured.Centers[i]);
        if (!w) bytes += length;
        return length;
    });
    Report.Row("GraphQL README neighbourhood query (computed)", answers.Times, $"mean answer {bytes / (double)measured.Centers.Length / 1024:F1} KB");
    // The depth-2 neighbourhood through GraphQL with every edge kept: selecting only what the index knows against selecting quotes.
    foreach (var (label, selection) in GraphQLTiming.LargeSelections)
    {
        bytes = 0;
        var large = await MeasureAsync(label, warmIndices, Math.Min(measured.Centers.Length, 200), async (i, w) =>
        {
            var length = await graphql.AnswerAsync(w ? warmup.Centers[i] : measured.Centers[i], selection);
            if (!w) bytes += length;
            return length;
        });
        Report.Row($"GraphQL depth 2, maxEdges 10000: {label}", large.Times, $"mean answer {bytes / (double)large.Times.Count / 1024:F0} KB");
    }
}

// Search and ordering (issue 18) draw their own query lists from the seed; the same warm-up indices run first.
await SearchAndOrdering.RunAsync(store, measured.Centers, options.Seed, async (name, count, query) =>
{
    var (times, mean) = await MeasureAsync(name, warmIndices, count, (i, _) => query(i));
    return (times, mean, 0);
});

// Links and timelines (issue 15): neighbourhood with links against edges, interleaved, and a hub's timeline.
await LinkBench.RunAsync(store, measured.Centers, Math.Min(options.Queries, 200));

if (options.SkipPeers) return;

// 4. Peers: same warm-up list, the first PeerQueries measured queries, same cap.
var n = options.PeerQueries;
var cap = TimeSpan.FromSeconds(options.CapSeconds);
await using (var cte = await CtePeer.OpenAsync(dbPath, cap))
{
    Console.WriteLine();
    Console.WriteLine($"Peer (a) SQLite, BFS with a visited table and precomputed degrees, on the same file (preparation {cte.PreparationMs / 1000:F1} s); load average {Load()}:");
    async Task<Latencies> RunCte(string name, Func<int, bool, Task> query, int count)
    {
        foreach (var i in warmIndices) await cte.MeasureAsync(() => query(i, true));
        var latencies = new Latencies(name);
        for (var i = 0; i < count; i++)
        {
            var t = Stopwatch.GetTimestamp();
            if (await cte.MeasureAsync(() => query(i, false))) latencies.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds, capMs);
            else latencies.AddCapped(capMs);
        }
        return latencies;
    }
    Report.Compare("neighbourhood(depth 2, limit 200)", await RunCte("cte neighbourhood", (i, w) => cte.NeighbourhoodAsync(w ? warmup.Centers[i] : measured.Centers[i], 2, 200), n), neighbourhood.Times.Take(n));
    Report.Compare("paths(maxHops 4, k 3)", await RunCte("cte paths3", (i, w) => { var p = w ? warmup.Pairs[i] : measured.Pairs[i]; return cte.PathsAsync(p.From, p.To, 4, 3); }, n), paths3.Times.Take(n));
    Report.Compare("paths(maxHops 4, k 1)", await RunCte("cte paths1", (i, w) => { var p = w ? warmup.Pairs[i] : measured.Pairs[i]; return cte.PathsAsync(p.From, p.To, 4, 1); }, n), paths1.Times.Take(n));
}

var script = KuzuPeer.FindScriptFolder();
Console.WriteLine();
if (script is null)
{
    Console.WriteLine("Peer (b) Kuzu skipped: bench/peers/kuzu/run.js not found above the binary.");
    return;
}
try
{
    var kuzu = await new KuzuPeer(dbPath, options.WorkFolder, script).RunAsync(warmup.Centers, warmup.Pairs,
        measured.Centers.Take(n).ToArray(), measured.Pairs.Take(n).ToArray(), 200, cap);
    Console.WriteLine($"Peer (b) Kuzu 0.11.3 (node); CSV load {kuzu.LoadMs / 1000:F1} s; load average {Load()}:");
    Report.Compare("neighbourhood(depth 2, limit 200)", kuzu.Neighbourhood, neighbourhood.Times.Take(n));
    Report.Compare("paths k 3 [ALL SHORTEST LIMIT 3: NOT comparable]", kuzu.Paths3, paths3.Times.Take(n));
    Report.Compare("paths(maxHops 4, k 1) [SHORTEST]", kuzu.Paths1, paths1.Times.Take(n));
}
catch (InvalidOperationException e)
{
    Console.WriteLine($"Peer (b) Kuzu failed: {e.Message}");
}

internal static class Report
{
    public static void Row(string name, Latencies l, string note) => Console.WriteLine($"  {name,-48} {l.Summary()}  {note}");

    public static void Compare(string name, Latencies peer, Latencies ours)
    {
        // With every peer query capped, the cap itself bounds the ratio from below.
        string Ratio(Func<Latencies, double> f) => peer.Count == 0 ? $">= {peer.CapMs / f(ours):F0}x" : $"{f(peer) / f(ours):F0}x";
        Console.WriteLine($"  {name,-48} peer     {peer.Summary()}");
        Console.WriteLine($"  {"",-48} embedded {ours.Summary()}");
        Console.WriteLine($"  {"",-48} peer/embedded: p50 {Ratio(l => l.Percentile(50))}, p90 {Ratio(l => l.Percentile(90))}, " +
                          $"p99 {Ratio(l => l.Percentile(99))}, max {Ratio(l => l.Max)} (finished queries only; {peer.Capped} of {peer.Measured} capped on the peer)");
    }
}

internal static class LatenciesExtensions
{
    /// <summary>The first <paramref name="n"/> measured queries (the peers' list), capped ones excluded as before.</summary>
    public static Latencies Take(this Latencies all, int n)
    {
        var subset = new Latencies(all.Name);
        foreach (var v in all.Values.Take(n)) subset.Add(v);
        return subset;
    }
}

internal sealed record BenchOptions(int Actors, int Relations, int Queries, int PeerQueries, int Warmup, int Seed, string WorkFolder,
    double CapSeconds, bool SkipPeers, bool SkipGraphQL, bool SkipFileStart, bool Reuse, bool BuildOnly, bool LinksOnly, bool KeepJsonl)
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
            PeerQueries: Int("--peer-queries", 200),
            Warmup: Int("--warmup", 20),
            Seed: Int("--seed", 42),
            WorkFolder: Path.GetFullPath(Value("--work") ?? Path.Combine("artifacts", "bench-graph")),
            CapSeconds: Value("--cap-seconds") is { } cap ? double.Parse(cap, CultureInfo.InvariantCulture) : 2,
            SkipPeers: args.Contains("--skip-peers"),
            SkipGraphQL: args.Contains("--skip-graphql"),
            SkipFileStart: args.Contains("--skip-file-start"),
            Reuse: args.Contains("--reuse"),
            BuildOnly: args.Contains("--build-only"),
            LinksOnly: args.Contains("--links-only"),
            KeepJsonl: args.Contains("--keep-jsonl"));
    }
}
