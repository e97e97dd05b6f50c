using KoreaRussiaGraph.Ingestion.Documents;

namespace KoreaRussiaGraph.Ingestion.Tests.Support;

/// <summary>The seed articles copied beside the test binary: realistic, well-formed documents.</summary>
public static class Seeds
{
    public static string Folder => System.IO.Path.Combine(AppContext.BaseDirectory, "seeds");

    public static IReadOnlyList<string> Articles =>
        Directory.EnumerateFiles(Folder).Where(f => DocumentFormats.ForPath(f) is not null).Order(StringComparer.Ordinal).ToList();

    /// <summary>Copies the articles (with their sidecars) into <paramref name="target"/>.</summary>
    public static void CopyTo(string target)
    {
        foreach (var file in Directory.EnumerateFiles(Folder))
            File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)), overwrite: true);
    }
}
