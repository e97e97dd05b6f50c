using KoreaRussiaGraph.Core.Ports;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace KoreaRussiaGraph.GraphQL.Http;

/// <summary>
/// Validators for GET answers, so a front end that polls asks "changed?" and gets 304 until a write lands. An
/// answer is a function of the request and the store's contents, and the store's generation moves on every
/// committed write, so the generation (with the negotiated media type) is the ETag of any clean GET answer.
/// <c>Cache-Control: no-cache</c> lets caches keep the answer but makes them revalidate every time.
/// A store without generations (Neo4j: other processes write) gets no ETag and no 304.
/// </summary>
public static class ConditionalGet
{
    public const string CacheControl = "no-cache";

    /// <summary>The ETag a clean GET answer to this request carries now, or null when there is none to give.</summary>
    public static string? ETagFor(HttpRequest request, string mediaType)
    {
        if (!HttpMethods.IsGet(request.Method)) return null;
        if (request.HttpContext.RequestServices.GetService(typeof(IGraphStore)) is not IGraphStore { Generation: { } generation }) return null;
        // Request headers that change the body (X-Query-Cost adds extensions.cost) make a different representation.
        var cost = request.Headers["X-Query-Cost"].ToString().Length > 0 ? "-cost" : "";
        var media = mediaType == ResponseMediaType.Json ? "json" : "gql";
        return $"W/\"krg-{generation}-{media}{cost}\"";
    }

    /// <summary>Whether the client already holds the answer this ETag names.</summary>
    public static bool NotModified(HttpRequest request, string etag) =>
        EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags)
        && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(EntityTagHeaderValue.Parse(etag), useStrongComparison: false));

    /// <summary>The validator headers of a GET answer (200 or 304).</summary>
    public static void Apply(HttpResponse response, string etag)
    {
        response.Headers.ETag = etag;
        response.Headers.CacheControl = CacheControl;
        response.Headers.Vary = "Accept, X-Query-Cost";
    }
}
