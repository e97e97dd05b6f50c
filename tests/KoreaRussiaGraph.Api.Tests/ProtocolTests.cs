using System.Net;
using System.Text;

namespace KoreaRussiaGraph.Api.Tests;

/// <summary>The GraphQL-over-HTTP points of the spec this endpoint follows.</summary>
public sealed class ProtocolTests(FixtureApiFactory factory) : IClassFixture<FixtureApiFactory>
{
    private static HttpRequestMessage Post(string body, string contentType = "application/json", string accept = "application/graphql-response+json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new(contentType);
        request.Headers.Accept.ParseAdd(accept);
        return request;
    }

    [Fact]
    public async Task Post_answers_with_the_graphql_response_media_type()
    {
        var client = await factory.ClientAsync();
        var response = await client.SendGraphQLAsync(Post("""{"query":"{ stats { relations } }"}"""));
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/graphql-response+json", response.ContentType);
    }

    [Fact]
    public async Task Get_runs_queries_with_variables_from_the_query_string()
    {
        var client = await factory.ClientAsync();
        var query = Uri.EscapeDataString("query($id: ID!) { actor(id: $id) { name } }");
        var variables = Uri.EscapeDataString("""{"id":"russia"}""");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={query}&variables={variables}");
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        var response = (await client.SendGraphQLAsync(request)).AssertNoErrors();
        Assert.Equal("Russia", response.Data!["actor"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Legacy_json_accept_gets_application_json()
    {
        var client = await factory.ClientAsync();
        var response = await client.SendGraphQLAsync(Post("""{"query":"{ stats { relations } }"}""", accept: "application/json"));
        Assert.Equal("application/json", response.ContentType);
    }

    // graphql-http's audits: a wildcard or no Accept SHOULD get application/json (clients that send */* read any 4xx
    // as a transport failure); the new media type goes to those that name it, even beside a wildcard.
    [Theory]
    [InlineData("*/*", "application/json")]
    [InlineData("application/*", "application/json")]
    [InlineData(null, "application/json")]
    [InlineData("application/graphql-response+json, */*", "application/graphql-response+json")]
    [InlineData("*/*, application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json;q=0.9, application/graphql-response+json", "application/graphql-response+json")]
    public async Task Wildcards_and_no_accept_get_application_json(string? accept, string expected)
    {
        var client = await factory.ClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ stats { relations } }"}""", Encoding.UTF8) };
        request.Content.Headers.ContentType = new("application/json");
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        var response = await client.SendGraphQLAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(expected, response.ContentType);
    }

    [Fact]
    public async Task Non_json_post_is_415()
    {
        var client = await factory.ClientAsync();
        var response = await client.SendGraphQLAsync(Post("{ stats { relations } }", contentType: "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Contains("application/json", response.FirstErrorMessage);
    }

    [Fact]
    public async Task Malformed_json_is_400()
    {
        var client = await factory.ClientAsync();
        var response = await client.SendGraphQLAsync(Post("""{"query": "{ stats """));
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("not valid JSON", response.FirstErrorMessage);
    }

    [Fact]
    public async Task Syntax_and_validation_errors_are_400_under_the_new_media_type_and_200_under_legacy_json()
    {
        var client = await factory.ClientAsync();
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendGraphQLAsync(Post("""{"query":"{ stats { "}"""))).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendGraphQLAsync(Post("""{"query":"{ noSuchField }"}"""))).Status);
        var legacy = await client.SendGraphQLAsync(Post("""{"query":"{ noSuchField }"}""", accept: "application/json"));
        Assert.Equal(HttpStatusCode.OK, legacy.Status);
        Assert.NotNull(legacy.Errors);
    }

    [Fact]
    public async Task Variables_of_the_wrong_type_are_400()
    {
        var client = await factory.ClientAsync();
        var response = await client.SendGraphQLAsync(Post("""{"query":"query($d: Int) { neighbourhood(actor: \"russia\", depth: $d) { truncated } }","variables":{"d":"deep"}}"""));
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
    }

    [Fact]
    public async Task Mutation_over_get_is_405()
    {
        var client = await factory.ClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { anything }"));
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Unacceptable_accept_is_406()
    {
        var client = await factory.ClientAsync();
        var response = await client.SendGraphQLAsync(Post("""{"query":"{ stats { relations } }"}""", accept: "text/csv"));
        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
    }

    [Fact]
    public async Task Batches_are_refused_by_default()
    {
        var client = await factory.ClientAsync();
        var response = await client.SendGraphQLAsync(Post("""[{"query":"{ stats { relations } }"}]"""));
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("Batched requests", response.FirstErrorMessage);
    }

    [Fact]
    public async Task Queries_nested_past_the_maximum_depth_are_rejected()
    {
        var client = await factory.ClientAsync();
        var nested = "id";
        for (var i = 0; i < 10; i++) nested = $"relations(first: 1) {{ nodes {{ source {{ {nested} }} }} }}";
        var response = await client.PostGraphQLAsync($"{{ actor(id: \"russia\") {{ {nested} }} }}");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("QUERY_TOO_DEEP", response.FirstErrorCode);
        Assert.Contains("15", response.FirstErrorMessage);
    }
}
