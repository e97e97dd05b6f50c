using KoreaRussiaGraph.Core.Ports;

namespace KoreaRussiaGraph.Extraction.Documents;

/// <summary>Documents on disk for the store-less commands: files and folders expanded to .txt/.md/.html, each with its optional sidecar.</summary>
public static class DocumentFiles
{
    public static readonly string[] Extensions = [".txt", ".md", ".markdown", ".html", ".htm"];

    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var p in paths)
        {
            if (Directory.Exists(p))
                files.AddRange(Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Where(IsDocument).Order(StringComparer.Ordinal));
            else if (File.Exists(p)) files.Add(p);
            else throw new FileNotFoundException($"no such file or folder: {p}", p);
        }
        return files;
    }

    public static bool IsDocument(string path) =>
        Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase) && !path.EndsWith(".meta.json", StringComparison.OrdinalIgnoreCase);

    public static SourceDocument Load(string path)
    {
        var format = Path.GetExtension(path).TrimStart('.').ToLowerInvariant() switch { "htm" => "html", "markdown" => "md", var f => f };
        return new SourceDocument(Path.GetFileNameWithoutExtension(path), format, File.ReadAllText(path), SidecarReader.ReadFor(path));
    }
}
