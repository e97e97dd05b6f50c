using KoreaRussiaGraph.Ingestion.Ingesting;
using KoreaRussiaGraph.Sources.Fetching;
using KoreaRussiaGraph.Sources.Ingesting;
using KoreaRussiaGraph.Sources.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KoreaRussiaGraph.Sources.Feeds;

/// <summary>What one poll of one feed did.</summary>
public sealed record FeedPollReport(string Url, SourcePollStatus Status, int Listed, int New, int Ingested, int Failed, string? Error, BatchReport? Pages);

/// <summary>
/// Polls one feed: a conditional request with the validators it gave last time (an unchanged feed costs that one
/// request), then the pages of items it has not handled in their current version, ingested through
/// <see cref="WebPageIngestor"/>. Items whose page failed for a passing reason (network, timeout, 5xx, open circuit)
/// are left unhandled and the validators are not kept, so the next poll offers them again; items that failed for
/// good (404, not HTML, no article) are remembered with the reason until the feed updates them.
/// </summary>
public sealed class FeedPoller(WebPageIngestor pages, SourceStateStore state, ILogger<FeedPoller>? logger = null, TimeProvider? time = null)
{
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public async Task<FeedPollReport> PollAsync(Uri feed, IProgress<IngestOutcome>? progress, CancellationToken ct, Action<int>? onItemsFound = null)
    {
        var url = feed.AbsoluteUri;
        var before = state.GetFeed(url);
        var fetched = await pages.Fetcher.GetAsync(feed, FetchPurpose.Feed, new Validators(before.ETag, before.LastModified), ct);
        var now = _time.GetUtcNow();
        if (fetched.NotModified)
        {
            state.SaveFeed(before with { LastPolledAt = now, LastStatus = SourcePollStatus.NotModified, Error = null });
            onItemsFound?.Invoke(0);
            return new FeedPollReport(url, SourcePollStatus.NotModified, 0, 0, 0, 0, null, null);
        }
        if (!fetched.Succeeded) return Failed(before, now, fetched.Problem!.Message);

        IReadOnlyList<FeedEntry> entries;
        try { entries = FeedEntries.Parse(fetched.Body, fetched.Final); }
        catch (FormatException e) { return Failed(before, now, $"{FetchProblems.NotAFeed}: {fetched.Final} is {e.Message}"); }

        var handled = state.ItemVersions(url);
        var fresh = entries.Where(e => !handled.TryGetValue(e.Key, out var version) || version != e.Version).ToList();
        var linked = fresh.Where(e => e.Link is not null).ToList();
        onItemsFound?.Invoke(linked.Count);
        var dates = linked.GroupBy(e => e.Link!.AbsoluteUri).ToDictionary(g => g.Key, g => g.First().Date);
        var (report, results) = await pages.IngestManyAsync(linked.Select(e => e.Link!).ToList(), progress, ct,
            link => new PageHints(FeedDate: dates.GetValueOrDefault(link.AbsoluteUri)));

        var seen = new List<SeenItem>();
        var transient = 0;
        for (var i = 0; i < linked.Count; i++)
        {
            var page = results[i];
            if (page.Transient) { transient++; continue; }
            var ingested = page.Outcome.Status != IngestStatus.Failed;
            seen.Add(new SeenItem(linked[i].Key, linked[i].Version, linked[i].Link!.AbsoluteUri, page.Outcome.DocumentId, ingested, page.Outcome.Error));
        }
        seen.AddRange(fresh.Where(e => e.Link is null).Select(e => new SeenItem(e.Key, e.Version, null, null, false, "the item links to no http(s) page")));
        state.RecordItems(url, seen, now);

        var failed = report.Failed + fresh.Count(e => e.Link is null);
        var status = failed == 0 ? SourcePollStatus.Ok : failed < fresh.Count ? SourcePollStatus.Partial : SourcePollStatus.Failed;
        var error = failed == 0 ? null : $"{failed} of {fresh.Count} new item(s) failed; first: {report.Failures.FirstOrDefault()?.Error ?? "the item links to no http(s) page"}";
        // Validators are kept only when nothing is left to retry: a 304 must not hide items that failed for a passing reason.
        var validators = transient == 0 ? fetched.Validators : Validators.None;
        state.SaveFeed(new FeedState(url, validators.ETag, validators.LastModified, now, status, error));
        _logger.LogInformation("Feed {Url}: {Listed} items listed, {New} new or updated, {Ingested} ingested, {Failed} failed", url, entries.Count, fresh.Count, report.Ingested + report.Unchanged, failed);
        return new FeedPollReport(url, status, entries.Count, fresh.Count, report.Ingested + report.Unchanged, failed, error, report);
    }

    private FeedPollReport Failed(FeedState before, DateTimeOffset now, string error)
    {
        // The old validators stay: the feed's content did not change because we failed to read it.
        state.SaveFeed(before with { LastPolledAt = now, LastStatus = SourcePollStatus.Failed, Error = error });
        _logger.LogWarning("Feed {Url} failed: {Error}", before.Url, error);
        return new FeedPollReport(before.Url, SourcePollStatus.Failed, 0, 0, 0, 0, error, null);
    }
}
