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
    public async Task A_missing_seeds_folder_leaves_the_store_empty()
    {
        await using var harness = await IngestionHarness.StartAsync();
        var seeding = new SeedOnFirstStart(harness.Store, harness.Ingestor, new SeedsOptions { Path = Path.Combine(harness.Folder.Path, "nowhere") });
        Assert.Null(await seeding.RunAsync(CancellationToken.None));
        Assert.Empty(await harness.AllDocumentsAsync());
    }
}
