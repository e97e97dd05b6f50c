using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Ingestion.Inbox;
using KoreaRussiaGraph.Ingestion.Startup;
using KoreaRussiaGraph.Ingestion.Tests.Support;
using KoreaRussiaGraph.Storage.Embedded;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KoreaRussiaGraph.Ingestion.Tests.Startup;

public class HostWiringTests
{
    private static IHost BuildHost(TempFolder folder, string storePath, params (string Key, string Value)[] extra)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ingestion:InboxPath"] = folder.File("inbox"),
            ["Ingestion:DebounceMilliseconds"] = "50",
            ["Seeds:Path"] = Seeds.Folder,
        });
        builder.Configuration.AddInMemoryCollection(extra.Select(e => new KeyValuePair<string, string?>(e.Key, e.Value)));
        builder.Services.AddSingleton<IGraphStore>(_ => new EmbeddedGraphStore(new EmbeddedStoreOptions { Path = storePath }));
        builder.Services.AddSingleton(IngestionHarness.RealExtractor);
        builder.Services.AddKnownActors(_ => [new Actor("gazetteer-probe", "Gazetteer Probe", ActorKind.Group, [])]);
        builder.Services.AddIngestion(builder.Configuration);
        return builder.Build();
    }

    [Fact]
    public async Task First_start_seeds_an_empty_store_runs_the_inbox_and_a_restart_reuses_the_store()
    {
        using var folder = new TempFolder();
        var storePath = folder.File("graph.db");

        using (var host = BuildHost(folder, storePath))
        {
            await host.StartAsync();
            var store = host.Services.GetRequiredService<IGraphStore>();
            Assert.NotNull(await store.GetActorAsync("gazetteer-probe"));
            Assert.Equal(Seeds.Articles.Count, (await store.StatsAsync()).Documents);

            var worker = host.Services.GetRequiredService<InboxWorker>();
            await worker.FirstScanCompleted.WaitAsync(TimeSpan.FromSeconds(30));
            File.Copy(Seeds.Articles[0], Path.Combine(worker.Folder, "from-inbox.txt"));
            await Poll.UntilAsync(() => store.GetDocumentAsync("from-inbox"), TimeSpan.FromSeconds(30), "the inbox file");
            await host.StopAsync();
            await store.DisposeAsync();
        }

        using (var again = BuildHost(folder, storePath))
        {
            var seeding = again.Services.GetRequiredService<SeedOnFirstStart>();
            await again.StartAsync();
            var store = again.Services.GetRequiredService<IGraphStore>();
            Assert.Equal(Seeds.Articles.Count + 1, (await store.StatsAsync()).Documents);
            Assert.Null(await seeding.RunAsync(CancellationToken.None));
            await again.StopAsync();
            await store.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_host_with_invalid_settings_refuses_to_start_and_names_the_key()
    {
        using var folder = new TempFolder();
        using var host = BuildHost(folder, folder.File("graph.db"), ("Ingestion:RescanIntervalMilliseconds", "5"));
        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());
        Assert.Contains("Ingestion:RescanIntervalMilliseconds", error.Message);
    }

    [Fact]
    public void Invalid_settings_are_refused_with_the_key_named()
    {
        var options = new IngestionOptions { MaxDocumentBytes = 0, MaxParallelism = 0 };
        var error = Assert.Throws<ArgumentException>(() => new KoreaRussiaGraph.Ingestion.Ingesting.DocumentIngestor(null!, IngestionHarness.RealExtractor, options));
        Assert.Contains("Ingestion:MaxDocumentBytes", error.Message);
        Assert.Contains("Ingestion:MaxParallelism", error.Message);
    }
}
