using KoreaRussiaGraph.Testing;
using System.Net.Http.Json;

namespace KoreaRussiaGraph.Api.Tests;

public sealed class KeyedApiFactory : TempStoreHostFactory
{
    public const string Key = "test-key-123";
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Api:Key", Key)];
}

public sealed class MutationTests(KeyedApiFactory keyed, FixtureApiFactory keyless) : IClassFixture<KeyedApiFactory>, IClassFixture<FixtureApiFactory>
{
    private const string Mutation = """
        mutation($input: IngestDocumentInput!) {
          ingestDocument(input: $input) {
            status error added
            document { id status published }
            relations { type source { id } target { id } date status citation { quote document { id } } }
          }
        }
        """;

    private static object Input(string id, string? text = "Russia supplied oil to North Korea in 2019.", string? html = null) =>
        new { input = new { id, title = "A test report", published = "2024-03-05", text, html } };

    private static async Task<GraphQLResponse> SendAsync(HttpClient client, object variables, string? apiKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Mutation, variables }) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (apiKey is not null) request.Headers.Add("X-Api-Key", apiKey);
        return await client.SendGraphQLAsync(request);
    }

    [Fact]
    public async Task Without_a_configured_key_mutations_are_off_and_say_so()
    {
        var response = await SendAsync(await keyless.ClientAsync(), Input("doc-a"), apiKey: "anything");
        Assert.Equal("MUTATIONS_DISABLED", response.FirstErrorCode);
        Assert.Contains("Api:Key", response.FirstErrorMessage);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task A_missing_or_wrong_key_is_refused(string? apiKey)
    {
        var response = await SendAsync(keyed.CreateClient(), Input("doc-b"), apiKey);
        Assert.Equal("UNAUTHORIZED", response.FirstErrorCode);
    }

    [Fact]
    public async Task A_keyed_mutation_ingests_and_returns_the_cited_relations_then_queries_see_them()
    {
        var client = keyed.CreateClient();
        var response = (await SendAsync(client, Input("doc-c"), KeyedApiFactory.Key)).AssertNoErrors();
        var payload = response.Data!["ingestDocument"]!;
        Assert.Equal("INGESTED", payload["status"]!.GetValue<string>());
        Assert.Equal("INGESTED", payload["document"]!["status"]!.GetValue<string>());
        Assert.Equal("2024-03-05", payload["document"]!["published"]!.GetValue<string>());
        var supplied = Assert.Single(payload["relations"]!.AsArray(), r => r!["type"]!.GetValue<string>() == "SUPPLIED");
        Assert.Equal("russia", supplied!["source"]!["id"]!.GetValue<string>());
        Assert.Equal("north-korea", supplied["target"]!["id"]!.GetValue<string>());
        Assert.Equal("doc-c", supplied["citation"]!["document"]!["id"]!.GetValue<string>());

        var after = (await client.PostGraphQLAsync("{ document(id: \"doc-c\") { relationCount } }")).AssertNoErrors();
        Assert.True(after.Data!["document"]!["relationCount"]!.GetValue<int>() >= 1);

        var again = (await SendAsync(client, Input("doc-c"), KeyedApiFactory.Key)).AssertNoErrors();
        Assert.Equal("UNCHANGED", again.Data!["ingestDocument"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_ill_formed_document_is_refused_with_every_problem_named()
    {
        var response = await SendAsync(keyed.CreateClient(), Input("bad id!", text: "x", html: "<p>x</p>"), KeyedApiFactory.Key);
        Assert.Equal("INVALID_DOCUMENT", response.FirstErrorCode);
        Assert.Contains("either text or html", response.FirstErrorMessage);
        Assert.Contains("id", response.FirstErrorMessage);
    }
}
