using System.Text;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Sources.Pages;
using KoreaRussiaGraph.Sources.Testing;

namespace KoreaRussiaGraph.Sources.Tests;

public class PageReaderTests
{
    private static readonly Uri Address = new("https://news.example.org/world/2021/03/04/story.html?utm_source=x");
    private const string Prose = "<p>Russian President Vladimir Putin met North Korean leader Kim Jong Un in Vladivostok on Thursday for talks.</p>" +
        "<p>The two leaders discussed the nuclear standoff and economic cooperation over several hours of talks in the city.</p>" +
        "<p>Kim arrived by armoured train and was greeted by officials at the station before the summit.</p>";

    private static WebArticle Read(string head, string body = Prose, Uri? address = null, DateTimeOffset? feedDate = null) =>
        PageReader.Read($"<html><head><title>Summit | Daily</title>{head}</head><body><article><h1>Summit in Vladivostok</h1>{body}</article></body></html>", address ?? Address, feedDate);

    [Fact]
    public void The_publication_date_comes_from_article_published_time_first()
    {
        var article = Read("""<meta property="article:published_time" content="2019-04-25T09:00:00+10:00"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-04-20"}</script>""",
            "<time datetime=\"2019-04-01\">1 April</time>" + Prose);
        Assert.Equal(new PartialDate(2019, 4, 25), article.Published);
        Assert.StartsWith("article:published_time", article.PublishedBasis);
        Assert.Contains("2019-04-25T09:00:00+10:00", article.PublishedBasis);
    }

    [Fact]
    public void The_outlet_local_day_is_kept_whatever_utc_says()
    {
        var article = Read("""<meta property="article:published_time" content="2023-09-05T01:30:00+09:00">""");
        Assert.Equal(new PartialDate(2023, 9, 5), article.Published);
    }

    [Fact]
    public void Json_ld_date_published_comes_second_even_inside_a_graph()
    {
        var article = Read("""<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2022-10-07T12:00:00Z","publisher":{"name":"Korea Herald"}}]}</script>""",
            "<time datetime=\"2019-04-01\">1 April</time>" + Prose);
        Assert.Equal(new PartialDate(2022, 10, 7), article.Published);
        Assert.StartsWith("JSON-LD datePublished", article.PublishedBasis);
        Assert.Equal("Korea Herald", article.Outlet);
    }

    [Fact]
    public void Of_several_time_elements_the_marked_publication_time_wins_and_related_dates_are_ignored()
    {
        var body = "<aside class=\"related\"><time datetime=\"2018-01-01\">old story</time></aside>" +
                   "<div class=\"meta\">Updated <time class=\"updated\" datetime=\"2024-12-30\">30 Dec</time> Published <time class=\"published\" datetime=\"2023-07-27\">27 July</time></div>" + Prose;
        var article = Read("", body);
        Assert.Equal(new PartialDate(2023, 7, 27), article.Published);
        Assert.StartsWith("<time> element", article.PublishedBasis);
    }

    [Fact]
    public void The_url_dates_a_page_with_no_date_markup_then_the_feed_does()
    {
        Assert.Equal(new PartialDate(2021, 3, 4), Read("").Published);
        Assert.StartsWith("date in the URL", Read("").PublishedBasis);
        var undated = Read("", Prose, new Uri("https://news.example.org/story"), new DateTimeOffset(2020, 2, 3, 10, 0, 0, TimeSpan.Zero));
        Assert.Equal(new PartialDate(2020, 2, 3), undated.Published);
        Assert.StartsWith("the feed item's date", undated.PublishedBasis);
        Assert.Null(Read("", Prose, new Uri("https://news.example.org/story")).Published);
    }

    [Fact]
    public void A_partial_date_stays_partial()
    {
        var article = Read("""<meta property="article:published_time" content="2023-09">""");
        Assert.Equal(new PartialDate(2023, 9), article.Published);
    }

    [Fact]
    public void Title_canonical_and_outlet_come_from_the_page_with_relative_links_resolved()
    {
        var article = Read("""<link rel="canonical" href="/world/summit"><meta property="og:title" content="Putin and Kim meet"><meta property="og:site_name" content="Daily Observer">""");
        Assert.Equal("https://news.example.org/world/summit", article.Canonical.AbsoluteUri);
        Assert.Equal("Putin and Kim meet", article.Title);
        Assert.Equal("Daily Observer", article.Outlet);
        Assert.StartsWith("Putin and Kim meet\n\n", article.Text);
    }

    [Fact]
    public void Without_metadata_the_host_names_the_outlet_and_the_h1_the_title()
    {
        var article = Read("");
        Assert.Equal("news.example.org", article.Outlet);
        Assert.Equal("Summit in Vladivostok", article.Title);
        Assert.Equal(Address, article.Canonical);
    }

    [Fact]
    public void Chrome_around_and_inside_the_article_is_left_out()
    {
        var article = WebHarness.Seed(2);
        var page = PageReader.Read(NewsPageMarkup.Render(article, new Uri("https://news.example.org/a"), 0), new Uri("https://news.example.org/a"));
        var score = ExtractionQuality.Measure(article.CleanText, page.Text);
        Assert.Equal(score.ArticleSentences, score.Kept);
        foreach (var chrome in NewsPageMarkup.ChromeSentences)
            Assert.DoesNotContain(chrome, page.Text);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    public void Every_layout_yields_the_clean_texts_relations(int layout, int seed)
    {
        var article = WebHarness.Seed(seed);
        var address = new Uri("https://news.example.org/story-" + layout);
        var page = PageReader.Read(NewsPageMarkup.Render(article, address, layout), address);
        Assert.Equal(new PartialDate(int.Parse(article.Published![..4]), int.Parse(article.Published[5..7]), int.Parse(article.Published[8..10])), page.Published);
        Assert.Equal(Relations(article.CleanText, new(article.Title, null, null, PartialDate.Parse(article.Published))), Relations(page.Text, page.Metadata));
    }

    [Fact]
    public void A_legacy_charset_named_only_in_a_meta_tag_is_decoded()
    {
        var html = "<html><head><meta charset=\"windows-1251\"></head><body><p>Москва и Пхеньян подписали договор.</p></body></html>";
        var bytes = Legacy("windows-1251").GetBytes(html);
        Assert.Contains("Москва и Пхеньян", Fetching.TextDecoding.Decode(bytes, null));
    }

    internal static Encoding Legacy(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(name);
    }

    private static IReadOnlySet<string> Relations(string text, Core.Ports.DocumentMetadata metadata) =>
        WebHarness.Extractor.Extract(new Core.Ports.SourceDocument("x", "txt", text, metadata))
            .Relations.Select(r => $"{r.Type}|{r.SourceId}|{r.TargetId}|{r.Date}|{r.Status}|{r.Citation.Quote}").ToHashSet();
}
