using AngleSharp.Html.Parser;
using KoreaRussiaGraph.Sources.Fetching;

namespace KoreaRussiaGraph.Sources.Pages;

/// <summary>A fetched HTML page to a <see cref="WebArticle"/>: charset decoding, the page's metadata, its main content.</summary>
public static class PageReader
{
    public static WebArticle Read(byte[] body, string? headerCharset, Uri fetchedFrom, DateTimeOffset? feedDate = null) =>
        Read(TextDecoding.Decode(body, headerCharset), fetchedFrom, feedDate);

    public static WebArticle Read(string html, Uri fetchedFrom, DateTimeOffset? feedDate = null)
    {
        var page = new HtmlParser().ParseDocument(html);
        var metadata = PageMetadataReader.Read(page, fetchedFrom, feedDate);
        var blocks = MainContentExtractor.Extract(page, metadata.Canonical);
        return new WebArticle(metadata.Canonical, metadata.Title, metadata.Outlet, metadata.Published, metadata.PublishedBasis, blocks);
    }
}
