using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KoreaRussiaGraph.Abuse.Tests;

public sealed record Answer(HttpStatusCode Status, JsonNode Body, HttpResponseMessage Response, TimeSpan Elapsed)
{
    public JsonArray? Errors => Body["errors"] as JsonArray;
    public string? FirstCode => Errors?[0]?["extensions"]?["code"]?.GetValue<string>();
    public string FirstMessage => Errors?[0]?["message"]?.GetValue<string>() ?? "(no error)";
    public JsonNode? Data => Body["data"];

    /// <summary>Rejected with the named error, and fast: a guard against hanging, not a benchmark.</summary>
    public Answer AssertRejected(string code, HttpStatusCode? status = null)
    {
        Assert.True(FirstCode == code, $"expected error code {code}, got {FirstCode}: {Body.ToJsonString()}");
        if (status is { } expected) Assert.Equal(expected, Status);
        Assert.True(Elapsed < Http.RejectionBound, $"rejection took {Elapsed.TotalMilliseconds:F0} ms");
        return this;
    }

    public Answer AssertOk()
    {
        Assert.True(Errors is null || Errors.Count == 0, $"unexpected errors: {Body.ToJsonString()}");
        Assert.Equal(HttpStatusCode.OK, Status);
        return this;
    }
}

public static class Http
{
    /// <summary>
    /// The issue asks for a refusal within one second; the assertion allows three because the clock includes sending
    /// a megabyte through the test server on a CI machine shared with other builds. It catches hangs, not slowness.
    /// </summary>
    public static readonly TimeSpan RejectionBound = TimeSpan.FromSeconds(3);
    public const string NormalQuery = "{ stats { actors relations documents } }";

    public static Task<Answer> PostQueryAsync(this HttpClient client, string query, object? variables = null, Action<HttpRequestMessage>? configure = null)
    {
        // serialised up front, so the body has a Content-Length as real clients send and the clock times the server only
        var body = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(new { query, variables }));
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = body };
        configure?.Invoke(request);
        return client.SendTimedAsync(request);
    }

    public static Task<Answer> PostRawAsync(this HttpClient client, string body, string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return client.SendTimedAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content });
    }

    public static async Task<Answer> SendTimedAsync(this HttpClient client, HttpRequestMessage request)
    {
        using (request)
        {
            if (request.Headers.Accept.Count == 0) request.Headers.Accept.ParseAdd("application/graphql-response+json");
            var clock = Stopwatch.StartNew();
            var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            clock.Stop();
            var body = string.IsNullOrWhiteSpace(text) ? new JsonObject() : JsonNode.Parse(text)!;
            return new Answer(response.StatusCode, body, response, clock.Elapsed);
        }
    }

    /// <summary>After every rejection the server must still answer an ordinary query.</summary>
    public static async Task AssertNormalQuerySucceedsAsync(this HttpClient client)
    {
        var answer = await client.PostQueryAsync(NormalQuery);
        answer.AssertOk();
        Assert.NotNull(answer.Data?["stats"]?["actors"]);
    }
}
