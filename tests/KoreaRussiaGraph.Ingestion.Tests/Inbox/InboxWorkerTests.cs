using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Ingestion.Inbox;
using KoreaRussiaGraph.Ingestion.Tests.Support;

namespace KoreaRussiaGraph.Ingestion.Tests.Inbox;

public class InboxWorkerTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Picks_up_dropped_files_replaces_changed_ones_and_survives_bad_ones()
    {
        await using var harness = await IngestionHarness.StartAsync();
        var worker = new InboxWorker(harness.Ingestor, harness.Options);
        using var stop = new CancellationTokenSource();
        await worker.StartAsync(stop.Token);
        try
        {
            await worker.FirstScanCompleted.WaitAsync(Deadline);
            var inbox = worker.Folder;

            // Written elsewhere and moved in, as a well-behaved producer does; then one written in place.
            var staging = Path.Combine(harness.Folder.Path, "staging.txt");
            File.Copy(Seeds.Articles[0], staging);
            File.Move(staging, Path.Combine(inbox, "dropped.txt"));
            await File.WriteAllBytesAsync(Path.Combine(inbox, "garbage.txt"), [0, 1, 2, 3]);

            var dropped = await Poll.UntilAsync(() => harness.Store.GetDocumentAsync("dropped"), Deadline, "the dropped file to be ingested");
            Assert.Equal(DocumentStatus.Ingested, dropped.Status);
            var garbage = await Poll.UntilAsync(() => harness.Store.GetDocumentAsync("garbage"), Deadline, "the binary file to be recorded");
            Assert.Equal(DocumentStatus.Failed, garbage.Status);

            // Changing the content replaces the document.
            await File.WriteAllTextAsync(Path.Combine(inbox, "dropped.txt"), await File.ReadAllTextAsync(Seeds.Articles[1]));
            var replaced = await Poll.UntilAsync(async () =>
                await harness.Store.GetDocumentAsync("dropped") is { } r && r.Sha256 != dropped.Sha256 ? r : null, Deadline, "the changed file to be re-ingested");
            Assert.Equal(DocumentStatus.Ingested, replaced.Status);

            // A file in a subfolder, with a sidecar arriving with it.
            Directory.CreateDirectory(Path.Combine(inbox, "batch"));
            await File.WriteAllTextAsync(Path.Combine(inbox, "batch", "later.meta.json"), """{"title":"Later"}""");
            File.Copy(Seeds.Articles[2], Path.Combine(inbox, "batch", "later.txt"));
            var later = await Poll.UntilAsync(() => harness.Store.GetDocumentAsync("later"), Deadline, "the file in a subfolder");
            Assert.Equal("Later", later.Title);
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Files_already_in_the_inbox_at_start_are_ingested_by_the_first_scan()
    {
        await using var harness = await IngestionHarness.StartAsync();
        var inbox = Directory.CreateDirectory(harness.Options.InboxPath).FullName;
        Seeds.CopyTo(inbox);

        var worker = new InboxWorker(harness.Ingestor, harness.Options);
        await worker.StartAsync(CancellationToken.None);
        try
        {
            await worker.FirstScanCompleted.WaitAsync(Deadline);
            var documents = await harness.AllDocumentsAsync();
            Assert.Equal(Seeds.Articles.Count, documents.Count(d => d.Status == DocumentStatus.Ingested));
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_document_the_store_refused_is_retried_by_the_running_worker()
    {
        var refusing = 1;
        var attempts = 0;
        await using var harness = await IngestionHarness.StartAsync(beforeCommit: (id, _) =>
        {
            if (id != "flaky") return Task.CompletedTask;
            Interlocked.Increment(ref attempts);
            return Volatile.Read(ref refusing) == 1 ? throw new IOException("disk full, pretend") : Task.CompletedTask;
        });
        var worker = new InboxWorker(harness.Ingestor, harness.Options);
        await worker.StartAsync(CancellationToken.None);
        try
        {
            await worker.FirstScanCompleted.WaitAsync(Deadline);
            File.Copy(Seeds.Articles[0], Path.Combine(worker.Folder, "flaky.txt"));
            await Poll.UntilAsync(() => Task.FromResult(Volatile.Read(ref attempts) > 0 ? "tried" : null), Deadline, "a first attempt");
            Assert.Null(await harness.Store.GetDocumentAsync("flaky"));

            Volatile.Write(ref refusing, 0);
            var record = await Poll.UntilAsync(() => harness.Store.GetDocumentAsync("flaky"), Deadline, "the retried document");
            Assert.Equal(DocumentStatus.Ingested, record.Status);
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }
    }
}
