using KoreaRussiaGraph.Linguistics.Tagging;
using System.Diagnostics;
using System.Runtime;
using KoreaRussiaGraph.Benchmarks.Ingestion;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Core.Schema;
using KoreaRussiaGraph.Extraction;
using KoreaRussiaGraph.Ingestion;
using KoreaRussiaGraph.Ingestion.Documents;
using KoreaRussiaGraph.Ingestion.Ingesting;
using KoreaRussiaGraph.Ingestion.Startup;
using KoreaRussiaGraph.Storage.Embedded;

// Ingestion throughput: N distinct documents ingested end to end (read, decode, sidecar, extract, one SQLite
// transaction each) into a fresh embedded store. Usage: [--docs 2000] [--parallelism N] [--warmup 1000] [--keep]
var documents = Option("--docs", 2000);
var parallelism = Option("--parallelism", Environment.ProcessorCount);
var warmup = Option("--warmup", 1000);
var keep = args.Contains("--keep");

var seeds = SeedsLocator.Locate("seeds") ?? throw new DirectoryNotFoundException("seeds/ not found (run from the repo root or the build output)");
var work = Path.Combine(Path.GetTempPath(), "krg-ingest-bench-" + Guid.NewGuid().ToString("N")[..8]);
var corpus = Path.Combine(work, "corpus");

Console.WriteLine($"Ingestion benchmark: {documents} documents, parallelism {parallelism}, {Environment.ProcessorCount} cores, .NET {Environment.Version}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC");
var paragraphs = SyntheticCorpus.Paragraphs(seeds);
var bytes = SyntheticCorpus.Write(corpus, documents, paragraphs);
Console.WriteLine($"corpus: {documents} files from {paragraphs.Count} seed paragraphs, {bytes / 1048576.0:0.00} MB, in {corpus}");

var clock = Stopwatch.StartNew();
var extractor = RuleBasedExtractor.Load(GraphSchemaDirectory.Locate());
Console.WriteLine($"extractor {extractor.Version} loaded in {clock.ElapsedMilliseconds} ms (with the wink-nlp tagger); working set now {Environment.WorkingSet / 1048576.0:0.0} MB");

var options = new IngestionOptions { MaxParallelism = parallelism };

// Warm-up on a throwaway store so the figures measure steady work: tiered JIT needs many calls (and, on a busy
// machine, time) before the hot paths run optimised code; a cold first pass costs about twice the CPU per document.
await using (var warm = await OpenStoreAsync(Path.Combine(work, "warmup.db")))
{
    var warmFolder = Path.Combine(work, "warmup");
    SyntheticCorpus.Write(warmFolder, warmup, paragraphs, seed: 7);
    await new DocumentIngestor(warm, extractor, options).IngestPathsAsync([warmFolder], null, CancellationToken.None);
}

Console.WriteLine($"after warm-up:     peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0.0} MB, working set {Environment.WorkingSet / 1048576.0:0.0} MB, managed {GC.GetTotalMemory(false) / 1048576.0:0.0} MB");
GC.Collect();
GC.WaitForPendingFinalizers();
var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
var pausesBefore = GC.GetTotalPauseDuration();
int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);

BatchReport report;
await using (var store = await OpenStoreAsync(Path.Combine(work, "graph.db")))
{
    await store.UpsertActorsAsync(extractor.KnownActors.ToArray());
    var ingestor = new DocumentIngestor(store, extractor, options);
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    clock.Restart();
    report = await ingestor.IngestPathsAsync([corpus], null, CancellationToken.None);
    var elapsed = clock.Elapsed;
    var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
    var stats = await store.StatsAsync();

    using var process = Process.GetCurrentProcess();
    process.Refresh();
    var seconds = elapsed.TotalSeconds;
    Console.WriteLine();
    Console.WriteLine($"end to end:        {report.Outcomes.Count} documents in {seconds:0.000} s");
    Console.WriteLine($"throughput:        {report.Outcomes.Count / seconds:0.0} docs/s, {bytes / 1048576.0 / seconds:0.00} MB/s   (goal >= 200 docs/s)");
    // CPU time per document does not depend on what else the machine runs; it bounds throughput on idle cores.
    var cpuPerDocument = cpu.TotalMilliseconds / documents;
    Console.WriteLine($"cpu:               {cpu.TotalSeconds:0.00} s of CPU, {cpuPerDocument:0.00} ms/doc -> at most {Environment.ProcessorCount * 1000 / cpuPerDocument:0} docs/s on {Environment.ProcessorCount} idle cores (load average now: {LoadAverage()})");
    Console.WriteLine($"outcomes:          {report.Ingested} ingested, {report.Unchanged} unchanged, {report.Failed} failed; {report.Relations} relations");
    Console.WriteLine($"store afterwards:  {stats.Actors} actors, {stats.Relations} relations, {stats.Documents} documents");
    Console.WriteLine($"peak working set:  {process.PeakWorkingSet64 / 1048576.0:0.0} MB (process lifetime)");
    Console.WriteLine($"managed heap:      {GC.GetTotalMemory(false) / 1048576.0:0.0} MB now; {(GC.GetTotalAllocatedBytes(true) - allocatedBefore) / 1048576.0:0.0} MB allocated during ingestion ({(GC.GetTotalAllocatedBytes(true) - allocatedBefore) / (double)documents / 1024:0.0} KB/doc)");
    Console.WriteLine($"GC during ingest:  gen0 {GC.CollectionCount(0) - gen0}, gen1 {GC.CollectionCount(1) - gen1}, gen2 {GC.CollectionCount(2) - gen2}, pauses {(GC.GetTotalPauseDuration() - pausesBefore).TotalMilliseconds:0} ms");
    foreach (var failure in report.Failures.Take(5)) Console.WriteLine($"  failed {failure.DocumentId}: {failure.Error}");

    // The same folder again: every document is read and hashed, found unchanged, and skipped.
    clock.Restart();
    var again = await ingestor.IngestPathsAsync([corpus], null, CancellationToken.None);
    Console.WriteLine($"second pass:       {again.Unchanged} unchanged of {again.Outcomes.Count} in {clock.Elapsed.TotalSeconds:0.000} s, {again.Outcomes.Count / clock.Elapsed.TotalSeconds:0.0} docs/s (skips: read, hash, one lookup)");
}

// Extraction alone (in memory, same documents and sidecars, same parallelism): the ceiling the store and file I/O are measured against.
var texts = Directory.EnumerateFiles(corpus, "*.txt").Order(StringComparer.Ordinal)
    .Select(f => new SourceDocument(DocumentFormats.IdForPath(f), "txt", File.ReadAllText(f), SidecarReader.ReadFor(f))).ToList();
clock.Restart();
var cpuMark = Process.GetCurrentProcess().TotalProcessorTime;
var results = new ExtractionResult[texts.Count];
Parallel.For(0, texts.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i => results[i] = extractor.Extract(texts[i]));
var extractionOnly = clock.Elapsed;
var extractionCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuMark;
var extracted = results.Sum(r => r.Relations.Count);

// The linguistic layer alone: wink-nlp tagging of the same texts through the shared V8 engine (what it adds to extraction).
clock.Restart();
cpuMark = Process.GetCurrentProcess().TotalProcessorTime;
Parallel.For(0, texts.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i => WinkTagger.Shared.Tag(texts[i].Content));
var taggingOnly = clock.Elapsed;
var taggingCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuMark;

// Store writes alone (pre-extracted, one transaction per document, serialised as the store requires).
TimeSpan storeOnly, storeCpu;
await using (var writesOnly = await OpenStoreAsync(Path.Combine(work, "writes-only.db")))
{
    await writesOnly.UpsertActorsAsync(extractor.KnownActors.ToArray());
    clock.Restart();
    cpuMark = Process.GetCurrentProcess().TotalProcessorTime;
    for (var i = 0; i < texts.Count; i++)
    {
        var record = new DocumentRecord(texts[i].Id, results[i].Title, null, null, null, null, "txt", i.ToString("x64"),
            DateTimeOffset.UtcNow, extractor.Version, DocumentStatus.Ingested, null, results[i].Relations.Count);
        await writesOnly.WriteDocumentAsync(new DocumentWrite(record, texts[i].Content, results[i].Actors, results[i].Relations));
    }
    storeOnly = clock.Elapsed;
    storeCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuMark;
}

Console.WriteLine($"extraction alone:  {documents / extractionOnly.TotalSeconds:0.0} docs/s, {extractionCpu.TotalMilliseconds / documents:0.00} ms CPU/doc ({extracted} relations; in memory, same parallelism)");
Console.WriteLine($"tagging alone:     {documents / taggingOnly.TotalSeconds:0.0} docs/s, {taggingCpu.TotalMilliseconds / documents:0.00} ms CPU/doc (wink-nlp in V8, calls serialised; V8 heap {WinkTagger.Shared.HeapSize.Used / 1048576.0:0.0} MB used of {WinkTagger.Shared.HeapSize.Total / 1048576.0:0.0} MB)");
Console.WriteLine($"store writes alone:{documents / storeOnly.TotalSeconds,6:0.0} docs/s, {storeCpu.TotalMilliseconds / documents:0.00} ms CPU/doc (the pre-extracted documents, one transaction each, fresh store)");
Console.WriteLine();

if (keep) Console.WriteLine($"kept {work}");
else Directory.Delete(work, recursive: true);
return report.Failed == 0 ? 0 : 1;

static async Task<IGraphStore> OpenStoreAsync(string path)
{
    var store = new EmbeddedGraphStore(new EmbeddedStoreOptions { Path = path });
    await store.InitializeAsync();
    return store;
}

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) ? value : fallback;
}
