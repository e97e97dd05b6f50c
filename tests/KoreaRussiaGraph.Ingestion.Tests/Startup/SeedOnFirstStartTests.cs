using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Ingestion.Startup;
using KoreaRussiaGraph.Ingestion.Tests.Support;

namespace KoreaRussiaGraph.Ingestion.Tests.Startup;

public class SeedOnFirstStartTests
{
    [Fact]
    public async Task An_empty_store_is_seeded_and_a_later_start_reuses_it()
    {
        await using var harness = await IngestionHarness.StartAsync();
        var gazetteer = new KnownActorsList([new Actor("test-actor", "Test Actor", ActorKind.Group, ["TA"])]);
        await new StorePreparation(harness.Store, gazetteer).PrepareAsync(CancellationToken.None);
        Assert.NotNull(await harness.Store.GetActorAsync("test-actor"));

        var seeding = new SeedOnFirstStart(harness.Store, harness.Ingestor, new SeedsOptions { Path = Seeds.Folder });
        var first = await seeding.RunAsync(CancellationToken.None);
        Assert.NotNull(first);
        Assert.Equal(Seeds.Articles.Count, first.Ingested);

        await harness.ReopenAsync();
        var second = await new SeedOnFirstStart(harness.Store, harness.Ingestor, new SeedsOptions { Path = Seeds.Folder }).RunAsync(CancellationToken.None);
        Assert.Null(second);
        Assert.Equal(Seeds.Articles.Count, (await harness.AllDocumentsAsync()).Count);
    }

    [Fact]
    public async Task Seeding_killed_half_way_resumes_at_the_next_start_until_every_seed_is_recorded()
    {
        await using var harness = await IngestionHarness.StartAsync();
        var half = Seeds.Articles.Take(Seeds.Articles.Count / 2).ToList();
        await harness.Ingestor.IngestPathsAsync(half, null, CancellationToken.None); // what the first start got done before the kill

        await harness.ReopenAsync();
        var resumed = await new SeedOnFirstStart(harness.Store, harness.Ingestor, new SeedsOptions { Path = Seeds.Folder }).RunAsync(CancellationToken.None);

        Assert.NotNull(resumed);
        Assert.Equal(Seeds.Articles.Count - half.Count, resumed.Outcomes.Count);
        Assert.Equal(Seeds.Articles.Count, (await harness.AllDocumentsAsync()).Count);
        Assert.Null(await new SeedOnFirstStart(harness.Store, harness.Ingestor, new SeedsOptions { Path = Seeds.Folder }).RunAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_store_of_other_documents_is_not_seeded()
    {
        await using var harness = await IngestionHarness.StartAsync();
        var own = harness.Documents;
        File.WriteAllText(Path.Combine(own, "my-own-notes.txt"), "Russia supplied oil to North Korea in 2019.");
        await harness.Ingestor.IngestPathsAsync([own], null, CancellationToken.None);

        Assert.Null(await new SeedOnFirstStart(harness.Store, harness.Ingestor, new SeedsOptions { Path = Seeds.Folder }).RunAsync(CancellationToken.None));
        Assert.Single(await harness.AllDocumentsAsync());
    }

    [Fact]
    public async Task A_missing_seeds_folder_leaves_the_store_empty()
    {
        await using var harness = await IngestionHarness.StartAsync();
        var seeding = new SeedOnFirstStart(harness.Store, harness.Ingestor, new SeedsOptions { Path = Path.Combine(harness.Folder.Path, "nowhere") });
        Assert.Null(await seeding.RunAsync(CancellationToken.None));
        Assert.Empty(await harness.AllDocumentsAsync());
    }
}
