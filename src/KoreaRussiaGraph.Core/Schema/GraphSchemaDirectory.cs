namespace KoreaRussiaGraph.Core.Schema;

/// <summary>
/// Where graph-schema/ lives: an explicit path, else the copy next to the binary (every build carries one),
/// else the nearest graph-schema/ above the working directory (running from a checkout).
/// </summary>
public sealed class GraphSchemaDirectory
{
    public string Path { get; }

    public GraphSchemaDirectory(string path)
    {
        if (!Directory.Exists(path)) throw new DirectoryNotFoundException($"graph-schema directory '{path}' does not exist");
        Path = System.IO.Path.GetFullPath(path);
    }

    public string File(string relative)
    {
        var full = System.IO.Path.Combine(Path, relative);
        return System.IO.File.Exists(full) ? full : throw new FileNotFoundException($"graph-schema file '{relative}' is missing under {Path}", full);
    }

    public static GraphSchemaDirectory Locate(string? configured = null)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return new GraphSchemaDirectory(configured);
        var besideBinary = System.IO.Path.Combine(AppContext.BaseDirectory, "graph-schema");
        if (Directory.Exists(besideBinary)) return new GraphSchemaDirectory(besideBinary);
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "graph-schema");
            if (Directory.Exists(candidate)) return new GraphSchemaDirectory(candidate);
        }
        throw new DirectoryNotFoundException("graph-schema/ not found next to the binary or above the working directory; set GraphSchema:Path");
    }
}
