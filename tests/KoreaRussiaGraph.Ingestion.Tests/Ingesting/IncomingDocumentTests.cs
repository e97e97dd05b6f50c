using KoreaRussiaGraph.Ingestion.Ingesting;

namespace KoreaRussiaGraph.Ingestion.Tests.Ingesting;

public class IncomingDocumentTests
{
    [Fact]
    public void A_well_formed_request_has_no_problems()
    {
        var doc = new IncomingDocument { Id = "nk-ru-2024_01", Text = "x", Published = "2024-06", Url = "https://example.org/a" };
        Assert.Empty(doc.Problems());
    }

    [Theory]
    [InlineData("", "x", null, "id is required")]
    [InlineData("has space", "x", null, "may hold only")]
    [InlineData("-leading", "x", null, "must start with")]
    [InlineData("ok", null, null, "as text or as html")]
    [InlineData("ok", "x", "<p>x</p>", "not both")]
    public void Shape_problems_are_named(string id, string? text, string? html, string expected)
    {
        var problems = new IncomingDocument { Id = id, Text = text, Html = html }.Problems();
        Assert.Contains(problems, p => p.Contains(expected));
    }

    [Fact]
    public void Bad_dates_and_urls_are_named()
    {
        var problems = new IncomingDocument { Id = "a", Text = "x", Published = "13/07/2023", Url = "ftp://x" }.Problems();
        Assert.Contains(problems, p => p.Contains("not a partial date"));
        Assert.Contains(problems, p => p.Contains("http(s)"));
    }
}
