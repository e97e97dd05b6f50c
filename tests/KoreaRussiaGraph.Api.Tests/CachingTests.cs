using System.Net.Http.Json;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;

namespace KoreaRussiaGraph.Api.Tests;

/// <summary>The fixture graph on a host of its own: these tests write to the store and count cache hits.</summary>
public sealed class CachingApiFactory : FixtureApiFactory;

public sealed class ResponseCacheOffFactory : FixtureApiFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("GraphQL:ResponseCache:MaxBytes", "0")];
}

public sealed class CachingTests(CachingApiFactory factory, ResponseCacheOffFactory cacheOff)
    : IClassFixture<CachingApiFactory>, IClassFixture<ResponseCacheOffFactory>
{
    private const string RelationsOf = """
        query($id: ID!) { actor(id: $id) { relations { totalCount edges { node { type target { id } citation { quote } } } } } }
        """;

    private sealed record Answer(string Body, string? Cache);

    private static async Task<Answer> PostAsync(HttpClient client, string query, object? variables = null, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        foreach (var (name, value) in headers) request.Headers.Add(name, value);
        using var response = await client.SendAsync(request);
        var cache = response.Headers.TryGetValues("X-Response-Cache", out var values) ? values.Single() : null;
        return new Answer(await response.Content.ReadAsStringAsync(), cache);
    }

    [Fact]
    public async Task The_same_query_sent_again_is_replayed_byte_for_byte()
    {
        var client = await factory.ClientAsync();
        var first = await PostAsync(client, RelationsOf, new { id = "russia" });
        var second = await PostAsync(client, RelationsOf, new { id = "russia" });

        Assert.Equal("miss", first.Cache);
        Assert.Equal("hit", second.Cache);
        Assert.Equal(first.Body, second.Body);
        Assert.Contains("VETOED", second.Body);
    }

    [Fact]
    public async Task Different_variables_are_different_answers()
    {
        var client = await factory.ClientAsync();
        await PostAsync(client, RelationsOf, new { id = "unsc" });
        var other = await PostAsync(client, RelationsOf, new { id = "sergei-shoigu" });

        Assert.Equal("miss", other.Cache);
        Assert.Contains("north-korea", other.Body);
        Assert.DoesNotContain("VETOED", other.Body);
    }

    [Fact]
    public async Task After_a_write_the_next_answer_is_computed_again_and_shows_it()
    {
        var client = await factory.ClientAsync();
        await PostAsync(client, RelationsOf, new { id = "lonely-island" });
        var before = await PostAsync(client, RelationsOf, new { id = "lonely-island" });
        Assert.Equal("hit", before.Cache);
        Assert.Contains("\"totalCount\":0", before.Body);

        await WriteVisitAsync("lonely-island");
        var after = await PostAsync(client, RelationsOf, new { id = "lonely-island" });

        Assert.Equal("miss", after.Cache);
        Assert.Contains("\"totalCount\":1", after.Body);
        Assert.Contains("VISITED", after.Body);
    }

    [Fact]
    public async Task Identical_requests_arriving_together_are_computed_once()
    {
        var client = await factory.ClientAsync();
        const string Query = """
            query($a: ID!) { neighbourhood(actor: $a, depth: 3) { nodes { hops actor { id name aliases degree } }
              edges { id type date status source { id name } target { id name } citation { quote sentenceIndex document { id title } } } } }
            """;

        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => PostAsync(client, Query, new { a = "north-korea" })));

        Assert.Equal(1, answers.Count(a => a.Cache == "miss"));
        Assert.All(answers, a => Assert.Equal(answers[0].Body, a.Body));
        Assert.DoesNotContain("\"errors\"", answers[0].Body);
    }

    [Fact]
    public async Task Answers_with_errors_are_never_replayed()
    {
        var client = await factory.ClientAsync();
        const string Unknown = """{ neighbourhood(actor: "no-such-actor") { nodes { hops } } }""";
        var first = await PostAsync(client, Unknown);
        var second = await PostAsync(client, Unknown);

        Assert.Equal("miss", second.Cache);
        Assert.Contains("UNKNOWN_ACTOR", first.Body);
        Assert.Contains("UNKNOWN_ACTOR", second.Body);
    }

    [Fact]
    public async Task No_cache_asks_for_a_computed_answer_and_no_store_for_one_that_is_not_kept()
    {
        var client = await factory.ClientAsync();
        const string Query = """{ actor(id: "russia") { name degree } }""";

        Assert.Equal("miss", (await PostAsync(client, Query, null, ("Cache-Control", "no-store"))).Cache);
        Assert.Equal("miss", (await PostAsync(client, Query)).Cache); // the no-store answer was not kept
        Assert.Equal("hit", (await PostAsync(client, Query)).Cache);
        var fresh = await PostAsync(client, Query, null, ("Cache-Control", "no-cache"));

        Assert.Equal("miss", fresh.Cache);
        Assert.Contains("\"name\":\"Russia\"", fresh.Body);
    }

    [Fact]
    public async Task Asking_for_the_cost_gets_an_answer_with_the_cost_even_when_a_plain_one_is_kept()
    {
        var client = await factory.ClientAsync();
        const string Query = """{ actor(id: "vladimir-putin") { name } }""";
        await PostAsync(client, Query);
        await PostAsync(client, Query);

        var withCost = await PostAsync(client, Query, null, ("X-Query-Cost", "true"));
        var plain = await PostAsync(client, Query);

        Assert.Contains("\"cost\"", withCost.Body);
        Assert.DoesNotContain("\"cost\"", plain.Body);
        Assert.Equal("hit", plain.Cache);
    }

    [Fact]
    public async Task A_kept_query_text_is_priced_again_with_each_request_s_variables()
    {
        var client = await factory.ClientAsync();
        const string Query = """
            query($d: Int, $l: Int, $m: Int) { neighbourhood(actor: "kim-jong-un", depth: $d, limit: $l, maxEdges: $m) {
              nodes { hops actor { id name kind } } edges { id type } } }
            """;
        var cheap = await PostAsync(client, Query, new { d = 1, l = 10, m = 10 }, ("X-Query-Cost", "true"));
        var dear = await PostAsync(client, Query, new { d = 3, l = 2000, m = 10_000 }, ("X-Query-Cost", "true"));
        var outOfBounds = await PostAsync(client, Query, new { d = 9, l = 10, m = 10 });

        Assert.DoesNotContain("\"errors\"", cheap.Body);
        Assert.Contains("QUERY_COST_EXCEEDED", dear.Body);
        Assert.Contains("BOUND_EXCEEDED", outOfBounds.Body);
    }

    [Fact]
    public async Task With_the_cache_off_nothing_is_replayed_and_answers_are_the_same()
    {
        var client = await cacheOff.ClientAsync();
        var first = await PostAsync(client, RelationsOf, new { id = "russia" });
        var second = await PostAsync(client, RelationsOf, new { id = "russia" });

        Assert.Null(first.Cache);
        Assert.Null(second.Cache);
        Assert.Equal(first.Body, second.Body);
        Assert.Contains("VETOED", second.Body);
    }

    private async Task WriteVisitAsync(string place)
    {
        var visit = Relation.Create("VISITED", "kim-jong-un", place, symmetric: false,
            new Citation("visit-doc", 0, $"Kim Jong Un visited {place}.", 0, 20, "test"),
            PartialDate.Parse("2024-01"), PartialDate.Parse("2024-02-01"), ClaimStatus.Asserted);
        var document = new DocumentRecord("visit-doc", "Visit", null, null, PartialDate.Parse("2024-02-01"), "test",
            "txt", "01", DateTimeOffset.UnixEpoch, "test", DocumentStatus.Ingested, RelationCount: 1);
        await factory.Store.WriteDocumentAsync(new DocumentWrite(document, "visit text", FixtureGraph.Actors, [visit]));
    }
}
