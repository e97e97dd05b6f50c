using KoreaRussiaGraph.Ingestion.Ingesting;
using KoreaRussiaGraph.Ingestion.Tests.Support;

namespace KoreaRussiaGraph.Ingestion.Tests.Ingesting;

public class ChangedContentTests
{
    [Fact]
    public async Task Changed_content_replaces_the_documents_relations()
    {
        await using var harness = await IngestionHarness.StartAsync();
        var path = Path.Combine(harness.Documents, "story.txt");
        var articles = Seeds.Articles;

        File.Copy(articles[0], path);
        var before = await harness.Ingestor.IngestFileAsync(path, CancellationToken.None);
        File.Copy(articles[1], path, overwrite: true);
        var after = await harness.Ingestor.IngestFileAsync(path, CancellationToken.None);

        Assert.Equal(IngestStatus.Ingested, after.Status);
        var oldIds = before.Produced!.Select(r => r.Id).ToHashSet();
        var newIds = after.Produced!.Select(r => r.Id).ToHashSet();
        Assert.NotEqual(oldIds, newIds);
        foreach (var gone in oldIds.Except(newIds))
            Assert.Null(await harness.Store.GetRelationAsync(gone));
        foreach (var present in newIds)
            Assert.NotNull(await harness.Store.GetRelationAsync(present));
        Assert.Equal(oldIds.Except(newIds).Count(), after.Removed);
        Assert.Equal(newIds.Except(oldIds).Count(), after.Added);
        Assert.Equal(newIds.Count, (await harness.Store.GetDocumentAsync("story"))!.RelationCount);
        Assert.Equal(newIds.OrderBy(x => x, StringComparer.Ordinal), (await harness.AllRelationIdsAsync()).OrderBy(x => x, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Documents_from_the_api_are_validated_and_ingested()
    {
        await using var harness = await IngestionHarness.StartAsync();
        var text = await File.ReadAllTextAsync(Seeds.Articles[0]);

        var invalid = await Assert.ThrowsAsync<InvalidIncomingDocumentException>(() =>
            harness.Ingestor.IngestAsync(new IncomingDocument { Id = "api doc", Text = text, Html = "<p/>" }, CancellationToken.None));
        Assert.Equal(2, invalid.Problems.Count);
        Assert.Null(await harness.Store.GetDocumentAsync("api doc"));

        var outcome = await harness.Ingestor.IngestAsync(
            new IncomingDocument { Id = "api-doc", Title = "Given title", Published = "2023-09-13", Text = text }, CancellationToken.None);
        Assert.Equal(IngestStatus.Ingested, outcome.Status);
        Assert.Equal(outcome.Relations, outcome.Produced!.Count);
        var record = await harness.Store.GetDocumentAsync("api-doc");
        Assert.Equal("Given title", record!.Title);
        Assert.Equal("txt", record.Format);
        Assert.Equal(text, await harness.Store.GetDocumentTextAsync("api-doc"));

        var repeated = await harness.Ingestor.IngestAsync(
            new IncomingDocument { Id = "api-doc", Title = "Given title", Published = "2023-09-13", Text = text }, CancellationToken.None);
        Assert.Equal(IngestStatus.Unchanged, repeated.Status);
        Assert.Equal(outcome.Produced.Select(r => r.Id), repeated.Produced!.Select(r => r.Id));

        var blank = await harness.Ingestor.IngestAsync(new IncomingDocument { Id = "blank", Html = "   " }, CancellationToken.None);
        Assert.Equal(IngestStatus.Failed, blank.Status);
        Assert.Contains("whitespace", (await harness.Store.GetDocumentAsync("blank"))!.Error);
    }
}
