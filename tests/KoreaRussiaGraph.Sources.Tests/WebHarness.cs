using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.Core.Schema;
using KoreaRussiaGraph.Extraction;
using KoreaRussiaGraph.Ingestion;
using KoreaRussiaGraph.Ingestion.Ingesting;
using KoreaRussiaGraph.Sources.Feeds;
using KoreaRussiaGraph.Sources.Fetching;
using KoreaRussiaGraph.Sources.Ingesting;
using KoreaRussiaGraph.Sources.State;
using KoreaRussiaGraph.Sources.Testing;
using KoreaRussiaGraph.Storage.Embedded;

namespace KoreaRussiaGraph.Sources.Tests;

/// <summary>The real pieces against a local site: a fresh embedded store, the rule-based extractor, the fetcher, page ingestor and feed poller.</summary>
public sealed class WebHarness : IAsyncDisposable
{
    private static readonly Lazy<RuleBasedExtractor> SharedExtractor = new(() => RuleBasedExtractor.Load(GraphSchemaDirectory.Locate()));

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "krg-web-" + Guid.NewGuid().ToString("N"));
    public LocalSite Site { get; private set; } = null!;
    public EmbeddedGraphStore Store { get; private set; } = null!;
    public DocumentIngestor Ingestor { get; private set; } = null!;
    public SourcesOptions Options { get; private set; } = null!;
    public WebFetcher Fetcher { get; private set; } = null!;
    public WebPageIngestor Pages { get; private set; } = null!;
    public SourceStateStore State { get; private set; } = null!;
    public FeedPoller Poller { get; private set; } = null!;

    public static RuleBasedExtractor Extractor => SharedExtractor.Value;

    public static async Task<WebHarness> StartAsync(Action<SourcesOptions>? configure = null)
    {
        var harness = new WebHarness();
        Directory.CreateDirectory(harness.Folder);
        harness.Site = await LocalSite.StartAsync();
        harness.Store = new EmbeddedGraphStore(new EmbeddedStoreOptions { Path = Path.Combine(harness.Folder, "graph.db") });
        await harness.Store.InitializeAsync();
        harness.Ingestor = new DocumentIngestor(harness.Store, Extractor, new IngestionOptions());
        harness.Options = new SourcesOptions
        {
            PerHostRequestsPerSecond = 0, PerHostConcurrency = 8, TimeoutSeconds = 10, RetryCount = 1, RetryBaseDelayMilliseconds = 10,
            BreakerMinimumThroughput = 100, StatePath = Path.Combine(harness.Folder, "sources.db"),
        };
        configure?.Invoke(harness.Options);
        harness.Restart();
        return harness;
    }

    /// <summary>New fetcher, state and poller over the same files, as a restarted process would have.</summary>
    public void Restart()
    {
        Fetcher?.Dispose();
        Fetcher = new WebFetcher(Options);
        Pages = new WebPageIngestor(Fetcher, Ingestor, Options);
        State = new SourceStateStore(Options.StatePath);
        Poller = new FeedPoller(Pages, State);
    }

    public static NewsArticle Seed(int index) =>
        NewsArticle.Load(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal).ElementAt(index));

    /// <summary>Serves a seed article dressed as a news page at <paramref name="path"/>, canonical to itself unless told otherwise.</summary>
    public NewsArticle ServeArticle(string path, int seed = 0, int layout = 0, Uri? canonical = null)
    {
        var article = Seed(seed);
        Site.MapHtml(path, NewsPageMarkup.Render(article, canonical ?? Site.Url(path), layout));
        return article;
    }

    public async Task<IReadOnlyList<DocumentRecord>> DocumentsAsync() => (await Store.ListDocumentsAsync(new PageRequest(500, null))).Items;

    public async ValueTask DisposeAsync()
    {
        Fetcher.Dispose();
        await Site.DisposeAsync();
        await Store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
