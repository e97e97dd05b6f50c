using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Ingestion.Ingesting;
using KoreaRussiaGraph.Ingestion.Tests.Support;

namespace KoreaRussiaGraph.Ingestion.Tests.Ingesting;

public class IdempotenceTests
{
    [Fact]
    public async Task Ingesting_the_seeds_twice_leaves_the_same_counts_and_ids()
    {
        await using var harness = await IngestionHarness.StartAsync();

        var first = await harness.Ingestor.IngestPathsAsync([Seeds.Folder], null, CancellationToken.None);
        var statsAfterFirst = await harness.Store.StatsAsync();
        var relationsAfterFirst = await harness.AllRelationIdsAsync();
        var documentsAfterFirst = (await harness.AllDocumentsAsync()).Select(d => d.Id).ToList();

        var second = await harness.Ingestor.IngestPathsAsync([Seeds.Folder], null, CancellationToken.None);
        var statsAfterSecond = await harness.Store.StatsAsync();

        Assert.Equal(Seeds.Articles.Count, first.Ingested);
        Assert.True(first.Relations > 0, "the seeds should yield relations");
        Assert.Equal(0, second.Ingested);
        Assert.Equal(first.Ingested, second.Unchanged);
        Assert.Equal(statsAfterFirst.Actors, statsAfterSecond.Actors);
        Assert.Equal(statsAfterFirst.Relations, statsAfterSecond.Relations);
        Assert.Equal(statsAfterFirst.Documents, statsAfterSecond.Documents);
        Assert.Equal(relationsAfterFirst, await harness.AllRelationIdsAsync());
        Assert.Equal(documentsAfterFirst, (await harness.AllDocumentsAsync()).Select(d => d.Id).ToList());
    }

    [Fact]
    public async Task A_fresh_store_fed_the_same_seeds_gets_the_same_ids()
    {
        await using var one = await IngestionHarness.StartAsync();
        await using var two = await IngestionHarness.StartAsync();
        await one.Ingestor.IngestPathsAsync([Seeds.Folder], null, CancellationToken.None);
        await two.Ingestor.IngestPathsAsync([Seeds.Folder], null, CancellationToken.None);

        Assert.Equal(await one.AllRelationIdsAsync(), await two.AllRelationIdsAsync());
    }

    [Fact]
    public async Task An_unchanged_file_is_skipped_and_keeps_its_record()
    {
        await using var harness = await IngestionHarness.StartAsync();
        var path = Path.Combine(harness.Documents, "article.txt");
        File.Copy(Seeds.Articles[0], path);

        var first = await harness.Ingestor.IngestFileAsync(path, CancellationToken.None);
        var recordBefore = await harness.Store.GetDocumentAsync("article");
        var second = await harness.Ingestor.IngestFileAsync(path, CancellationToken.None);

        Assert.Equal(IngestStatus.Ingested, first.Status);
        Assert.Equal(IngestStatus.Unchanged, second.Status);
        Assert.Equal(first.Relations, second.Relations);
        Assert.Equal(recordBefore, await harness.Store.GetDocumentAsync("article"));
    }

    [Fact]
    public async Task A_new_extractor_version_is_not_skipped()
    {
        await using var harness = await IngestionHarness.StartAsync(new DroppingExtractor(IngestionHarness.RealExtractor));
        var path = Path.Combine(harness.Documents, "article.txt");
        File.Copy(Seeds.Articles[0], path);
        await harness.Ingestor.IngestFileAsync(path, CancellationToken.None);

        await harness.ReopenAsync(IngestionHarness.RealExtractor);
        var again = await harness.Ingestor.IngestFileAsync(path, CancellationToken.None);

        Assert.Equal(IngestStatus.Ingested, again.Status);
        Assert.Equal(IngestionHarness.RealExtractor.Version, (await harness.Store.GetDocumentAsync("article"))!.ExtractorVersion);
    }

    [Fact]
    public async Task A_changed_sidecar_is_not_skipped()
    {
        await using var harness = await IngestionHarness.StartAsync();
        var path = Path.Combine(harness.Documents, "article.txt");
        File.Copy(Seeds.Articles[0], path);
        File.WriteAllText(Path.Combine(harness.Documents, "article.meta.json"), """{"title":"First title"}""");
        await harness.Ingestor.IngestFileAsync(path, CancellationToken.None);

        File.WriteAllText(Path.Combine(harness.Documents, "article.meta.json"), """{"title":"Second title","published":"2023-09"}""");
        var again = await harness.Ingestor.IngestFileAsync(path, CancellationToken.None);

        Assert.Equal(IngestStatus.Ingested, again.Status);
        var record = await harness.Store.GetDocumentAsync("article");
        Assert.Equal("Second title", record!.Title);
        Assert.Equal(new PartialDate(2023, 9), record.Published);
    }
}
