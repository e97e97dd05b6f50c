using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Hosting.Server;

namespace KoreaRussiaGraph.Sources.Testing;

/// <summary>
/// A web server on 127.0.0.1 (a free port) inside the calling process, serving whatever routes the caller sets,
/// and counting the requests each path received. Routes can change while it runs (an Atom feed updated in place).
/// </summary>
public sealed class LocalSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, RequestDelegate> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Path, string? UserAgent, string? IfNoneMatch, string? IfModifiedSince)> _log = new();

    private LocalSite(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<LocalSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        var site = new LocalSite(app);
        app.Run(async context =>
        {
            var key = context.Request.Path.Value + context.Request.QueryString.Value;
            site._hits.AddOrUpdate(key, 1, (_, n) => n + 1);
            site._log.Enqueue((key, context.Request.Headers.UserAgent.ToString(), context.Request.Headers.IfNoneMatch.ToString(), context.Request.Headers.IfModifiedSince.ToString()));
            if (site._routes.TryGetValue(key, out var handler) || site._routes.TryGetValue(context.Request.Path.Value ?? "", out handler))
                await handler(context);
            else
                context.Response.StatusCode = StatusCodes.Status404NotFound;
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        site.BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1") + "/");
        return site;
    }

    public Uri Url(string path) => new(BaseAddress, path.TrimStart('/'));

    public void Map(string path, RequestDelegate handler) => _routes[path] = handler;

    /// <summary>Serves fixed bytes with a content type (charset included when the caller says so).</summary>
    public void MapContent(string path, string contentType, byte[] body) => Map(path, async context =>
    {
        context.Response.ContentType = contentType;
        await context.Response.Body.WriteAsync(body);
    });

    public void MapHtml(string path, string html) => MapContent(path, "text/html; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(html));

    public void MapRedirect(string path, string to, int status = StatusCodes.Status301MovedPermanently) => Map(path, context =>
    {
        context.Response.StatusCode = status;
        context.Response.Headers.Location = to;
        return Task.CompletedTask;
    });

    public int Hits(string path) => _hits.TryGetValue(path, out var n) ? n : 0;

    public int TotalHits => _hits.Values.Sum();

    public IReadOnlyList<(string Path, string? UserAgent, string? IfNoneMatch, string? IfModifiedSince)> Requests => _log.ToArray();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
