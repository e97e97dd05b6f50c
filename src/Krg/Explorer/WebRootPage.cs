using Microsoft.Extensions.FileProviders;

namespace KoreaRussiaGraph.Krg.Explorer;

/// <summary>
/// An HTML page read from the web root at request time. When the front end was never built the page
/// says so (503) instead of a bare 404, because the fix is a build step, not a wrong URL.
/// </summary>
internal sealed class WebRootPage(string relativePath) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var files = httpContext.RequestServices.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider;
        var file = files.GetFileInfo(relativePath);
        var response = httpContext.Response;
        if (!file.Exists || file.IsDirectory)
        {
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync(
                $"The explorer front end is not built: {relativePath} is missing from the web root. " +
                "Build src/Krg with node 20+ and npm installed (dotnet build runs `npm ci` and `npm run build` in src/Krg/Explorer).");
            return;
        }
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.ContentLength = file.Length;
        await using var stream = file.CreateReadStream();
        await stream.CopyToAsync(response.Body, httpContext.RequestAborted);
    }
}
