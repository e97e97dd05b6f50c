using KoreaRussiaGraph.Ingestion.Reindexing;
using KoreaRussiaGraph.Ingestion.Tests.Support;

namespace KoreaRussiaGraph.Ingestion.Tests.Reindexing;

public class ReindexerTests
{
    [Fact]
    public async Task Reindexing_with_a_changed_extractor_reports_the_relations_it_added_and_nothing_when_run_again()
    {
        await using var harness = await IngestionHarness.StartAsync(new DroppingExtractor(IngestionHarness.RealExtractor));
        var ingested = await harness.Ingestor.IngestPathsAsync([Seeds.Folder], null, CancellationToken.None);
        await File.WriteAllBytesAsync(Path.Combine(harness.Documents, "broken.txt"), []);
        await harness.Ingestor.IngestPathsAsync([harness.Documents], null, CancellationToken.None);
        var before = (await harness.Store.StatsAsync()).Relations;

        var full = IngestionHarness.RealExtractor;
        var expected = Seeds.Articles.Sum(path =>
        {
            var id = Path.GetFileNameWithoutExtension(path);
            var text = File.ReadAllText(path);
            var all = full.Extract(new(id, Ingestion.Documents.DocumentFormats.ForPath(path)!, text, Ingestion.Documents.SidecarReader.ReadFor(path))).Relations.Count;
            return all - (all + 1) / 2;
        });
        Assert.True(expected > 0, "the seeds should yield at least two relations in some document");

        var reindexer = new Reindexer(harness.Store, full);
        var report = await reindexer.ReindexAsync(null, CancellationToken.None);

        Assert.Equal(ingested.Ingested, report.Reindexed);
        Assert.Equal(1, report.Skipped);
        Assert.Equal(0, report.Failed);
        Assert.Equal(expected, report.Added);
        Assert.Equal(0, report.Removed);
        Assert.Equal(before, report.Kept);
        Assert.Equal(before + expected, (await harness.Store.StatsAsync()).Relations);
        Assert.All(await harness.AllDocumentsAsync(), d => Assert.True(d.Status != Core.Model.DocumentStatus.Ingested || d.ExtractorVersion == full.Version));

        var again = await reindexer.ReindexAsync(null, CancellationToken.None);
        Assert.Equal(0, again.Added);
        Assert.Equal(0, again.Removed);
        Assert.Equal(before + expected, again.Kept);
        Assert.Equal(0, again.Changed);
    }
}
