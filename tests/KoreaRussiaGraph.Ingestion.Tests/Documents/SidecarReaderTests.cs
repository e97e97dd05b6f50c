using System.Text;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Ingestion.Documents;

namespace KoreaRussiaGraph.Ingestion.Tests.Documents;

public class SidecarReaderTests
{
    private static KoreaRussiaGraph.Core.Ports.DocumentMetadata Parse(string json) => SidecarReader.Parse(Encoding.UTF8.GetBytes(json), "x.meta.json");

    [Fact]
    public void Reads_every_field()
    {
        var metadata = Parse("""{"title":"T","url":"https://example.org/a","outlet":"O","published":"2023-07","published_basis":"dateline"}""");
        Assert.Equal("T", metadata.Title);
        Assert.Equal("https://example.org/a", metadata.Url);
        Assert.Equal("O", metadata.Outlet);
        Assert.Equal(new PartialDate(2023, 7), metadata.Published);
        Assert.Equal("dateline", metadata.PublishedBasis);
    }

    [Fact]
    public void Missing_and_null_fields_are_absent()
    {
        var metadata = Parse("""{"title":null}""");
        Assert.Null(metadata.Title);
        Assert.Null(metadata.Published);
    }

    [Theory]
    [InlineData("{\"title\": ", "not valid JSON")]
    [InlineData("[1,2]", "JSON object")]
    [InlineData("{\"published\":\"July 2023\"}", "not a partial date")]
    [InlineData("{\"published\":\"2023-02-30\"}", "not a partial date")]
    [InlineData("{\"title\":42}", "'title' must be a string")]
    [InlineData("{\"url\":\"not a url\"}", "absolute URL")]
    public void Malformed_sidecars_say_why(string json, string expected)
    {
        var error = Assert.Throws<SidecarFormatException>(() => Parse(json));
        Assert.Contains(expected, error.Message);
        Assert.Contains("x.meta.json", error.Message);
    }

    [Fact]
    public void Pairs_documents_and_sidecars_by_name()
    {
        using var folder = new Support.TempFolder();
        var document = folder.Write("07.html", "<p>x</p>");
        var sidecar = folder.Write("07.meta.json", "{}");
        Assert.Equal(sidecar, SidecarReader.PathFor(document));
        Assert.Equal(document, SidecarReader.DocumentFor(sidecar));
        Assert.Same(KoreaRussiaGraph.Core.Ports.DocumentMetadata.None, SidecarReader.ReadFor(folder.Write("08.txt", "x")));
    }
}
