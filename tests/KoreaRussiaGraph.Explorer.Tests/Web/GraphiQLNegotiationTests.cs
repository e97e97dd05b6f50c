using KoreaRussiaGraph.Krg.Explorer;
using Microsoft.AspNetCore.Http;

namespace KoreaRussiaGraph.Explorer.Tests.Web;

public sealed class GraphiQLNegotiationTests
{
    private static HttpContext Request(string method, string? accept, string query = "")
    {
        var http = new DefaultHttpContext();
        http.Request.Method = method;
        http.Request.QueryString = new QueryString(query);
        if (accept is not null) http.Request.Headers.Accept = accept;
        return http;
    }

    [Theory]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")] // a browser's navigation
    [InlineData("text/html")]
    [InlineData("application/json;q=0.5, text/html")]
    public void A_browser_opening_graphql_gets_the_ide(string accept) =>
        Assert.True(ExplorerEndpoints.WantsGraphiQL(Request("GET", accept)));

    [Theory]
    [InlineData("GET", "application/graphql-response+json, application/json;q=0.9", "")]
    [InlineData("GET", "*/*", "")] // curl
    [InlineData("GET", null, "")]
    [InlineData("GET", "text/html, application/json", "")] // equal preference: stay an API
    [InlineData("GET", "text/html", "?query={stats{actors}}")] // a query is a query, whatever Accept says
    [InlineData("POST", "text/html", "")]
    public void Graphql_clients_keep_getting_the_api(string method, string? accept, string query) =>
        Assert.False(ExplorerEndpoints.WantsGraphiQL(Request(method, accept, query)));
}
