using System.Diagnostics;
using KoreaRussiaGraph.Krg.Limits;

namespace KoreaRussiaGraph.Krg.Observability;

/// <summary>
/// One structured line per request: method, path, status, duration, request id and client. The request id is the
/// caller's X-Request-Id when it sent a sane one, else the server's; it is echoed back and scopes every log line
/// written while the request runs, so a slow query can be traced from the access line to the store's messages.
/// </summary>
public sealed class RequestLogging(RequestDelegate next, ILogger<RequestLogging> logger)
{
    public const string RequestIdHeader = "X-Request-Id";

    public async Task InvokeAsync(HttpContext http)
    {
        var requestId = RequestIdOf(http);
        http.TraceIdentifier = requestId;
        http.Response.Headers[RequestIdHeader] = requestId;
        var started = Stopwatch.GetTimestamp();
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["RequestId"] = requestId });
        try
        {
            await next(http);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var status = http.RequestAborted.IsCancellationRequested && !http.Response.HasStarted ? 499 : http.Response.StatusCode;
            logger.Log(status >= 500 ? LogLevel.Error : LogLevel.Information,
                "{Method} {Path} {Status} {DurationMs} ms request={RequestId} client={Client}",
                http.Request.Method, http.Request.Path.Value, status, Math.Round(elapsed, 1), requestId, ClientIdentity.Of(http));
        }
    }

    private static string RequestIdOf(HttpContext http)
    {
        var offered = http.Request.Headers[RequestIdHeader].ToString();
        return offered.Length is > 0 and <= 64 && offered.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':')
            ? offered
            : http.TraceIdentifier;
    }
}

public static class RequestLoggingExtensions
{
    /// <summary>First in the pipeline, so refusals (413, 429) are logged with their duration too.</summary>
    public static WebApplication UseRequestLogging(this WebApplication app)
    {
        app.UseMiddleware<RequestLogging>();
        return app;
    }
}
