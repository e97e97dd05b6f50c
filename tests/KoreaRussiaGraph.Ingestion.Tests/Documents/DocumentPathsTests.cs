using KoreaRussiaGraph.Ingestion.Documents;
using KoreaRussiaGraph.Ingestion.Tests.Support;

namespace KoreaRussiaGraph.Ingestion.Tests.Documents;

public class DocumentPathsTests
{
    private readonly DocumentPaths _paths = new(new IngestionOptions().IgnoredSuffixes);

    [Fact]
    public void Walks_folders_in_order_and_passes_over_sidecars_hidden_and_scratch_files()
    {
        using var folder = new TempFolder();
        folder.Write("b.txt", "x");
        folder.Write("a.md", "x");
        folder.Write("a.meta.json", "{}");
        folder.Write(".hidden.txt", "x");
        folder.Write("copying.txt.part", "x");
        folder.Write(".git/c.txt", "x");
        folder.Write("sub/c.pdf", "x");

        var names = _paths.Expand([folder.Path]).Select(p => Path.GetRelativePath(folder.Path, p)).ToList();

        Assert.Equal(["a.md", "b.txt", Path.Combine("sub", "c.pdf")], names);
    }

    [Fact]
    public void Keeps_explicit_files_whatever_their_extension_and_maps_sidecars_to_documents()
    {
        using var folder = new TempFolder();
        var pdf = folder.Write("report.pdf", "x");
        var doc = folder.Write("n.txt", "x");
        var sidecar = folder.Write("n.meta.json", "{}");

        Assert.Equal([pdf, doc], _paths.Expand([pdf, sidecar, doc]));
    }
}
