using System.Net;
using System.Text;

namespace KoreaRussiaGraph.Api.Tests;

/// <summary>Every refusal says what was wrong, where, and what is accepted, in the sender's terms.</summary>
public sealed class ReaderErrorsTests(FixtureApiFactory factory) : IClassFixture<FixtureApiFactory>
{
    private const string RelationTypes = "ACCUSED, DENIED, INVADED, MESSAGED, MET, OPPOSED, SANCTIONED, SIGNED, SUPPLIED, SUPPORTED, VETOED, VISITED";

    private async Task<(HttpStatusCode Status, string Raw, GraphQLResponse Response)> PostRawAsync(string body, string accept = "application/graphql-response+json")
    {
        var client = await factory.ClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd(accept);
        using var response = await client.SendAsync(request);
        var raw = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, raw, new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, System.Text.Json.Nodes.JsonNode.Parse(raw)!));
    }

    [Fact]
    public async Task Malformed_json_names_the_place_and_the_cause_not_the_parser_internals()
    {
        var (status, _, response) = await PostRawAsync("""{"query": "{ stats { actors } }" """);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("The request body is not valid JSON at line 1, column ", response.FirstErrorMessage);
        Assert.Contains("it ends before every { and [ is closed", response.FirstErrorMessage);
        Assert.DoesNotContain("Expected depth", response.FirstErrorMessage);
        Assert.DoesNotContain("reader options", response.FirstErrorMessage);
    }

    [Fact]
    public async Task Variables_sent_as_a_string_say_to_send_the_object_itself()
    {
        var (status, _, response) = await PostRawAsync("""{"query":"query($id: ID!) { actor(id: $id) { name } }","variables":"{\"id\":\"russia\"}"}""");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("'variables' must be a JSON object (or null); got a string.", response.FirstErrorMessage);
        Assert.DoesNotContain("GraphQL.Inputs", response.FirstErrorMessage);
    }

    [Fact]
    public async Task A_query_that_is_not_a_string_is_refused_naming_the_member()
    {
        var (status, _, response) = await PostRawAsync("""{"query": {"stats": true}}""");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("'query' must be a string holding the GraphQL document; got an object.", response.FirstErrorMessage);
    }

    [Fact]
    public async Task Variables_sent_as_a_string_over_get_are_refused_the_same_way()
    {
        var client = await factory.ClientAsync();
        var query = Uri.EscapeDataString("query($id: ID!) { actor(id: $id) { name } }");
        var response = await client.SendGraphQLAsync(new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={query}&variables=%22russia%22"));
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("The 'variables' parameter must be a URL-encoded JSON object; got a string.", response.FirstErrorMessage);
    }

    [Fact]
    public async Task An_unknown_enum_literal_lists_the_valid_values_and_the_closest()
    {
        var client = await factory.ClientAsync();
        var response = await client.PostGraphQLAsync("{ relations(filter: { types: [MEET] }) { totalCount } }");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("Expected type 'RelationType', found MEET.", response.FirstErrorMessage);
        Assert.EndsWith($"'MEET' is not a valid RelationType. Did you mean MET? RelationType is one of {RelationTypes}.", response.FirstErrorMessage);
    }

    [Fact]
    public async Task An_unknown_enum_variable_lists_the_valid_values_too()
    {
        var client = await factory.ClientAsync();
        var response = await client.PostGraphQLAsync("query($f: RelationFilter) { relations(filter: $f) { totalCount } }",
            new { f = new { statuses = new[] { "RUMOURED" } } });
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("$f.statuses[0]", response.FirstErrorMessage);
        Assert.EndsWith("'RUMOURED' is not a valid ClaimStatus. ClaimStatus is one of ASSERTED, ALLEGED, DENIED, PLANNED.", response.FirstErrorMessage);
    }

    [Theory]
    [InlineData("{ relations(filter: { from: \"2019-13\" }) { totalCount } }")]
    [InlineData("{ relations(filter: { to: \"May 2024\" }) { totalCount } }")]
    public async Task A_bad_partial_date_gets_the_format(string query)
    {
        var client = await factory.ClientAsync();
        var response = await client.PostGraphQLAsync(query);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("'PartialDate'", response.FirstErrorMessage);
        Assert.EndsWith("A PartialDate is a string \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\" with a real month and day, e.g. \"2019\", \"2023-07\", \"2023-08-15\".", response.FirstErrorMessage);
    }

    [Fact]
    public async Task Apostrophes_are_written_as_apostrophes_not_unicode_escapes()
    {
        var (_, raw, response) = await PostRawAsync("""{"query":"{ neighbourhood(actor: \"kim\") { truncated } }"}""");
        Assert.Equal("UNKNOWN_ACTOR", response.FirstErrorCode);
        Assert.Contains("No actor has the id 'kim'.", raw);
        Assert.DoesNotContain("\\u0027", raw);
    }
}
