using KoreaRussiaGraph.Sources.Fetching;

namespace KoreaRussiaGraph.Sources.Tests;

public class WebAddressTests
{
    [Fact]
    public void Two_addresses_of_one_article_share_a_document_id()
    {
        var a = new Uri("https://www.Example.org/world/putin-kim-summit/?utm_source=rss&utm_medium=feed#comments");
        var b = new Uri("http://example.org/world/putin-kim-summit");
        Assert.Equal(WebAddress.DocumentId(a), WebAddress.DocumentId(b));
        Assert.NotEqual(WebAddress.DocumentId(a), WebAddress.DocumentId(new Uri("https://example.org/world/putin-kim-summit-2")));
    }

    [Fact]
    public void Document_ids_are_readable_and_within_the_ingestors_shape()
    {
        var id = WebAddress.DocumentId(new Uri("https://www.reuters.com/world/asia-pacific/" + new string('x', 300) + ".html?id=7"));
        Assert.Matches("^reuters.com_x+_[0-9a-f]{12}$", id);
        Assert.True(id.Length <= 200);
        Assert.Matches("^[A-Za-z0-9][A-Za-z0-9._-]*$", WebAddress.DocumentId(new Uri("https://news.example.org/")));
    }
}

public class RobotsRulesTests
{
    private const string Robots = """
        # comment
        User-agent: *
        Disallow: /private/
        Allow: /private/open$
        Disallow: /*.pdf$

        User-agent: KoreaRussiaGraph
        Disallow: /archive/
        Allow: /archive/2024/
        Crawl-delay: 2
        """;

    [Theory]
    [InlineData("/archive/2019/story", false)]
    [InlineData("/archive/2024/story", true)]
    [InlineData("/private/x", true)] // our own group applies, not *
    [InlineData("/news/story", true)]
    public void Our_own_group_applies_with_the_longest_match_winning(string path, bool allowed)
    {
        var rules = RobotsRules.Parse(Robots, "KoreaRussiaGraph");
        Assert.Equal(allowed, rules.Allows(new Uri("https://example.org" + path)));
        Assert.Equal(TimeSpan.FromSeconds(2), rules.CrawlDelay);
    }

    [Theory]
    [InlineData("/private/x", false)]
    [InlineData("/private/open", true)]
    [InlineData("/private/open/more", false)]
    [InlineData("/files/report.pdf", false)]
    [InlineData("/files/report.pdf?x=1", true)]
    public void Other_agents_get_the_star_group_with_wildcards_and_anchors(string path, bool allowed) =>
        Assert.Equal(allowed, RobotsRules.Parse(Robots, "SomeBot").Allows(new Uri("https://example.org" + path)));

    [Fact]
    public void An_empty_disallow_allows_everything() =>
        Assert.True(RobotsRules.Parse("User-agent: *\nDisallow:\n", "KoreaRussiaGraph").Allows(new Uri("https://example.org/any")));
}
