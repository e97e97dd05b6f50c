using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Ingestion.Ingesting;
using KoreaRussiaGraph.Sources.Fetching;

namespace KoreaRussiaGraph.Sources.Tests;

public class PageIngestionTests
{
    [Fact]
    public async Task A_page_is_stored_under_its_canonical_address_with_the_pages_metadata()
    {
        await using var web = await WebHarness.StartAsync();
        var canonical = web.Site.Url("/2023/09/05/kim-may-meet-putin");
        var article = web.ServeArticle("/2023/09/05/kim-may-meet-putin", seed: 2, canonical: canonical);

        var page = await web.Pages.IngestAsync(web.Site.Url("/2023/09/05/kim-may-meet-putin"), null, keepRelations: true, default);

        Assert.Equal(IngestStatus.Ingested, page.Outcome.Status);
        Assert.NotEmpty(page.Outcome.Produced!);
        var stored = await web.Store.GetDocumentAsync(WebAddress.DocumentId(canonical));
        Assert.NotNull(stored);
        Assert.Equal(article.Title, stored.Title);
        Assert.Equal(canonical.AbsoluteUri, stored.Url);
        Assert.Equal(PartialDate.Parse(article.Published!), stored.Published);
        Assert.StartsWith("article:published_time", stored.PublishedBasis);
        Assert.Equal(article.Outlet ?? "The Daily Observer", stored.Outlet);
        var text = await web.Store.GetDocumentTextAsync(stored.Id);
        Assert.DoesNotContain("cookies", text);
    }

    [Fact]
    public async Task One_article_reached_by_two_addresses_is_one_document()
    {
        await using var web = await WebHarness.StartAsync();
        var canonical = web.Site.Url("/story/summit");
        web.ServeArticle("/story/summit", canonical: canonical);
        web.ServeArticle("/amp/story/summit", canonical: canonical);
        web.Site.MapRedirect("/s/123", "/story/summit?utm_source=share");

        var (report, pages) = await web.Pages.IngestManyAsync([web.Site.Url("/story/summit"), web.Site.Url("/amp/story/summit"), web.Site.Url("/s/123")], null, default);

        Assert.Equal(0, report.Failed);
        Assert.Single(pages.Select(p => p.Outcome.DocumentId).Distinct());
        Assert.Single(await web.DocumentsAsync());
    }

    [Fact]
    public async Task Failures_are_recorded_with_their_reasons_and_never_stop_the_others()
    {
        await using var web = await WebHarness.StartAsync(o => o.MaxBodyBytes = 64 * 1024);
        web.ServeArticle("/good", seed: 0);
        web.Site.MapHtml("/empty", "<html><head><title>Section front</title></head><body><nav><a href='/a'>World</a></nav><p>Latest news.</p></body></html>");
        web.Site.MapContent("/photo.jpg", "image/jpeg", [0xFF, 0xD8, 0xFF, 0xE0]);
        web.Site.MapHtml("/huge", "<html><body>" + new string('x', 100_000) + "</body></html>");
        web.Site.MapRedirect("/loop", "/loop2");
        web.Site.MapRedirect("/loop2", "/loop");
        var urls = new[] { "/missing", "/empty", "/photo.jpg", "/huge", "/loop", "/good" }.Select(web.Site.Url).Append(new Uri("http://127.0.0.1:9/gone")).ToList();

        var (report, pages) = await web.Pages.IngestManyAsync(urls, null, default);

        Assert.Equal(1, report.Ingested);
        Assert.Equal(6, report.Failed);
        var reasons = pages.Where(p => p.Problem is not null).Select(p => p.Problem!.Kind).ToList();
        Assert.Equal([FetchProblems.NotFound, FetchProblems.NoArticleText, FetchProblems.NotHtml, FetchProblems.Oversized, FetchProblems.RedirectLoop, FetchProblems.Unreachable], reasons);
        var failed = (await web.DocumentsAsync()).Where(d => d.Status == DocumentStatus.Failed).ToList();
        Assert.Equal(6, failed.Count);
        Assert.All(failed, d => Assert.False(string.IsNullOrEmpty(d.Error)));
        Assert.Contains(failed, d => d.Error!.StartsWith(FetchProblems.NoArticleText) && d.Url == web.Site.Url("/empty").AbsoluteUri);
    }

    [Fact]
    public async Task An_unchanged_page_is_skipped_on_the_second_fetch()
    {
        await using var web = await WebHarness.StartAsync();
        web.ServeArticle("/story", seed: 1);
        Assert.Equal(IngestStatus.Ingested, (await web.Pages.IngestAsync(web.Site.Url("/story"), null, false, default)).Outcome.Status);
        Assert.Equal(IngestStatus.Unchanged, (await web.Pages.IngestAsync(web.Site.Url("/story"), null, false, default)).Outcome.Status);
    }
}
