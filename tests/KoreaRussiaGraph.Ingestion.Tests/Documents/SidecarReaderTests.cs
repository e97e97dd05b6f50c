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

    [Theory]
    [InlineData("javascript:alert(document.cookie)", "javascript")]
    [InlineData("data:text/html,<script>alert(1)</script>", "data")]
    [InlineData("file:///etc/passwd", "file")]
    [InlineData("ftp://example.org/a", "ftp")]
    public void A_url_that_is_not_http_or_https_is_dropped_with_a_warning_and_the_rest_kept(string url, string scheme)
    {
        var warnings = new List<string>();
        var json = System.Text.Json.JsonSerializer.Serialize(new { title = "T", url, published = "2023-07" });

        var metadata = SidecarReader.Parse(Encoding.UTF8.GetBytes(json), "x.meta.json", warnings.Add);

        Assert.Null(metadata.Url);
        Assert.Equal("T", metadata.Title);
        var warning = Assert.Single(warnings);
        Assert.Contains($"'{scheme}'", warning);
        Assert.Contains("x.meta.json", warning);
    }

    [Fact]
    public void Http_and_https_urls_are_kept_without_a_warning()
    {
        var warnings = new List<string>();
        Assert.Equal("http://example.org/a", SidecarReader.Parse(Encoding.UTF8.GetBytes("""{"url":"http://example.org/a"}"""), "x.meta.json", warnings.Add).Url);
        Assert.Empty(warnings);
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
