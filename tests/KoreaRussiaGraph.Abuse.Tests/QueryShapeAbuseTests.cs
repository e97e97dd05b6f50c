using System.Net;
using System.Text;

namespace KoreaRussiaGraph.Abuse.Tests;

/// <summary>Queries whose shape alone would hurt the server: each refused before it runs, then the server still answers.</summary>
public sealed class QueryShapeAbuseTests(SmallGraphFactory factory) : IClassFixture<SmallGraphFactory>
{
    [Fact]
    public async Task Deep_nesting_over_the_depth_limit_is_refused_by_name()
    {
        var client = await factory.ClientAsync();
        // each round trip actor -> relations -> nodes -> source adds three levels; 7 rounds are 22 levels
        var query = new StringBuilder($"{{ actor(id: \"{SyntheticGraphs.ActorId(0)}\") {{ id ");
        for (var i = 0; i < 7; i++) query.Append("relations(first: 1) { nodes { source { id ");
        for (var i = 0; i < 7; i++) query.Append("} } } ");
        query.Append("} }");

        var answer = await client.PostQueryAsync(query.ToString());

        answer.AssertRejected("QUERY_TOO_DEEP", HttpStatusCode.BadRequest);
        Assert.Contains("15", answer.FirstMessage);
        await client.AssertNormalQuerySucceedsAsync();
    }

    [Fact]
    public async Task Pathological_nesting_fails_in_the_parser_without_hanging()
    {
        var client = await factory.ClientAsync();
        var query = new string('{', 5_000) + new string('}', 5_000);

        var answer = await client.PostQueryAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.NotNull(answer.FirstCode);
        Assert.True(answer.Elapsed < Http.RejectionBound, $"took {answer.Elapsed.TotalMilliseconds:F0} ms");
        await client.AssertNormalQuerySucceedsAsync();
    }

    [Fact]
    public async Task A_thousand_aliases_are_refused_as_too_many_fields()
    {
        var client = await factory.ClientAsync();
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 1_000).Select(i => $"a{i}: stats {{ actors }}")) + " }";

        var answer = await client.PostQueryAsync(query);

        answer.AssertRejected("TOO_MANY_FIELDS", HttpStatusCode.BadRequest);
        Assert.Equal(500, answer.Errors![0]!["extensions"]!["maxFields"]!.GetValue<int>());
        await client.AssertNormalQuerySucceedsAsync();
    }

    [Fact]
    public async Task A_fragment_bomb_is_counted_with_fragments_expanded()
    {
        var client = await factory.ClientAsync();
        // ten spreads per level over five levels would be 10^5 selections once expanded
        var fragments = new StringBuilder();
        for (var level = 0; level < 5; level++)
            fragments.Append($"fragment F{level} on Query {{ ").Append(string.Join(" ", Enumerable.Range(0, 10).Select(i => $"s{i}: stats {{ actors }} ...F{level + 1}"))).Append(" } ");
        fragments.Append("fragment F5 on Query { stats { actors } }");

        var answer = await client.PostQueryAsync("{ ...F0 } " + fragments);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.True(answer.Elapsed < Http.RejectionBound, $"took {answer.Elapsed.TotalMilliseconds:F0} ms");
        Assert.NotNull(answer.FirstCode);
        await client.AssertNormalQuerySucceedsAsync();
    }

    [Fact]
    public async Task A_one_megabyte_query_is_refused_as_too_large()
    {
        var client = await factory.ClientAsync();
        var query = "{ stats { actors } }\n#" + new string('x', 1024 * 1024);

        var answer = await client.PostQueryAsync(query);

        answer.AssertRejected("QUERY_TOO_LARGE", HttpStatusCode.BadRequest);
        await client.AssertNormalQuerySucceedsAsync();
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_refused_with_413()
    {
        var client = await factory.ClientAsync();
        var variables = new { padding = new string('x', 7 * 1024 * 1024) };

        var answer = await client.PostQueryAsync(Http.NormalQuery, variables);

        answer.AssertRejected("PAYLOAD_TOO_LARGE", HttpStatusCode.RequestEntityTooLarge);
        await client.AssertNormalQuerySucceedsAsync();
    }

    [Fact]
    public async Task A_list_too_costly_to_serve_is_refused_naming_its_cost_and_the_limit()
    {
        var client = await factory.ClientAsync();
        // 1000 relations, each with its actors' own relation pages: millions of objects if it ran
        const string query = "{ relations(first: 1000) { nodes { id source { relations(first: 1000) { nodes { id } } } } } }";

        var answer = await client.PostQueryAsync(query);

        answer.AssertRejected("QUERY_COST_EXCEEDED", HttpStatusCode.BadRequest);
        var extensions = answer.Errors![0]!["extensions"]!;
        Assert.True(extensions["cost"]!.GetValue<double>() > extensions["maxCost"]!.GetValue<int>());
        Assert.Contains(extensions["maxCost"]!.GetValue<int>().ToString(), answer.FirstMessage);
        await client.AssertNormalQuerySucceedsAsync();
    }

    [Theory]
    [InlineData("k", 500)]
    [InlineData("maxHops", 60)]
    public async Task Arguments_past_the_contract_bounds_are_named_by_their_bound_not_priced(string bound, int value)
    {
        var client = await factory.ClientAsync();
        var variables = new Dictionary<string, object> { ["from"] = SyntheticGraphs.ActorId(0), ["to"] = SyntheticGraphs.ActorId(4), [bound] = value };

        var answer = await client.PostQueryAsync(Queries.Paths, variables);

        answer.AssertRejected("BOUND_EXCEEDED");
        Assert.Contains($"'{bound}'", answer.FirstMessage);
        await client.AssertNormalQuerySucceedsAsync();
    }

    [Fact]
    public async Task Invalid_json_is_a_bad_request()
    {
        var client = await factory.ClientAsync();

        var answer = await client.PostRawAsync("{\"query\": \"{ stats { actors } }\"", "application/json");

        answer.AssertRejected("BAD_REQUEST", HttpStatusCode.BadRequest);
        await client.AssertNormalQuerySucceedsAsync();
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task Wrong_content_types_are_unsupported_media(string contentType)
    {
        var client = await factory.ClientAsync();

        var answer = await client.PostRawAsync("{\"query\": \"{ stats { actors } }\"}", contentType);

        answer.AssertRejected("BAD_REQUEST", HttpStatusCode.UnsupportedMediaType);
        await client.AssertNormalQuerySucceedsAsync();
    }
}

/// <summary>A body sent without a Content-Length is cut off at the limit while it streams.</summary>
public sealed class StreamedBodyTests(SmallGraphFactory factory) : IClassFixture<SmallGraphFactory>
{
    [Fact]
    public async Task A_streamed_body_over_the_size_limit_is_refused_with_413()
    {
        var client = await factory.ClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            // JsonContent streams: no Content-Length, so only the limited body stream can stop it
            Content = System.Net.Http.Json.JsonContent.Create(new { query = Http.NormalQuery, variables = new { padding = new string('x', 7 * 1024 * 1024) } }),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        var clock = System.Diagnostics.Stopwatch.StartNew();

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed.TotalMilliseconds:F0} ms");
        await client.AssertNormalQuerySucceedsAsync();
    }
}
