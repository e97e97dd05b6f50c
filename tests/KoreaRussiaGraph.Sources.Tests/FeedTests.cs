using System.Net;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Sources.State;
using KoreaRussiaGraph.Sources.Testing;
using Microsoft.AspNetCore.Http;

namespace KoreaRussiaGraph.Sources.Tests;

public class FeedTests
{
    [Fact]
    public async Task An_rss_feed_is_ingested_and_an_unchanged_feed_then_costs_one_conditional_request()
    {
        await using var web = await WebHarness.StartAsync();
        var items = Enumerable.Range(0, 5).Select(i => (Path: $"/news/{i}", Seed: i)).ToList();
        foreach (var (path, seed) in items) web.ServeArticle(path, seed, layout: seed % 4);
        var rss = FeedMarkup.Rss("Daily Observer", items.Select(i => new FeedMarkup.Item(web.Site.Url(i.Path).AbsoluteUri, web.Site.Url(i.Path).AbsoluteUri, $"Story {i.Seed}", new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero))));
        FeedMarkup.Serve(web.Site, "/rss.xml", () => rss, FeedMarkup.RssType);

        var first = await web.Poller.PollAsync(web.Site.Url("/rss.xml"), null, default);
        Assert.Equal(SourcePollStatus.Ok, first.Status);
        Assert.Equal(5, first.Ingested);
        Assert.Equal(5, (await web.DocumentsAsync()).Count(d => d.Status == DocumentStatus.Ingested));

        var before = web.Site.TotalHits;
        var second = await web.Poller.PollAsync(web.Site.Url("/rss.xml"), null, default);
        Assert.Equal(SourcePollStatus.NotModified, second.Status);
        Assert.Equal(1, web.Site.TotalHits - before);
        Assert.False(string.IsNullOrEmpty(web.Site.Requests[^1].IfNoneMatch));

        var status = Assert.Single(web.State.List());
        Assert.Equal((5, 5, SourcePollStatus.NotModified), (status.ItemsSeen, status.ItemsIngested, status.LastStatus));
    }

    [Fact]
    public async Task An_atom_entry_updated_in_place_is_fetched_again_and_seen_items_survive_a_restart()
    {
        await using var web = await WebHarness.StartAsync();
        web.ServeArticle("/a", 0);
        web.ServeArticle("/b", 1);
        var updated = new DateTimeOffset(2024, 6, 19, 8, 0, 0, TimeSpan.Zero);
        string Feed() => FeedMarkup.Atom("Observer", [
            new FeedMarkup.Item("tag:observer,2024:a", web.Site.Url("/a").AbsoluteUri, "A", updated),
            new FeedMarkup.Item("tag:observer,2024:b", "b", "B", new DateTimeOffset(2024, 6, 18, 8, 0, 0, TimeSpan.Zero)),
        ]);
        FeedMarkup.Serve(web.Site, "/atom.xml", Feed, FeedMarkup.AtomType, conditional: false);

        Assert.Equal(2, (await web.Poller.PollAsync(web.Site.Url("/atom.xml"), null, default)).Ingested);

        web.Restart(); // a new process: nothing in memory, the state file remembers
        Assert.Equal(0, (await web.Poller.PollAsync(web.Site.Url("/atom.xml"), null, default)).New);
        Assert.Equal(1, web.Site.Hits("/a"));

        updated = updated.AddHours(3);
        var third = await web.Poller.PollAsync(web.Site.Url("/atom.xml"), null, default);
        Assert.Equal(1, third.New);
        Assert.Equal(2, web.Site.Hits("/a"));
        Assert.Equal(1, web.Site.Hits("/b")); // the relative link resolved against the feed, fetched once
    }

    [Fact]
    public async Task A_transient_item_failure_is_retried_at_the_next_poll_and_a_permanent_one_is_not()
    {
        await using var web = await WebHarness.StartAsync(o => o.RetryCount = 0);
        web.ServeArticle("/good", 0);
        var down = true;
        web.Site.Map("/flaky", async context =>
        {
            if (down) { context.Response.StatusCode = 503; return; }
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync(NewsPageMarkup.Render(WebHarness.Seed(1), web.Site.Url("/flaky"), 1));
        });
        var when = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var rss = FeedMarkup.Rss("Observer", new[] { "/good", "/flaky", "/gone" }.Select(p => new FeedMarkup.Item(web.Site.Url(p).AbsoluteUri, web.Site.Url(p).AbsoluteUri, p, when)));
        FeedMarkup.Serve(web.Site, "/rss.xml", () => rss, FeedMarkup.RssType);

        var first = await web.Poller.PollAsync(web.Site.Url("/rss.xml"), null, default);
        Assert.Equal(SourcePollStatus.Partial, first.Status);
        Assert.Equal(2, first.Failed);
        Assert.Contains("2 of 3", web.State.GetFeed(web.Site.Url("/rss.xml").AbsoluteUri).Error);

        down = false;
        var second = await web.Poller.PollAsync(web.Site.Url("/rss.xml"), null, default);
        Assert.Equal(1, second.New); // only the flaky item: the 404 is remembered, and no 304 hid the retry
        Assert.Equal(1, second.Ingested);
        Assert.Equal(1, web.Site.Hits("/gone"));
    }

    [Fact]
    public async Task A_feed_that_is_not_a_feed_or_not_there_is_recorded_as_failed()
    {
        await using var web = await WebHarness.StartAsync(o => o.RetryCount = 0);
        web.Site.MapHtml("/page.html", "<html><body><p>not a feed</p></body></html>");
        var notFeed = await web.Poller.PollAsync(web.Site.Url("/page.html"), null, default);
        Assert.Equal(SourcePollStatus.Failed, notFeed.Status);
        Assert.StartsWith("not a feed", notFeed.Error);
        var missing = await web.Poller.PollAsync(web.Site.Url("/missing.xml"), null, default);
        Assert.StartsWith("not found", missing.Error);
        Assert.Equal(2, web.State.List().Count(s => s.LastStatus == SourcePollStatus.Failed));
    }
}
