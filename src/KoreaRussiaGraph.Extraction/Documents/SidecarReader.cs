using System.Text.Json;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;

namespace KoreaRussiaGraph.Extraction.Documents;

/// <summary>
/// Reads an NN.meta.json sidecar (title, url, outlet, published as a partial date, published_basis).
/// A document needs none; a malformed one is an error with the file and the field named.
/// </summary>
public static class SidecarReader
{
    /// <summary>The sidecar path for a document path: the same name with .meta.json in place of its extension.</summary>
    public static string PathFor(string documentPath) =>
        Path.Combine(Path.GetDirectoryName(documentPath) ?? "", Path.GetFileNameWithoutExtension(documentPath) + ".meta.json");

    /// <summary>The sidecar next to a document, or <see cref="DocumentMetadata.None"/> when there is none.</summary>
    public static DocumentMetadata ReadFor(string documentPath)
    {
        var sidecar = PathFor(documentPath);
        return File.Exists(sidecar) ? Read(sidecar) : DocumentMetadata.None;
    }

    public static DocumentMetadata Read(string path)
    {
        JsonDocument json;
        try { json = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }); }
        catch (JsonException e) { throw new InvalidDataException($"sidecar {path} is not valid JSON: {e.Message}", e); }
        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object) throw new InvalidDataException($"sidecar {path} must be a JSON object");
            var root = json.RootElement;
            PartialDate? published = null;
            var publishedText = String(root, "published", path);
            if (publishedText is not null)
            {
                if (!PartialDate.TryParse(publishedText, out var date))
                    throw new InvalidDataException($"sidecar {path}: \"published\" is '{publishedText}', expected YYYY, YYYY-MM or YYYY-MM-DD");
                published = date;
            }
            return new DocumentMetadata(
                Title: String(root, "title", path),
                Url: String(root, "url", path),
                Outlet: String(root, "outlet", path),
                Published: published,
                PublishedBasis: String(root, "published_basis", path) ?? String(root, "publishedBasis", path));
        }
    }

    private static string? String(JsonElement root, string name, string path)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.String) throw new InvalidDataException($"sidecar {path}: \"{name}\" must be a string or null");
        var s = value.GetString()!.Trim();
        return s.Length == 0 ? null : s;
    }
}
