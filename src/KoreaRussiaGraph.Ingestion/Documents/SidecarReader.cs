using System.Text;
using System.Text.Json;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;

namespace KoreaRussiaGraph.Ingestion.Documents;

/// <summary>A sidecar that exists but cannot be trusted; the document is recorded as failed with this message.</summary>
public sealed class SidecarFormatException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Reads <c>&lt;name&gt;.meta.json</c> next to a document: title, url, outlet, published (a partial date)
/// and published_basis (how that date was established). The one sidecar reader of the code base.
/// </summary>
public static class SidecarReader
{
    public const string Suffix = ".meta.json";

    public static bool IsSidecar(string path) => path.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>Where the sidecar of a document file lives, whether or not it exists.</summary>
    public static string PathFor(string documentPath)
    {
        var folder = Path.GetDirectoryName(documentPath) ?? "";
        return Path.Combine(folder, Path.GetFileNameWithoutExtension(documentPath) + Suffix);
    }

    /// <summary>The document a sidecar belongs to, when one with a supported extension exists.</summary>
    public static string? DocumentFor(string sidecarPath)
    {
        var folder = Path.GetDirectoryName(sidecarPath) ?? "";
        var name = Path.GetFileName(sidecarPath);
        var stem = name[..^Suffix.Length];
        return DocumentFormats.SupportedExtensions
            .Select(ext => Path.Combine(folder, stem + ext))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>The metadata of the document at <paramref name="documentPath"/>: its sidecar's, or none when it has no sidecar.</summary>
    /// <exception cref="SidecarFormatException">The sidecar exists but is not valid.</exception>
    /// <param name="warn">Told what was dropped from a sidecar that is otherwise fine (a url that is not http or https).</param>
    public static DocumentMetadata ReadFor(string documentPath, Action<string>? warn = null)
    {
        var sidecar = PathFor(documentPath);
        return File.Exists(sidecar) ? Read(sidecar, warn) : DocumentMetadata.None;
    }

    /// <exception cref="SidecarFormatException">The file is not a JSON object of the expected shape.</exception>
    public static DocumentMetadata Read(string sidecarPath, Action<string>? warn = null)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(sidecarPath); }
        catch (IOException e) { throw new SidecarFormatException($"sidecar {Path.GetFileName(sidecarPath)} cannot be read: {e.Message}", e); }
        return Parse(bytes, Path.GetFileName(sidecarPath), warn);
    }

    public static DocumentMetadata Parse(ReadOnlySpan<byte> json, string name, Action<string>? warn = null)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }); }
        catch (JsonException e) { throw new SidecarFormatException($"sidecar {name} is not valid JSON (line {e.LineNumber + 1}): {FirstSentence(e.Message)}", e); }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                throw new SidecarFormatException($"sidecar {name} must hold a JSON object, not {doc.RootElement.ValueKind.ToString().ToLowerInvariant()}");
            var root = doc.RootElement;
            var published = OptionalString(root, name, "published");
            PartialDate? date = null;
            if (published is not null)
            {
                if (!PartialDate.TryParse(published, out var parsed))
                    throw new SidecarFormatException($"sidecar {name}: 'published' is \"{published}\", not a partial date (YYYY, YYYY-MM or YYYY-MM-DD)");
                date = parsed;
            }
            var url = OptionalString(root, name, "url");
            Uri? uri = null;
            if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out uri))
                throw new SidecarFormatException($"sidecar {name}: 'url' is \"{url}\", not an absolute URL");
            // The explorer renders the url as a link: javascript:, data: or file: would run or open whatever the
            // sidecar's author chose. The rest of the sidecar is good, so only the url goes.
            if (url is not null && uri!.Scheme is not ("http" or "https"))
            {
                warn?.Invoke($"sidecar {name}: 'url' has the scheme '{uri.Scheme}', only http and https are kept; url dropped");
                url = null;
            }
            return new DocumentMetadata(
                Title: OptionalString(root, name, "title"),
                Url: url,
                Outlet: OptionalString(root, name, "outlet"),
                Published: date,
                PublishedBasis: OptionalString(root, name, "published_basis") ?? OptionalString(root, name, "publishedBasis"));
        }
    }

    private static string? OptionalString(JsonElement root, string name, string property)
    {
        if (!root.TryGetProperty(property, out var value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetString()) ? null : value.GetString()!.Trim(),
            _ => throw new SidecarFormatException($"sidecar {name}: '{property}' must be a string, not {value.ValueKind.ToString().ToLowerInvariant()}"),
        };
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut < 0 ? message : message[..(cut + 1)];
    }
}
