using System.Net;
using KoreaRussiaGraph.Explorer.Tests.Support;
using KoreaRussiaGraph.Krg.Explorer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace KoreaRussiaGraph.Explorer.Tests.Web;

public sealed class ExplorerPageTests
{
    private static async Task<HttpClient> ClientAsync(string webRoot)
    {
        var app = await TestWebApp.StartAsync(_ => { }, a =>
        {
            a.MapExplorer();
            a.MapGet("/graphql", (HttpContext http) => ExplorerEndpoints.WantsGraphiQL(http) ? ExplorerEndpoints.GraphiQLPage() : Results.Ok("api"));
        }, webRoot: webRoot);
        return app.GetTestClient();
    }

    private static string WebRootWith(params (string Path, string Text)[] files)
    {
        var root = Directory.CreateTempSubdirectory("krg-webroot-").FullName;
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
        return root;
    }

    [Fact]
    public async Task Root_serves_the_explorer_page_and_its_bundle_from_the_web_root()
    {
        var client = await ClientAsync(WebRootWith(("dist/index.html", "<html>explorer</html>"), ("dist/explorer.js", "console.log(1)")));
        var page = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Equal("<html>explorer</html>", await page.Content.ReadAsStringAsync());
        var script = await client.GetAsync("/dist/explorer.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_browser_on_graphql_gets_the_ide_page_and_a_client_gets_the_api()
    {
        var client = await ClientAsync(WebRootWith(("dist/graphiql.html", "<html>ide</html>")));
        var browser = new HttpRequestMessage(HttpMethod.Get, "/graphql") { Headers = { { "Accept", "text/html,*/*;q=0.8" } } };
        Assert.Equal("<html>ide</html>", await (await client.SendAsync(browser)).Content.ReadAsStringAsync());
        Assert.Equal("\"api\"", await client.GetStringAsync("/graphql"));
    }

    [Fact]
    public async Task An_unbuilt_front_end_says_how_to_build_it()
    {
        var client = await ClientAsync(WebRootWith());
        var page = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("npm", await page.Content.ReadAsStringAsync());
    }
}
