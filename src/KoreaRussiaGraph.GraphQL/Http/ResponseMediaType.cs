using Microsoft.Net.Http.Headers;

namespace KoreaRussiaGraph.GraphQL.Http;

/// <summary>
/// Accept negotiation of the GraphQL-over-HTTP spec: the new media type only when it is named; legacy JSON for a
/// wildcard or no Accept at all, as the spec says a server SHOULD (fetch, curl and most clients send <c>*/*</c> and
/// read any 4xx as a transport failure, which the new media type would use for validation errors).
/// </summary>
public static class ResponseMediaType
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <returns>The media type to answer with, or null when the client accepts neither (406).</returns>
    public static string? Negotiate(IList<string>? acceptHeaders)
    {
        if (acceptHeaders is null || acceptHeaders.Count == 0) return Json;
        if (!MediaTypeHeaderValue.TryParseList(acceptHeaders, out var accepted) || accepted.Count == 0) return Json;
        string? best = null;
        double bestQuality = -1;
        // At equal quality a named type beats a wildcard (RFC 9110 §12.5.1).
        foreach (var candidate in accepted.OrderByDescending(a => a.Quality ?? 1).ThenBy(a => a.MatchesAllSubTypes ? 1 : 0))
        {
            var quality = candidate.Quality ?? 1;
            if (quality <= 0) continue;
            var type = candidate.MediaType.Value?.ToLowerInvariant();
            var match = type switch
            {
                GraphQLResponse => GraphQLResponse,
                Json => Json,
                "*/*" or "application/*" => Json,
                _ => null,
            };
            if (match is not null && quality > bestQuality) { best = match; bestQuality = quality; }
        }
        return best;
    }
}
