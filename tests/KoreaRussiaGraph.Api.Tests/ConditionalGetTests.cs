using System.Net;
using System.Net.Http.Headers;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;

namespace KoreaRussiaGraph.Api.Tests;

/// <summary>The fixture graph on a host of its own: these tests write to the store.</summary>
public sealed class ConditionalGetApiFactory : FixtureApiFactory;

/// <summary>GET answers carry an ETag keyed by the store's generation; a poll with If-None-Match gets 304 until a write.</summary>
public sealed class ConditionalGetTests(ConditionalGetApiFactory factory) : IClassFixture<ConditionalGetApiFactory>
{
    private static readonly string Url = "/graphql?query=" + Uri.EscapeDataString("{ actor(id: \"lonely-island\") { relations { totalCount } } }");

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, EntityTagHeaderValue? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (ifNoneMatch is not null) request.Headers.IfNoneMatch.Add(ifNoneMatch);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task A_get_answer_has_an_etag_and_must_be_revalidated()
    {
        var client = await factory.ClientAsync();
        using var response = await GetAsync(client, Url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Fact]
    public async Task The_same_etag_gets_304_until_a_write_then_the_new_answer_with_a_new_etag()
    {
        var client = await factory.ClientAsync();
        using var first = await GetAsync(client, Url);
        var etag = first.Headers.ETag!;
        Assert.Contains("\"totalCount\":0", await first.Content.ReadAsStringAsync());

        using (var unchanged = await GetAsync(client, Url, etag))
        {
            Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
            Assert.Equal(etag, unchanged.Headers.ETag);
            Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());
        }

        await WriteVisitAsync("lonely-island");

        using var changed = await GetAsync(client, Url, etag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
        Assert.Contains("\"totalCount\":1", await changed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Error_answers_and_posts_carry_no_etag()
    {
        var client = await factory.ClientAsync();
        using var error = await GetAsync(client, "/graphql?query=" + Uri.EscapeDataString("{ neighbourhood(actor: \"nobody-at-all\") { truncated } }"));
        Assert.Contains("UNKNOWN_ACTOR", await error.Content.ReadAsStringAsync());
        Assert.Null(error.Headers.ETag);
        var post = await client.PostAsync("/graphql", new StringContent("""{"query":"{ stats { actors } }"}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Null(post.Headers.ETag);
    }

    private async Task WriteVisitAsync(string place)
    {
        var visit = Relation.Create("VISITED", "kim-jong-un", place, symmetric: false,
            new Citation("etag-doc", 0, $"Kim Jong Un visited {place}.", 0, 20, "test"),
            PartialDate.Parse("2024-01"), PartialDate.Parse("2024-02-01"), ClaimStatus.Asserted);
        var document = new DocumentRecord("etag-doc", "Visit", null, null, PartialDate.Parse("2024-02-01"), "test",
            "txt", "01", DateTimeOffset.UnixEpoch, "test", DocumentStatus.Ingested, RelationCount: 1);
        await factory.Store.WriteDocumentAsync(new DocumentWrite(document, "visit text", FixtureGraph.Actors, [visit]));
    }
}
