using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Ingestion.Documents;
using KoreaRussiaGraph.Ingestion.Inbox;
using KoreaRussiaGraph.Ingestion.Ingesting;
using KoreaRussiaGraph.Ingestion.Tests.Support;

namespace KoreaRussiaGraph.Ingestion.Tests.Ingesting;

public class CrashSafetyTests
{
    private static Func<string, CancellationToken, Task> CrashOn(string documentId) =>
        (id, _) => id == documentId ? throw new IOException($"simulated crash while committing {id}") : Task.CompletedTask;

    [Fact]
    public async Task A_crash_inside_a_documents_transaction_leaves_none_of_it_and_the_worker_ingests_it_on_the_next_start()
    {
        await using var harness = await IngestionHarness.StartAsync(beforeCommit: CrashOn("victim"));
        var inbox = Directory.CreateDirectory(harness.Options.InboxPath).FullName;
        File.Copy(Seeds.Articles[0], Path.Combine(inbox, "bystander.txt"));
        var victimPath = Path.Combine(inbox, "victim.txt");
        File.Copy(Seeds.Articles[1], victimPath);
        var victimRelationIds = harness.Extractor.Extract(
            new SourceDocument("victim", "txt", File.ReadAllText(victimPath), DocumentMetadata.None)).Relations.Select(r => r.Id).ToList();
        Assert.NotEmpty(victimRelationIds);

        var report = await harness.Ingestor.IngestPathsAsync([inbox], null, CancellationToken.None);

        Assert.Equal(1, report.Ingested);
        Assert.Contains("simulated crash", Assert.Single(report.Failures).Error);
        Assert.Null(await harness.Store.GetDocumentAsync("victim"));
        Assert.Null(await harness.Store.GetDocumentTextAsync("victim"));
        foreach (var id in victimRelationIds) Assert.Null(await harness.Store.GetRelationAsync(id));
        Assert.NotNull(await harness.Store.GetDocumentAsync("bystander"));

        // The next start: same store file, no crash, the worker scans its inbox.
        await harness.ReopenAsync();
        Assert.Null(await harness.Store.GetDocumentAsync("victim"));
        var worker = new InboxWorker(harness.Ingestor, harness.Options);
        using var stop = new CancellationTokenSource();
        await worker.StartAsync(stop.Token);
        try
        {
            var record = await Poll.UntilAsync(() => harness.Store.GetDocumentAsync("victim"), TimeSpan.FromSeconds(30), "the victim to be ingested");
            Assert.Equal(DocumentStatus.Ingested, record.Status);
            Assert.Equal(victimRelationIds.Count, record.RelationCount);
            foreach (var id in victimRelationIds) Assert.NotNull(await harness.Store.GetRelationAsync(id));
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_crash_while_replacing_a_document_keeps_the_previous_version_whole()
    {
        await using var harness = await IngestionHarness.StartAsync();
        var path = Path.Combine(harness.Documents, "doc.txt");
        File.Copy(Seeds.Articles[0], path);
        var first = await harness.Ingestor.IngestFileAsync(path, CancellationToken.None);
        var recordBefore = await harness.Store.GetDocumentAsync("doc");
        var idsBefore = await harness.AllRelationIdsAsync();

        await harness.ReopenAsync(beforeCommit: CrashOn("doc"));
        File.Copy(Seeds.Articles[1], path, overwrite: true);
        var crashed = await harness.Ingestor.IngestFileAsync(path, CancellationToken.None);

        Assert.Equal(IngestStatus.Failed, crashed.Status);
        Assert.Equal(recordBefore, await harness.Store.GetDocumentAsync("doc"));
        Assert.Equal(idsBefore, await harness.AllRelationIdsAsync());
        Assert.Equal(first.Relations, idsBefore.Count);
        Assert.Equal(await File.ReadAllTextAsync(Seeds.Articles[0]), await harness.Store.GetDocumentTextAsync("doc"));

        await harness.ReopenAsync();
        var retried = await harness.Ingestor.IngestFileAsync(path, CancellationToken.None);
        Assert.Equal(IngestStatus.Ingested, retried.Status);
        Assert.Equal(await File.ReadAllTextAsync(Seeds.Articles[1]), await harness.Store.GetDocumentTextAsync("doc"));
    }
}
