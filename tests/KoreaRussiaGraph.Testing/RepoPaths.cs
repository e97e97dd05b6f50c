namespace KoreaRussiaGraph.Testing;

/// <summary>Folders of the checkout the tests run from, found by walking up from the test binary.</summary>
public static class RepoPaths
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "KoreaRussiaGraph.sln"))) return dir.FullName;
            throw new DirectoryNotFoundException("repository root (KoreaRussiaGraph.sln) not found above the test binary");
        }
    }

    public static string Seeds => Path.Combine(Root, "seeds");
    public static string SchemaFile => Path.Combine(Root, "graph-schema", "schema.graphql");
}
