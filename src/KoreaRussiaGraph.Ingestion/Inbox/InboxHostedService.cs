using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KoreaRussiaGraph.Ingestion.Inbox;

/// <summary>Runs the singleton <see cref="InboxWorker"/> under the host unless <c>Ingestion:InboxEnabled</c> is false.</summary>
internal sealed class InboxHostedService(InboxWorker worker, IOptions<IngestionOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        options.Value.InboxEnabled ? worker.StartAsync(cancellationToken) : Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) =>
        options.Value.InboxEnabled ? worker.StopAsync(cancellationToken) : Task.CompletedTask;
}
