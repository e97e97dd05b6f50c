using System.Net.Http.Json;
using KoreaRussiaGraph.Sources.Testing;
using KoreaRussiaGraph.Testing;

namespace KoreaRussiaGraph.Api.Tests;

/// <summary>The server with a feed on a local site listed under Sources:Feeds, and mutations keyed.</summary>
public sealed class WebSourcesApiFactory : TempStoreHostFactory, IAsyncLifetime
{
    public const string Key = "web-key";
    public LocalSite Site { get; private set; } = null!;
    public NewsArticle Article { get; } = NewsArticle.Load(Path.Combine(AppContext.BaseDirectory, "seeds", "000_46213d1f3e721dec.txt"));

    public async Task InitializeAsync()
    {
        Site = await LocalSite.StartAsync();
        Site.MapHtml("/2022/10/07/birthday", NewsPageMarkup.Render(Article, Site.Url("/2022/10/07/birthday"), 0));
        Site.MapHtml("/amp/birthday", NewsPageMarkup.Render(Article, Site.Url("/2022/10/07/birthday"), 1));
        var rss = FeedMarkup.Rss("Observer", [new FeedMarkup.Item("1", Site.Url("/2022/10/07/birthday").AbsoluteUri, Article.Title, DateTimeOffset.UnixEpoch)]);
        FeedMarkup.Serve(Site, "/rss.xml", () => rss, FeedMarkup.RssType);
    }

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("Api:Key", Key),
        new("Sources:Feeds:0:Url", Site.Url("/rss.xml").AbsoluteUri),
        new("Sources:Feeds:0:PollIntervalSeconds", "3600"),
        new("Sources:Feeds:1:Url", Site.Url("/missing.xml").AbsoluteUri),
        new("Sources:PerHostRequestsPerSecond", "0"),
        new("Sources:RetryCount", "0"),
    ];

    async Task IAsyncLifetime.DisposeAsync() => await Site.DisposeAsync();
}

public sealed class WebSourcesApiTests(WebSourcesApiFactory factory) : IClassFixture<WebSourcesApiFactory>
{
    [Fact]
    public async Task The_sources_query_shows_each_feed_with_its_last_poll()
    {
        var client = factory.CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        System.Text.Json.Nodes.JsonArray sources;
        do
        {
            var response = (await client.PostGraphQLAsync("{ sources { url lastPolledAt lastStatus itemsSeen itemsIngested error } }")).AssertNoErrors();
            sources = response.Data!["sources"]!.AsArray();
            if (sources.All(s => s!["lastPolledAt"] is not null)) break;
            await Task.Delay(200);
        } while (DateTime.UtcNow < deadline);

        Assert.Equal(2, sources.Count);
        var feed = sources.Single(s => s!["url"]!.GetValue<string>().EndsWith("/rss.xml"))!;
        Assert.Equal("OK", feed["lastStatus"]!.GetValue<string>());
        Assert.Equal(1, feed["itemsSeen"]!.GetValue<int>());
        Assert.Equal(1, feed["itemsIngested"]!.GetValue<int>());
        var missing = sources.Single(s => s!["url"]!.GetValue<string>().EndsWith("/missing.xml"))!;
        Assert.Equal("FAILED", missing["lastStatus"]!.GetValue<string>());
        Assert.StartsWith("not found", missing["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_sources_answer_is_never_replayed_from_the_response_cache()
    {
        // Polling changes it without a store write, so neither the response cache nor an ETag may stand for it.
        var client = factory.CreateClient();
        using var sources = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ sources { url lastStatus } }"));
        Assert.True(sources.IsSuccessStatusCode);
        Assert.Null(sources.Headers.ETag);
        using var stats = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ stats { documents } }"));
        Assert.NotNull(stats.Headers.ETag);
    }

    [Fact]
    public async Task The_mutation_fetches_a_url_and_stores_it_under_its_canonical_address()
    {
        var client = factory.CreateClient();
        const string mutation = "mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { status error document { id url published publishedBasis title } relations { type } } }";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = mutation, variables = new { input = new { url = factory.Site.Url("/amp/birthday").AbsoluteUri } } }),
        };
        request.Headers.Add("X-Api-Key", WebSourcesApiFactory.Key);
        var payload = (await client.SendGraphQLAsync(request)).AssertNoErrors().Data!["ingestDocument"]!;

        Assert.NotEqual("FAILED", payload["status"]!.GetValue<string>());
        var document = payload["document"]!;
        Assert.Equal(factory.Site.Url("/2022/10/07/birthday").AbsoluteUri, document["url"]!.GetValue<string>());
        Assert.Equal("2022-10-07", document["published"]!.GetValue<string>());
        Assert.StartsWith("article:published_time", document["publishedBasis"]!.GetValue<string>());
        Assert.Equal(factory.Article.Title, document["title"]!.GetValue<string>());
        Assert.NotEmpty(payload["relations"]!.AsArray());
    }
}
