using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KoreaRussiaGraph.Ingestion.Startup;

/// <summary>
/// Runs before the host takes requests: prepares the store and, on a first start, ingests the seeds, so the
/// first query already sees them. Registered ahead of the inbox worker.
/// </summary>
internal sealed class IngestionStartupService(StorePreparation preparation, SeedOnFirstStart seeding, IOptions<IngestionOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await preparation.PrepareAsync(cancellationToken);
        if (options.Value.SeedOnFirstStart) await seeding.RunAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
