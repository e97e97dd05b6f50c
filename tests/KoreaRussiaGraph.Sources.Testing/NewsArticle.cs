using System.Text.Json;

namespace KoreaRussiaGraph.Sources.Testing;

/// <summary>An article as clean text plus what its sidecar says, to be dressed up as a web page.</summary>
public sealed record NewsArticle(string Id, string Title, IReadOnlyList<string> Paragraphs, string? Outlet, string? Published, string? OriginalUrl)
{
    /// <summary>
    /// The clean articles of a folder (NN.txt with NN.meta.json), read at run time: the shared dev set stays where it
    /// is and is never copied into this repository.
    /// </summary>
    public static IReadOnlyList<NewsArticle> LoadFolder(string folder) =>
        Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(Load).ToList();

    public static NewsArticle Load(string path)
    {
        // One paragraph a line, as the file ingestion reads a .txt (some files separate paragraphs by blank lines, some do not).
        var blocks = File.ReadAllText(path).Replace("\r\n", "\n").Split('\n')
            .Select(b => string.Join(' ', b.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).Where(b => b.Length > 0).ToList();
        string? title = null, outlet = null, published = null, url = null;
        var sidecar = Path.ChangeExtension(path, ".meta.json");
        if (File.Exists(sidecar))
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(sidecar));
            string? Get(string name) => json.RootElement.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            (title, outlet, published, url) = (Get("title"), Get("outlet"), Get("published"), Get("url"));
        }
        title ??= blocks[0];
        var paragraphs = blocks.Count > 0 && blocks[0] == title ? blocks.Skip(1).ToList() : blocks;
        return new NewsArticle(Path.GetFileNameWithoutExtension(path), title, paragraphs, outlet, published, url);
    }

    /// <summary>The clean text the way the file ingestion reads it: the title line, then the paragraphs.</summary>
    public string CleanText => string.Join("\n\n", Paragraphs.Prepend(Title));
}
