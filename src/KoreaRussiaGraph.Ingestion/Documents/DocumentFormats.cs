namespace KoreaRussiaGraph.Ingestion.Documents;

/// <summary>The file extensions a document may have, and the format name each maps to.</summary>
public static class DocumentFormats
{
    public const string Text = "txt";
    public const string Markdown = "md";
    public const string Html = "html";

    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = Text,
        [".md"] = Markdown,
        [".markdown"] = Markdown,
        [".html"] = Html,
        [".htm"] = Html,
    };

    public static IReadOnlyCollection<string> SupportedExtensions => ByExtension.Keys;

    public static string? ForPath(string path) => ByExtension.GetValueOrDefault(Path.GetExtension(path));

    /// <summary>The document id a file stands for: its name without the extension.</summary>
    public static string IdForPath(string path) => Path.GetFileNameWithoutExtension(path);
}
