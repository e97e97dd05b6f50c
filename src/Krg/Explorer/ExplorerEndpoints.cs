using Microsoft.Net.Http.Headers;

namespace KoreaRussiaGraph.Krg.Explorer;

/// <summary>
/// The graph explorer at <c>/</c> and the GraphQL IDE page, both built by npm into wwwroot/dist
/// (see Explorer/build.mjs and the BuildExplorer target in Krg.csproj).
/// </summary>
public static class ExplorerEndpoints
{
    public const string ExplorerPage = "dist/index.html";
    public const string IdePage = "dist/graphiql.html";

    /// <summary>Serves <c>/</c> and the static assets (<c>/dist/…</c>) from the web root.</summary>
    public static WebApplication MapExplorer(this WebApplication app)
    {
        app.UseStaticFiles();
        app.MapGet("/", () => new WebRootPage(ExplorerPage)).ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// True for a browser opening /graphql: a GET without a <c>query</c> parameter whose Accept header
    /// ranks text/html above every JSON type. GraphQL clients never ask for HTML, so they keep getting JSON.
    /// </summary>
    public static bool WantsGraphiQL(HttpContext ctx)
    {
        var request = ctx.Request;
        if (!HttpMethods.IsGet(request.Method) || request.Query.ContainsKey("query")) return false;
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted) || accepted.Count == 0) return false;

        double Quality(Func<MediaTypeHeaderValue, bool> matches) =>
            accepted.Where(matches).Select(m => m.Quality ?? 1.0).DefaultIfEmpty(0).Max();

        var html = Quality(m => m.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
        var json = Quality(m => m.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                             || m.MediaType.Equals("application/graphql-response+json", StringComparison.OrdinalIgnoreCase));
        return html > 0 && html > json;
    }

    /// <summary>The GraphiQL page with the example queries preloaded.</summary>
    public static IResult GraphiQLPage() => new WebRootPage(IdePage);
}
