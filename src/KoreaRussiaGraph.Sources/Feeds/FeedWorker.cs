using KoreaRussiaGraph.Sources.State;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KoreaRussiaGraph.Sources.Feeds;

/// <summary>
/// Polls the configured feeds, each on its own interval counted from its last poll as the state remembers it (a
/// restart does not poll everything at once again). Feeds are polled side by side; one feed's failure is recorded on
/// it and costs the others nothing.
/// </summary>
public sealed class FeedWorker(FeedPoller poller, SourceStateStore state, SourcesOptions options, ILogger<FeedWorker>? logger = null, TimeProvider? time = null)
    : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.PollingEnabled || options.Feeds.Count == 0) return;
        await Task.Yield();
        _logger.LogInformation("Feed worker following {Count} feed(s)", options.Feeds.Count);
        var feeds = options.Feeds.Select(f => (Address: new Uri(f.Url), Interval: TimeSpan.FromSeconds(f.PollIntervalSeconds ?? options.DefaultPollIntervalSeconds))).ToList();
        var due = feeds.ToDictionary(f => f.Address.AbsoluteUri, f => state.GetFeed(f.Address.AbsoluteUri).LastPolledAt is { } last ? last + f.Interval : DateTimeOffset.MinValue);
        var running = new Dictionary<string, Task>();
        using var timer = new PeriodicTimer(Tick, _time);
        try
        {
            do
            {
                var now = _time.GetUtcNow();
                foreach (var done in running.Where(r => r.Value.IsCompleted).Select(r => r.Key).ToList()) running.Remove(done);
                foreach (var (address, interval) in feeds)
                {
                    var key = address.AbsoluteUri;
                    if (running.ContainsKey(key) || due[key] > now) continue;
                    due[key] = now + interval;
                    running[key] = PollSafelyAsync(address, stoppingToken);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
        await Task.WhenAll(running.Values);
    }

    private async Task PollSafelyAsync(Uri feed, CancellationToken ct)
    {
        try { await poller.PollAsync(feed, null, ct); }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
        catch (Exception e)
        {
            // Whatever went wrong is recorded on this feed; the worker and the other feeds go on.
            _logger.LogError(e, "Polling {Feed} failed", feed);
            try { state.SaveFeed(state.GetFeed(feed.AbsoluteUri) with { LastPolledAt = _time.GetUtcNow(), LastStatus = SourcePollStatus.Failed, Error = e.Message }); }
            catch (Exception inner) { _logger.LogError(inner, "Recording the failure of {Feed} failed", feed); }
        }
    }
}
