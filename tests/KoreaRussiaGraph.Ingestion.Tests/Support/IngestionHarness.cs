using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.Core.Schema;
using KoreaRussiaGraph.Extraction;
using KoreaRussiaGraph.Ingestion.Ingesting;
using KoreaRussiaGraph.Storage.Embedded;

namespace KoreaRussiaGraph.Ingestion.Tests.Support;

/// <summary>The real pieces wired together: a fresh embedded store file, the rule-based extractor and an ingestor.</summary>
public sealed class IngestionHarness : IAsyncDisposable
{
    private static readonly Lazy<RuleBasedExtractor> SharedExtractor = new(() => RuleBasedExtractor.Load(GraphSchemaDirectory.Locate()));

    public TempFolder Folder { get; } = new();
    public string StorePath => Folder.File("graph.db");
    public string Documents => Directory.CreateDirectory(Folder.File("docs")).FullName;
    public EmbeddedGraphStore Store { get; private set; } = null!;
    public IDocumentExtractor Extractor { get; private set; } = SharedExtractor.Value;
    public DocumentIngestor Ingestor { get; private set; } = null!;
    public IngestionOptions Options { get; } = new() { MaxDocumentBytes = 64 * 1024, DebounceMilliseconds = 50, RescanIntervalMilliseconds = 200 };

    public static IDocumentExtractor RealExtractor => SharedExtractor.Value;

    public static async Task<IngestionHarness> StartAsync(IDocumentExtractor? extractor = null, Func<string, CancellationToken, Task>? beforeCommit = null)
    {
        var harness = new IngestionHarness();
        await harness.OpenAsync(extractor, beforeCommit);
        return harness;
    }

    /// <summary>Closes the store and opens the same file again, as a restarted process would.</summary>
    public async Task ReopenAsync(IDocumentExtractor? extractor = null, Func<string, CancellationToken, Task>? beforeCommit = null)
    {
        await Store.DisposeAsync();
        await OpenAsync(extractor, beforeCommit);
    }

    private async Task OpenAsync(IDocumentExtractor? extractor, Func<string, CancellationToken, Task>? beforeCommit)
    {
        Options.InboxPath = Folder.File("inbox");
        Extractor = extractor ?? SharedExtractor.Value;
        Store = new EmbeddedGraphStore(new EmbeddedStoreOptions { Path = StorePath, BeforeCommit = beforeCommit });
        await Store.InitializeAsync();
        Ingestor = new DocumentIngestor(Store, Extractor, Options);
    }

    public async Task<IReadOnlyList<string>> AllRelationIdsAsync()
    {
        var all = new RelationFilter { Statuses = Enum.GetValues<ClaimStatus>().ToHashSet() };
        var ids = new List<string>();
        string? after = null;
        while (true)
        {
            var page = await Store.FindRelationsAsync(all, null, new PageRequest(500, after));
            ids.AddRange(page.Items.Select(r => r.Id));
            if (!page.HasNextPage || page.Items.Count == 0) return ids;
            after = page.Items[^1].Id;
        }
    }

    public async Task<IReadOnlyList<DocumentRecord>> AllDocumentsAsync()
    {
        var documents = new List<DocumentRecord>();
        string? after = null;
        while (true)
        {
            var page = await Store.ListDocumentsAsync(new PageRequest(500, after));
            documents.AddRange(page.Items);
            if (!page.HasNextPage || page.Items.Count == 0) return documents;
            after = page.Items[^1].Id;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Folder.Dispose();
    }
}
