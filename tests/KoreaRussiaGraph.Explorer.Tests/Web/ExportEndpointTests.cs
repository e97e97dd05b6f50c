using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Core.Schema;
using KoreaRussiaGraph.Explorer.Tests.Support;
using KoreaRussiaGraph.Export.Formats;
using KoreaRussiaGraph.Krg.Exports;
using KoreaRussiaGraph.Storage.Embedded;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KoreaRussiaGraph.Explorer.Tests.Web;

/// <summary>GET /export over a real embedded store holding the sample graph.</summary>
public sealed class ExportEndpointTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("krg-export-http-").FullName;
    private EmbeddedGraphStore _store = null!;
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _store = await SampleStore.CreateAsync(Path.Combine(_folder, "graph.db"));
        _app = await TestWebApp.StartAsync(
            b => b.Services.AddSingleton<IGraphStore>(_store).AddSingleton(RelationTypeCatalog.Load(GraphSchemaDirectory.Locate())),
            a => a.MapExports());
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static readonly XNamespace G = GraphMLExporter.Namespace;
    private static readonly XNamespace X = GexfExporter.Namespace;

    [Fact]
    public async Task The_whole_graph_downloads_as_graphml()
    {
        var response = await _client.GetAsync("/export?format=graphml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphml+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("krg-graph.graphml", response.Content.Headers.ContentDisposition.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var doc = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(SampleGraph.Actors.Count, doc.Descendants(G + "node").Count());
        Assert.Equal(SampleGraph.Relations.Count, doc.Descendants(G + "edge").Count());
        // The cited document's title comes from the store, not from the relation.
        Assert.Contains(doc.Descendants(G + "data"), d => d.Value == "Arden's travels");
    }

    [Fact]
    public async Task A_neighbourhood_downloads_as_gexf_with_only_the_reached_actors()
    {
        var response = await _client.GetAsync("/export?format=gexf&actor=port-zenda&depth=1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/gexf+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("krg-neighbourhood-port-zenda-1.gexf", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var doc = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(new[] { "ada-arden", "port-zenda" }, doc.Descendants(X + "node").Select(n => (string)n.Attribute("id")!).Order());
        Assert.Equal(new[] { SampleGraph.Visited.Id }, doc.Descendants(X + "edge").Select(e => (string)e.Attribute("id")!));
    }

    [Fact]
    public async Task Types_and_dates_narrow_the_cytoscape_export()
    {
        var json = JsonDocument.Parse(await _client.GetStringAsync("/export?format=cytoscape&types=SUPPLIED&from=2024")).RootElement.GetProperty("elements");
        var edge = Assert.Single(json.GetProperty("edges").EnumerateArray());
        Assert.Equal(SampleGraph.SuppliedAgain.Id, edge.GetProperty("data").GetProperty("id").GetString());
        Assert.Equal(new[] { "borduria", "guild-of-gears" },
            json.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("data").GetProperty("id").GetString()).Order());
    }

    [Theory]
    [InlineData("/export", "format")]
    [InlineData("/export?format=dot", "Unknown export format 'dot'")]
    [InlineData("/export?format=graphml&from=yesterday", "'from'")]
    [InlineData("/export?format=graphml&actor=ada-arden&depth=9", "'depth' must be between 1 and 3")]
    [InlineData("/export?format=graphml&types=MEET", "'MEET' is not a relation type. Did you mean MET? Use one of ACCUSED, ")]
    [InlineData("/export?format=jsonl&types=MET,shaked", "'shaked' is not a relation type.")]
    [InlineData("/export?format=jsonl&statuses=RUMOURED", "'RUMOURED' is not a status: use ASSERTED, ALLEGED, DENIED, PLANNED")]
    public async Task Bad_requests_get_400_with_a_json_error_naming_the_problem(string url, string expected)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var raw = await response.Content.ReadAsStringAsync();
        var error = JsonDocument.Parse(raw).RootElement.GetProperty("error").GetString();
        Assert.Contains(expected, error);
        Assert.DoesNotContain("\\u0027", raw); // apostrophes as apostrophes
    }

    [Fact]
    public async Task Relation_types_are_matched_ignoring_case()
    {
        var upper = await _client.GetStringAsync("/export?format=jsonl&types=SUPPLIED");
        var lower = await _client.GetStringAsync("/export?format=jsonl&types=supplied");
        Assert.NotEmpty(upper.Trim());
        Assert.Equal(upper, lower);
    }

    [Fact]
    public async Task An_unknown_actor_is_a_400_that_suggests_close_ids()
    {
        var response = await _client.GetAsync("/export?format=graphml&actor=arden");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("UNKNOWN_ACTOR", body.GetProperty("code").GetString());
        Assert.Contains("ada-arden", body.GetProperty("error").GetString());
    }
}
