using System.Text;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Ingestion.Ingesting;
using KoreaRussiaGraph.Ingestion.Tests.Support;

namespace KoreaRussiaGraph.Ingestion.Tests.Ingesting;

public class BadInputTests
{
    [Fact]
    public async Task A_folder_mixing_every_kind_of_bad_input_with_good_articles_records_each_failure_and_ingests_the_rest()
    {
        await using var harness = await IngestionHarness.StartAsync();
        var folder = harness.Documents;
        var good = Seeds.Articles.Take(3).Select((source, i) =>
        {
            var name = $"good-{i}{Path.GetExtension(source)}";
            File.Copy(source, Path.Combine(folder, name));
            return Path.GetFileNameWithoutExtension(name);
        }).ToList();
        File.WriteAllText(Path.Combine(folder, "good-0.meta.json"), """{"title":"A good one","published":"2023-09"}""");

        File.WriteAllBytes(Path.Combine(folder, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(folder, "binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        File.WriteAllText(Path.Combine(folder, "huge.txt"), new string('a', (int)harness.Options.MaxDocumentBytes + 1));
        File.WriteAllBytes(Path.Combine(folder, "latin1.txt"), Encoding.Latin1.GetBytes("Kim Jong Un a rencontr\u00e9 Poutine."));
        File.WriteAllText(Path.Combine(folder, "report.pdf"), "%PDF-1.7 pretend");
        File.Copy(Seeds.Articles[3], Path.Combine(folder, "bad-sidecar.txt"));
        File.WriteAllText(Path.Combine(folder, "bad-sidecar.meta.json"), """{"title": "unterminated""");

        var expectedReasons = new Dictionary<string, string>
        {
            ["empty"] = "empty",
            ["binary"] = "binary",
            ["huge"] = "too large",
            ["latin1"] = "invalid UTF-8",
            ["report"] = "unsupported extension '.pdf'",
            ["bad-sidecar"] = "sidecar bad-sidecar.meta.json is not valid JSON",
        };

        var report = await harness.Ingestor.IngestPathsAsync([folder], null, CancellationToken.None);

        Assert.Equal(good.Count, report.Ingested);
        Assert.Equal(expectedReasons.Count, report.Failed);
        foreach (var (id, reason) in expectedReasons)
        {
            var outcome = Assert.Single(report.Outcomes, o => o.DocumentId == id);
            Assert.Equal(IngestStatus.Failed, outcome.Status);
            Assert.Contains(reason, outcome.Error);

            var record = await harness.Store.GetDocumentAsync(id);
            Assert.NotNull(record);
            Assert.Equal(DocumentStatus.Failed, record.Status);
            Assert.Contains(reason, record.Error);
            Assert.Equal(64, record.Sha256.Length);
        }
        foreach (var id in good)
            Assert.Equal(DocumentStatus.Ingested, (await harness.Store.GetDocumentAsync(id))!.Status);
        Assert.Equal("A good one", (await harness.Store.GetDocumentAsync("good-0"))!.Title);

        var stats = await harness.Store.StatsAsync();
        Assert.Equal(expectedReasons.Count, stats.FailedDocuments);
        Assert.Equal(report.Relations, stats.Relations);
    }

    [Fact]
    public async Task An_extractor_crash_on_one_document_is_recorded_and_the_batch_goes_on()
    {
        await using var harness = await IngestionHarness.StartAsync(new ThrowingExtractor(IngestionHarness.RealExtractor, "EXPLODE-HERE"));
        File.Copy(Seeds.Articles[0], Path.Combine(harness.Documents, "fine.txt"));
        File.WriteAllText(Path.Combine(harness.Documents, "trap.txt"), "Russia and North Korea. EXPLODE-HERE");

        var report = await harness.Ingestor.IngestPathsAsync([harness.Documents], null, CancellationToken.None);

        Assert.Equal(1, report.Ingested);
        Assert.Contains("extraction failed", Assert.Single(report.Failures).Error);
        Assert.Contains("extractor exploded", (await harness.Store.GetDocumentAsync("trap"))!.Error);
    }

    [Fact]
    public async Task Two_files_with_one_id_in_a_batch_keep_the_first_and_report_the_second()
    {
        await using var harness = await IngestionHarness.StartAsync();
        File.Copy(Seeds.Articles[0], Path.Combine(harness.Documents, "same.md"));
        File.Copy(Seeds.Articles[1], Path.Combine(harness.Documents, "same.txt"));

        var report = await harness.Ingestor.IngestPathsAsync([harness.Documents], null, CancellationToken.None);

        Assert.Equal(1, report.Ingested);
        Assert.Contains("duplicate document id", Assert.Single(report.Failures).Error);
        Assert.Equal("md", (await harness.Store.GetDocumentAsync("same"))!.Format);
    }
}
