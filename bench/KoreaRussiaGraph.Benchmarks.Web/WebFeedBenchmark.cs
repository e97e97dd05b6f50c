using System.Diagnostics;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Ingestion;
using KoreaRussiaGraph.Ingestion.Ingesting;
using KoreaRussiaGraph.Sources;
using KoreaRussiaGraph.Sources.Feeds;
using KoreaRussiaGraph.Sources.Fetching;
using KoreaRussiaGraph.Sources.Ingesting;
using KoreaRussiaGraph.Sources.State;
using KoreaRussiaGraph.Sources.Testing;
using KoreaRussiaGraph.Storage.Embedded;

/// <summary>
/// A feed of N items on a local Kestrel site, each linking a distinct page (the dev articles, or the seeds, in the
/// four layouts), polled end to end into a fresh embedded store with the per-host limit lifted: fetch, robots.txt,
/// SmartReader, extraction, one transaction per page. Then the unchanged feed is polled again and its requests counted.
/// </summary>
internal static class WebFeedBenchmark
{
    public static async Task RunAsync(IDocumentExtractor extractor, string docsFolder, int items, int warmup)
    {
        var articles = Directory.Exists(docsFolder) ? NewsArticle.LoadFolder(docsFolder) : NewsArticle.LoadFolder(Path.Combine(AppContext.BaseDirectory, "seeds"));
        await using var site = await LocalSite.StartAsync();
        Serve(site, "warm", articles, warmup);
        Serve(site, "bench", articles, items);
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "krg-web-bench-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            var options = new SourcesOptions
            {
                PerHostRequestsPerSecond = 0, PerHostConcurrency = 64, MaxParallelPages = 2 * Environment.ProcessorCount,
                StatePath = Path.Combine(folder, "sources.db"),
            };
            if (warmup > 0)
            {
                // Tiered JIT needs many calls before the hot paths run optimised code; the warm-up store is thrown away.
                await using var warmStore = await OpenStoreAsync(Path.Combine(folder, "warm.db"));
                using var warmFetcher = new WebFetcher(options);
                var warmPoller = new FeedPoller(new WebPageIngestor(warmFetcher, new DocumentIngestor(warmStore, extractor, new IngestionOptions()), options), new SourceStateStore(options.StatePath));
                await warmPoller.PollAsync(site.Url("/warm/feed.xml"), null, CancellationToken.None);
            }

            await using var store = await OpenStoreAsync(Path.Combine(folder, "graph.db"));
            using var fetcher = new WebFetcher(options);
            var poller = new FeedPoller(new WebPageIngestor(fetcher, new DocumentIngestor(store, extractor, new IngestionOptions()), options), new SourceStateStore(options.StatePath));
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var hitsBefore = site.TotalHits;
            var clock = Stopwatch.StartNew();
            var first = await poller.PollAsync(site.Url("/bench/feed.xml"), null, CancellationToken.None);
            clock.Stop();
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            var stats = await store.StatsAsync();
            Console.WriteLine($"feed: {items} items on a local site, {options.MaxParallelPages} pages at once, per-host limit lifted (warm-up: {warmup} other pages)");
            Console.WriteLine($"  first poll: {first.Ingested} ingested, {first.Failed} failed in {clock.Elapsed.TotalSeconds:0.00} s = {first.Ingested / clock.Elapsed.TotalSeconds:0.0} pages/s end to end; {site.TotalHits - hitsBefore} requests");
            Console.WriteLine($"  cpu: {cpu.TotalSeconds:0.00} s, {cpu.TotalMilliseconds / Math.Max(1, first.Ingested):0.0} ms per page ({Environment.ProcessorCount / (cpu.TotalSeconds / Math.Max(1, first.Ingested)):0} pages/s on idle cores); load average {LoadAverage()}");
            Console.WriteLine($"  store: {stats.Documents} documents, {stats.Relations} relations");
            foreach (var reason in first.Pages!.Failures.GroupBy(f => f.Error?.Split(':')[0]).Select(g => $"  failed: {g.Count()} x {g.First().Error}"))
                Console.WriteLine(reason);

            // Where the CPU goes: the page reader (parse, metadata, SmartReader) and the extractor, one thread, on 100 of the pages.
            var sample = Enumerable.Range(0, Math.Min(100, items)).Select(i => (Article: articles[i % articles.Count], Layout: i % 4, Url: site.Url($"/bench/{i:D4}/{articles[i % articles.Count].Id}"))).ToList();
            var htmls = sample.Select(s => NewsPageMarkup.Render(s.Article, s.Url, s.Layout)).ToList();
            var readClock = Stopwatch.StartNew();
            var read = sample.Select((s, i) => KoreaRussiaGraph.Sources.Pages.PageReader.Read(htmls[i], s.Url)).ToList();
            readClock.Stop();
            var extractClock = Stopwatch.StartNew();
            foreach (var page in read) extractor.Extract(new SourceDocument("x", "txt", page.Text, page.Metadata));
            extractClock.Stop();
            Console.WriteLine($"  one thread: page reader {readClock.Elapsed.TotalMilliseconds / sample.Count:0.0} ms per page, extractor {extractClock.Elapsed.TotalMilliseconds / sample.Count:0.0} ms per page");

            var hits = site.TotalHits;
            var second = await poller.PollAsync(site.Url("/bench/feed.xml"), null, CancellationToken.None);
            Console.WriteLine($"  unchanged feed polled again: {second.Status}, {site.TotalHits - hits} request(s), {second.New} new items");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static void Serve(LocalSite site, string prefix, IReadOnlyList<NewsArticle> articles, int count)
    {
        var items = new List<FeedMarkup.Item>();
        for (var i = 0; i < count; i++)
        {
            var path = $"/{prefix}/{i:D4}/{articles[i % articles.Count].Id}";
            site.MapHtml(path, NewsPageMarkup.Render(articles[i % articles.Count], site.Url(path), i % 4));
            items.Add(new FeedMarkup.Item(site.Url(path).AbsoluteUri, site.Url(path).AbsoluteUri, articles[i % articles.Count].Title, DateTimeOffset.UnixEpoch.AddDays(i)));
        }
        var feed = FeedMarkup.Rss(prefix, items);
        FeedMarkup.Serve(site, $"/{prefix}/feed.xml", () => feed, FeedMarkup.RssType);
    }

    private static async Task<EmbeddedGraphStore> OpenStoreAsync(string path)
    {
        var store = new EmbeddedGraphStore(new EmbeddedStoreOptions { Path = path });
        await store.InitializeAsync();
        return store;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
