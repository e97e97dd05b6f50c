using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace KoreaRussiaGraph.Sources;

/// <summary>URLs as this project keeps them: absolute http(s) only, normalised so one article has one address and one document id.</summary>
public static partial class WebAddress
{
    public static bool TryParse(string? text, out Uri uri)
    {
        uri = null!;
        if (string.IsNullOrWhiteSpace(text)) return false;
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https")) return false;
        uri = parsed;
        return true;
    }

    public static bool LooksLikeUrl(string text) =>
        text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The form two addresses of one article share: lower-case host without "www.", no fragment, no default port,
    /// no tracking parameters (utm_*, fbclid, gclid, …), no trailing slash. The scheme is kept out of the id, since
    /// sites serve one article on http and https.
    /// </summary>
    public static string Normalise(Uri uri)
    {
        var host = uri.IdnHost.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal)) host = host[4..];
        var port = uri.IsDefaultPort ? "" : ":" + uri.Port;
        var path = uri.AbsolutePath.TrimEnd('/');
        var query = string.Join('&', uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !IsTracking(pair.Split('=')[0])).Order(StringComparer.Ordinal));
        return host + port + path + (query.Length > 0 ? "?" + query : "");
    }

    /// <summary>
    /// The document id of a page: readable (host and the last path segment) and unique (a hash of the normalised
    /// address), within the ingestor's id shape and length.
    /// </summary>
    public static string DocumentId(Uri canonical)
    {
        var normal = Normalise(canonical);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normal)))[..12];
        var host = canonical.IdnHost.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal)) host = host[4..];
        var segment = canonical.Segments.Select(s => Uri.UnescapeDataString(s.Trim('/'))).LastOrDefault(s => s.Length > 0) ?? "";
        segment = Path.GetFileNameWithoutExtension(segment);
        var slug = Slug().Replace(segment.ToLowerInvariant(), "-").Trim('-');
        if (slug.Length > 60) slug = slug[..60].TrimEnd('-');
        var readable = Slug().Replace(host, "-").Trim('-');
        return (slug.Length > 0 ? $"{readable}_{slug}_{hash}" : $"{readable}_{hash}");
    }

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase)
        || name is "fbclid" or "gclid" or "mc_cid" or "mc_eid" or "ocid" or "cmpid" or "ref" or "taid";

    [GeneratedRegex("[^a-z0-9.]+")]
    private static partial Regex Slug();
}
