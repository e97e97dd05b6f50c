using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KoreaRussiaGraph.Api.Tests;

public sealed record GraphQLResponse(HttpStatusCode Status, string? ContentType, JsonNode Body)
{
    public JsonNode? Data => Body["data"];
    public JsonArray? Errors => Body["errors"] as JsonArray;
    public string FirstErrorMessage => Errors?[0]?["message"]?.GetValue<string>() ?? "(no error)";
    public string? FirstErrorCode => Errors?[0]?["extensions"]?["code"]?.GetValue<string>();

    public GraphQLResponse AssertNoErrors()
    {
        Assert.True(Errors is null || Errors.Count == 0, $"unexpected errors: {Body.ToJsonString()}");
        Assert.Equal(HttpStatusCode.OK, Status);
        return this;
    }
}

public static class GraphQLClient
{
    public static async Task<GraphQLResponse> PostGraphQLAsync(this HttpClient client, string query, object? variables = null, string accept = "application/graphql-response+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.ParseAdd(accept);
        return await SendGraphQLAsync(client, request);
    }

    public static async Task<GraphQLResponse> SendGraphQLAsync(this HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = string.IsNullOrWhiteSpace(text) ? new JsonObject() : JsonNode.Parse(text)!;
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
    }

    public static string[] Strings(this JsonNode? array, string path = "") =>
        (array as JsonArray ?? []).Select(n => Walk(n, path)!.GetValue<string>()).ToArray();

    private static JsonNode? Walk(JsonNode? node, string path)
    {
        foreach (var part in path.Split('.', StringSplitOptions.RemoveEmptyEntries)) node = node?[part];
        return node;
    }

    public static string Json(this JsonNode node) => node.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
}
