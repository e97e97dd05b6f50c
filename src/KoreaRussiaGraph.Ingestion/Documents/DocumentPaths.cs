namespace KoreaRussiaGraph.Ingestion.Documents;

/// <summary>Expands the paths a user names (files and folders) into the document files to ingest.</summary>
public sealed class DocumentPaths(IReadOnlyCollection<string> ignoredSuffixes)
{
    /// <summary>
    /// Folders are walked recursively in ordinal order; sidecars, hidden files and scratch files are passed over there.
    /// A file named explicitly is always returned (a sidecar named explicitly stands for its document), so that
    /// an unsupported one is reported rather than silently dropped. Missing paths are returned as they are; loading reports them.
    /// </summary>
    public IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                foreach (var file in Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                    if (IsDocumentCandidate(file) && !IsHiddenBelow(full, file) && seen.Add(file)) result.Add(file);
            }
            else if (SidecarReader.IsSidecar(full))
            {
                if (SidecarReader.DocumentFor(full) is { } document && seen.Add(document)) result.Add(document);
            }
            else if (seen.Add(full)) result.Add(full);
        }
        return result;
    }

    /// <summary>Whether a file met while walking a folder is a document to ingest.</summary>
    public bool IsDocumentCandidate(string file)
    {
        var name = Path.GetFileName(file);
        if (name.StartsWith('.')) return false;
        if (SidecarReader.IsSidecar(name)) return false;
        return !ignoredSuffixes.Any(suffix => name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsHiddenBelow(string root, string file)
    {
        var relative = Path.GetRelativePath(root, Path.GetDirectoryName(file)!);
        return relative != "." && relative.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'));
    }
}
