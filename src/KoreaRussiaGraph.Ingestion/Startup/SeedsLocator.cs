namespace KoreaRussiaGraph.Ingestion.Startup;

/// <summary>Finds the seeds folder: the configured path against the working directory, else the copy beside the binary.</summary>
public static class SeedsLocator
{
    public static string? Locate(string? configured)
    {
        var path = string.IsNullOrWhiteSpace(configured) ? "seeds" : configured;
        var candidates = Path.IsPathRooted(path)
            ? [path]
            : new[] { Path.GetFullPath(path), Path.Combine(AppContext.BaseDirectory, path) };
        return candidates.FirstOrDefault(Directory.Exists);
    }
}
