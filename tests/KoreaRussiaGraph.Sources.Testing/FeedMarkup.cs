using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;

namespace KoreaRussiaGraph.Sources.Testing;

/// <summary>RSS 2.0 and Atom documents, and serving them with ETag and Last-Modified validators as real feed servers do.</summary>
public static class FeedMarkup
{
    public const string RssType = "application/rss+xml; charset=utf-8";
    public const string AtomType = "application/atom+xml; charset=utf-8";

    public sealed record Item(string Id, string Link, string Title, DateTimeOffset Date);

    public static string Rss(string title, IEnumerable<Item> items) => new XDocument(
        new XElement("rss", new XAttribute("version", "2.0"),
            new XElement("channel", new XElement("title", title), new XElement("link", "https://news.example.org/"), new XElement("description", title),
                items.Select(i => new XElement("item",
                    new XElement("title", i.Title), new XElement("link", i.Link),
                    new XElement("guid", new XAttribute("isPermaLink", "false"), i.Id),
                    new XElement("pubDate", i.Date.ToString("R"))))))).ToString();

    public static string Atom(string title, IEnumerable<Item> items)
    {
        XNamespace ns = "http://www.w3.org/2005/Atom";
        return new XDocument(new XElement(ns + "feed", new XElement(ns + "title", title), new XElement(ns + "id", "urn:feed"),
            new XElement(ns + "updated", DateTimeOffset.UtcNow.ToString("O")),
            items.Select(i => new XElement(ns + "entry",
                new XElement(ns + "id", i.Id), new XElement(ns + "title", i.Title),
                new XElement(ns + "link", new XAttribute("rel", "alternate"), new XAttribute("href", i.Link)),
                new XElement(ns + "published", i.Date.AddDays(-1).ToString("O")),
                new XElement(ns + "updated", i.Date.ToString("O")))))).ToString();
    }

    /// <summary>Serves the feed the function returns now; with <paramref name="conditional"/>, answers 304 to a matching If-None-Match.</summary>
    public static void Serve(LocalSite site, string path, Func<string> feed, string contentType, bool conditional = true) => site.Map(path, async context =>
    {
        var body = Encoding.UTF8.GetBytes(feed());
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body))[..16] + "\"";
        if (conditional)
        {
            context.Response.Headers.ETag = etag;
            context.Response.Headers.LastModified = "Mon, 01 Jan 2024 00:00:00 GMT";
            if (context.Request.Headers.IfNoneMatch.ToString() == etag)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }
        context.Response.ContentType = contentType;
        await context.Response.Body.WriteAsync(body);
    });
}
