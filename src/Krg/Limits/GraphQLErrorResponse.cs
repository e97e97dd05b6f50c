using System.Text.Json;
using KoreaRussiaGraph.GraphQL.Http;

namespace KoreaRussiaGraph.Krg.Limits;

/// <summary>A GraphQL-shaped error body for answers given before the GraphQL endpoint runs (413, 429), so clients parse one format.</summary>
public static class GraphQLErrorResponse
{
    public static async Task WriteAsync(HttpContext http, int status, string code, string message, IReadOnlyDictionary<string, object?>? details = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        foreach (var (key, value) in details ?? new Dictionary<string, object?>()) extensions[key] = value;
        var body = new { errors = new[] { new { message, extensions } } };

        http.Response.StatusCode = status;
        http.Response.ContentType = (ResponseMediaType.Negotiate(http.Request.Headers.Accept) ?? ResponseMediaType.Json) + "; charset=utf-8";
        await JsonSerializer.SerializeAsync(http.Response.Body, body, cancellationToken: http.RequestAborted);
    }
}
