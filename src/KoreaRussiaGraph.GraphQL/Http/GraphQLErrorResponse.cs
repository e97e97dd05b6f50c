using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace KoreaRussiaGraph.GraphQL.Http;

/// <summary>
/// A GraphQL-shaped error body for answers given before a query executes (400, 405, 406, 413, 415, 429), from the
/// endpoint or from middleware in front of it, so clients parse one format whatever refused them.
/// </summary>
public static class GraphQLErrorResponse
{
    /// <param name="mediaType">The negotiated response type; null negotiates from the request's Accept header.</param>
    public static async Task WriteAsync(HttpContext http, int status, string code, string message,
        IReadOnlyDictionary<string, object?>? details = null, string? mediaType = null)
    {
        var error = new ExecutionError(message) { Code = code };
        foreach (var (key, value) in details ?? new Dictionary<string, object?>()) (error.Extensions ??= [])[key] = value;
        var result = new ExecutionResult { Executed = false };
        result.AddError(error);

        http.Response.StatusCode = status;
        http.Response.ContentType = (mediaType ?? ResponseMediaType.Negotiate(http.Request.Headers.Accept) ?? ResponseMediaType.Json) + "; charset=utf-8";
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
