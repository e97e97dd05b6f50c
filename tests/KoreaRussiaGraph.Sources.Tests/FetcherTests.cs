using System.IO.Compression;
using System.Text;
using KoreaRussiaGraph.Sources.Fetching;
using Microsoft.AspNetCore.Http;

namespace KoreaRussiaGraph.Sources.Tests;

/// <summary>The fetcher against a local site that behaves like real ones: redirects, charsets, gzip, slowness, errors, robots.txt.</summary>
public class FetcherTests
{
    [Fact]
    public async Task Every_request_names_the_project_and_robots_txt_is_asked_once_per_host()
    {
        await using var web = await WebHarness.StartAsync();
        web.Site.MapHtml("/a", "<html><body><p>a</p></body></html>");
        web.Site.MapHtml("/b", "<html><body><p>b</p></body></html>");
        Assert.True((await web.Fetcher.GetAsync(web.Site.Url("/a"), FetchPurpose.Page, null, default)).Succeeded);
        Assert.True((await web.Fetcher.GetAsync(web.Site.Url("/b"), FetchPurpose.Page, null, default)).Succeeded);
        Assert.Equal(1, web.Site.Hits("/robots.txt"));
        Assert.All(web.Site.Requests, r => Assert.StartsWith("KoreaRussiaGraph/", r.UserAgent));
    }

    [Fact]
    public async Task Robots_txt_disallowing_a_path_stops_the_fetch_with_the_reason()
    {
        await using var web = await WebHarness.StartAsync();
        web.Site.MapContent("/robots.txt", "text/plain", "User-agent: *\nDisallow: /members/\n"u8.ToArray());
        web.Site.MapHtml("/members/story", "<html><body><p>secret</p></body></html>");
        var result = await web.Fetcher.GetAsync(web.Site.Url("/members/story"), FetchPurpose.Page, null, default);
        Assert.Equal(FetchProblems.Disallowed, result.Problem?.Kind);
        Assert.Equal(0, web.Site.Hits("/members/story"));
    }

    [Fact]
    public async Task Relative_redirects_are_followed_and_a_loop_is_named()
    {
        await using var web = await WebHarness.StartAsync();
        web.Site.MapRedirect("/old", "new/place", StatusCodes.Status302Found);
        web.Site.MapRedirect("/new/place", "/final");
        web.Site.MapHtml("/final", "<html><body><p>here</p></body></html>");
        web.Site.MapRedirect("/loop-a", "/loop-b");
        web.Site.MapRedirect("/loop-b", "/loop-a");

        var ok = await web.Fetcher.GetAsync(web.Site.Url("/old"), FetchPurpose.Page, null, default);
        Assert.True(ok.Succeeded);
        Assert.Equal(web.Site.Url("/final"), ok.Final);

        var loop = await web.Fetcher.GetAsync(web.Site.Url("/loop-a"), FetchPurpose.Page, null, default);
        Assert.Equal(FetchProblems.RedirectLoop, loop.Problem?.Kind);
    }

    [Fact]
    public async Task Gzip_and_a_legacy_charset_from_the_header_are_decoded()
    {
        await using var web = await WebHarness.StartAsync();
        var html = "<html><body><p>Лавров прибыл в Пхеньян.</p></body></html>";
        var bytes = PageReaderTests.Legacy("koi8-r").GetBytes(html);
        web.Site.Map("/ru", async context =>
        {
            context.Response.ContentType = "text/html; charset=koi8-r";
            context.Response.Headers.ContentEncoding = "gzip";
            using var buffer = new MemoryStream();
            await using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(bytes);
            await context.Response.Body.WriteAsync(buffer.ToArray());
        });
        var result = await web.Fetcher.GetAsync(web.Site.Url("/ru"), FetchPurpose.Page, null, default);
        Assert.True(result.Succeeded, result.Problem?.Message);
        Assert.Contains("Лавров прибыл в Пхеньян", TextDecoding.Decode(result.Body, result.Charset));
    }

    [Fact]
    public async Task Not_found_non_html_and_oversized_bodies_are_answers_with_reasons()
    {
        await using var web = await WebHarness.StartAsync(o => o.MaxBodyBytes = 4096);
        web.Site.MapContent("/report.pdf", "application/pdf", "%PDF-1.4 ..."u8.ToArray());
        web.Site.MapHtml("/huge", "<html><body>" + new string('x', 10_000) + "</body></html>");
        web.Site.Map("/huge-chunked", async context =>
        {
            context.Response.ContentType = "text/html";
            for (var i = 0; i < 10; i++) await context.Response.Body.WriteAsync(Encoding.ASCII.GetBytes(new string('y', 1000)));
        });

        Assert.Equal(FetchProblems.NotFound, (await web.Fetcher.GetAsync(web.Site.Url("/missing"), FetchPurpose.Page, null, default)).Problem?.Kind);
        var pdf = await web.Fetcher.GetAsync(web.Site.Url("/report.pdf"), FetchPurpose.Page, null, default);
        Assert.Equal(FetchProblems.NotHtml, pdf.Problem?.Kind);
        Assert.Contains("application/pdf", pdf.Problem!.Message);
        Assert.Equal(FetchProblems.Oversized, (await web.Fetcher.GetAsync(web.Site.Url("/huge"), FetchPurpose.Page, null, default)).Problem?.Kind);
        Assert.Equal(FetchProblems.Oversized, (await web.Fetcher.GetAsync(web.Site.Url("/huge-chunked"), FetchPurpose.Page, null, default)).Problem?.Kind);
    }

    [Fact]
    public async Task A_slow_page_times_out_after_its_retries_and_a_flaky_one_succeeds_on_retry()
    {
        await using var web = await WebHarness.StartAsync(o => { o.TimeoutSeconds = 1; o.RetryCount = 1; });
        web.Site.Map("/slow", async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted);
            await context.Response.WriteAsync("<html></html>");
        });
        var calls = 0;
        web.Site.Map("/flaky", async context =>
        {
            if (Interlocked.Increment(ref calls) == 1) { context.Response.StatusCode = 503; return; }
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<html><body><p>fine</p></body></html>");
        });

        var slow = await web.Fetcher.GetAsync(web.Site.Url("/slow"), FetchPurpose.Page, null, default);
        Assert.Equal(FetchProblems.Timeout, slow.Problem?.Kind);
        Assert.True(slow.Problem!.Transient);
        Assert.Equal(2, web.Site.Hits("/slow"));

        Assert.True((await web.Fetcher.GetAsync(web.Site.Url("/flaky"), FetchPurpose.Page, null, default)).Succeeded);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task A_failing_host_opens_its_circuit_and_fails_fast()
    {
        await using var web = await WebHarness.StartAsync(o => { o.RetryCount = 0; o.BreakerMinimumThroughput = 3; o.BreakerFailureRatio = 0.5; o.RespectRobotsTxt = false; o.TimeoutSeconds = 30; });
        web.Site.Map("/down", context => { context.Response.StatusCode = 500; return Task.CompletedTask; });
        for (var i = 0; i < 3; i++)
        {
            var failed = await web.Fetcher.GetAsync(web.Site.Url("/down"), FetchPurpose.Page, null, default);
            Assert.True(failed.Problem?.Kind == FetchProblems.HttpError, $"attempt {i + 1}: {failed.Problem?.Message}");
        }
        var hits = web.Site.Hits("/down");
        var open = await web.Fetcher.GetAsync(web.Site.Url("/down"), FetchPurpose.Page, null, default);
        Assert.Equal(FetchProblems.CircuitOpen, open.Problem?.Kind);
        Assert.Equal(hits, web.Site.Hits("/down"));
    }

    [Fact]
    public async Task An_unreachable_host_is_named_as_such()
    {
        await using var web = await WebHarness.StartAsync(o => o.RetryCount = 0);
        var result = await web.Fetcher.GetAsync(new Uri("http://127.0.0.1:9/story"), FetchPurpose.Page, null, default);
        Assert.Equal(FetchProblems.Unreachable, result.Problem?.Kind);
        Assert.True(result.Problem!.Transient);
    }

    [Fact]
    public async Task The_per_host_rate_limit_spaces_requests()
    {
        await using var web = await WebHarness.StartAsync(o => { o.PerHostRequestsPerSecond = 10; o.RespectRobotsTxt = false; });
        for (var i = 0; i < 6; i++) web.Site.MapHtml($"/p{i}", "<html><body><p>x</p></body></html>");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => web.Fetcher.GetAsync(web.Site.Url($"/p{i}"), FetchPurpose.Page, null, default)));
        // Six requests at 10/s: the first at once, the rest one every 100 ms.
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(450), $"6 requests took {clock.Elapsed.TotalMilliseconds:0} ms");
    }
}
