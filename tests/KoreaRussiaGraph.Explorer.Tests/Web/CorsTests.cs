using System.Net;
using KoreaRussiaGraph.Explorer.Tests.Support;
using KoreaRussiaGraph.Krg.Cors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;

namespace KoreaRussiaGraph.Explorer.Tests.Web;

public sealed class CorsTests
{
    private static async Task<HttpClient> ClientAsync(params string[] origins)
    {
        var settings = origins.Select((o, i) => KeyValuePair.Create($"Cors:AllowedOrigins:{i}", (string?)o)).ToDictionary();
        var app = await TestWebApp.StartAsync(
            b => b.Services.AddConfiguredCors(b.Configuration),
            a =>
            {
                a.UseConfiguredCors();
                a.MapPost("/graphql", () => Results.Ok(new { data = new { } }));
            },
            settings);
        return app.GetTestClient();
    }

    private static HttpRequestMessage Preflight(string origin) => new(HttpMethod.Options, "/graphql")
    {
        Headers =
        {
            { "Origin", origin },
            { "Access-Control-Request-Method", "POST" },
            { "Access-Control-Request-Headers", "content-type" },
        },
    };

    [Fact]
    public async Task A_configured_origin_may_call_the_api_from_a_browser()
    {
        var client = await ClientAsync("https://graph.example.org", "http://localhost:3000/");
        var preflight = await client.SendAsync(Preflight("http://localhost:3000"));
        Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.Equal("http://localhost:3000", preflight.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", preflight.Headers.GetValues("Access-Control-Allow-Methods").Single());

        var post = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Headers = { { "Origin", "https://graph.example.org" } } };
        var response = await client.SendAsync(post);
        Assert.Equal("https://graph.example.org", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Other_origins_get_no_cors_headers()
    {
        var client = await ClientAsync("https://graph.example.org");
        var preflight = await client.SendAsync(Preflight("https://evil.example.com"));
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task With_no_origins_configured_no_cross_origin_access_is_allowed()
    {
        var client = await ClientAsync();
        var preflight = await client.SendAsync(Preflight("http://localhost:3000"));
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
        var post = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Headers = { { "Origin", "http://localhost:3000" } } };
        Assert.False((await client.SendAsync(post)).Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_comma_separated_value_is_read_as_a_list()
    {
        var settings = new Dictionary<string, string?> { ["Cors:AllowedOrigins"] = "https://a.example, https://b.example" };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        Assert.Equal(new[] { "https://a.example", "https://b.example" }, CorsSetup.AllowedOrigins(configuration));
    }

    [Fact]
    public void An_empty_array_in_appsettings_does_not_hide_origins_added_by_later_sources()
    {
        // appsettings.json's "AllowedOrigins": [] surfaces as the key with value "", beside later sources' entries.
        var settings = new Dictionary<string, string?> { ["Cors:AllowedOrigins"] = "", ["Cors:AllowedOrigins:0"] = "https://a.example" };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        Assert.Equal(new[] { "https://a.example" }, CorsSetup.AllowedOrigins(configuration));
    }
}
