using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Ingestion.Ingesting;
using KoreaRussiaGraph.Ingestion.Tests.Support;

namespace KoreaRussiaGraph.Ingestion.Tests.Ingesting;

/// <summary>Issue 14, item 3: a document that yields more relations than Ingestion:MaxRelationsPerDocument fails with the reason.</summary>
public class RelationsPerDocumentTests
{
    private const string Sentence = "Russia supplied oil to North Korea in 2019. ";

    [Fact]
    public async Task One_sentence_repeated_past_the_limit_fails_the_document_and_writes_none_of_its_relations()
    {
        await using var harness = await IngestionHarness.StartAsync();
        harness.Options.MaxRelationsPerDocument = 20;
        await harness.ReopenAsync(); // the ingestor reads its options when it is built
        var folder = harness.Documents;
        File.WriteAllText(Path.Combine(folder, "repeated.txt"), string.Concat(Enumerable.Repeat(Sentence, 40)));
        File.WriteAllText(Path.Combine(folder, "normal.txt"), string.Concat(Enumerable.Repeat(Sentence, 3)));

        var report = await harness.Ingestor.IngestPathsAsync([folder], null, CancellationToken.None);

        var repeated = Assert.Single(report.Outcomes, o => o.DocumentId == "repeated");
        Assert.Equal(IngestStatus.Failed, repeated.Status);
        Assert.Contains("too many relations", repeated.Error);
        Assert.Contains("Ingestion:MaxRelationsPerDocument", repeated.Error);
        var stored = await harness.Store.GetDocumentAsync("repeated");
        Assert.Equal(DocumentStatus.Failed, stored!.Status);
        Assert.Contains("the limit is 20", stored.Error);
        Assert.Equal(IngestStatus.Ingested, Assert.Single(report.Outcomes, o => o.DocumentId == "normal").Status);
        Assert.Equal(3, (await harness.AllRelationIdsAsync()).Count);
    }

    [Fact]
    public void The_limit_must_be_positive()
    {
        Assert.Contains(new IngestionOptions { MaxRelationsPerDocument = 0 }.Problems(), p => p.Contains("MaxRelationsPerDocument"));
    }
}
