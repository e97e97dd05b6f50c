using System.Text.Json;
using KoreaRussiaGraph.Explorer.Tests.Support;

namespace KoreaRussiaGraph.Explorer.Tests.Exports;

/// <summary>
/// <c>/export?aggregate=links</c> (issue 15): one edge per link with weight = evidence count, documents, outlets, first
/// and last date, and in GEXF a start/end interval. networkx reads GraphML and GEXF back; the Cytoscape JSON is read
/// here. Each must carry exactly the links GraphQL gives for the same selection.
/// </summary>
[Collection(SeededServerCollection.Name)]
public sealed class LinkExportTests(SeededServerFixture server) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("krg-links-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private sealed record ExpectedLink(int Weight, int Documents, int Outlets, string? FirstDate, string? LastDate);

    private async Task<Dictionary<string, ExpectedLink>> ExpectedAsync(string selection)
    {
        const string fields = "id evidenceCount documentCount outletCount firstDate lastDate";
        var links = selection == "neighbourhood"
            ? (await server.QueryAsync($$"""{ neighbourhood(actor: "kim-jong-un", depth: 2, limit: 200, maxEdges: 2000) { truncated links { {{fields}} } } }"""))
                .GetProperty("neighbourhood").GetProperty("links")
            : (await server.QueryAsync($$"""{ links(first: 1000) { nodes { {{fields}} } } }""")).GetProperty("links").GetProperty("nodes");
        return links.EnumerateArray().ToDictionary(l => l.GetProperty("id").GetString()!, l => new ExpectedLink(
            l.GetProperty("evidenceCount").GetInt32(), l.GetProperty("documentCount").GetInt32(), l.GetProperty("outletCount").GetInt32(),
            Text(l.GetProperty("firstDate")), Text(l.GetProperty("lastDate"))));
    }

    private static string? Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Query(string selection) => selection == "neighbourhood" ? "actor=kim-jong-un&depth=2&aggregate=links" : "aggregate=links";

    private async Task<string> DownloadAsync(string format, string selection)
    {
        var response = await server.Http.GetAsync($"export?format={format}&{Query(selection)}");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Contains("-links.", response.Content.Headers.ContentDisposition?.FileName ?? "");
        var file = Path.Combine(_folder, $"{selection}.{format}");
        await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());
        return file;
    }

    [PythonReadersTheory]
    [InlineData("graphml", "whole")]
    [InlineData("gexf", "whole")]
    [InlineData("graphml", "neighbourhood")]
    [InlineData("gexf", "neighbourhood")]
    public async Task Networkx_reads_one_weighted_dated_edge_per_link(string format, string selection)
    {
        var expected = await ExpectedAsync(selection);
        var reading = await PythonReaders.ReadAsync("networkx", format, await DownloadAsync(format, selection), "links");

        var edges = reading.GetProperty("edges").EnumerateObject().ToDictionary(e => e.Name, e => e.Value);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), edges.Keys.Order(StringComparer.Ordinal));
        Assert.True(expected.Values.Sum(l => l.Weight) > expected.Count, "the seeds repeat relationships, so some link has more than one relation");
        foreach (var (id, link) in expected)
        {
            var edge = edges[id];
            Assert.True(edge.GetProperty("weightIsNumber").GetBoolean());
            Assert.Equal(link.Weight, edge.GetProperty("weight").GetDouble());
            if (format == "graphml")
            {
                Assert.Equal(link.Documents, edge.GetProperty("documents").GetInt32());
                Assert.Equal(link.Outlets, edge.GetProperty("outlets").GetInt32());
            }
            else
            {
                Assert.Equal(link.Documents, edge.GetProperty("documents").GetInt32());
                Assert.Equal(link.Outlets, edge.GetProperty("outlets").GetInt32());
                // Gephi's timeline: the interval runs from the first date's first day to the last date's last day.
                Assert.Equal(link.FirstDate is null ? null : Core.Model.PartialDate.Parse(link.FirstDate).Start.ToString("yyyy-MM-dd"), Text(edge.GetProperty("start")));
                Assert.Equal(link.LastDate is null ? null : Core.Model.PartialDate.Parse(link.LastDate).End.ToString("yyyy-MM-dd"), Text(edge.GetProperty("end")));
            }
            Assert.Equal(link.FirstDate, Text(edge.GetProperty("firstDate")));
            Assert.Equal(link.LastDate, Text(edge.GetProperty("lastDate")));
        }
        if (format == "gexf") Assert.Equal("dynamic", reading.GetProperty("mode").GetString());
    }

    [Fact]
    public async Task The_cytoscape_export_carries_one_edge_per_link_with_its_weight()
    {
        var expected = await ExpectedAsync("whole");
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(await DownloadAsync("cytoscape", "whole")));
        var edges = json.RootElement.GetProperty("elements").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("data")).ToArray();
        Assert.Equal(expected.Count, edges.Length);
        foreach (var data in edges)
        {
            var link = expected[data.GetProperty("id").GetString()!];
            Assert.Equal((link.Weight, link.Documents, link.Outlets), (data.GetProperty("weight").GetInt32(), data.GetProperty("documents").GetInt32(), data.GetProperty("outlets").GetInt32()));
            Assert.Equal(link.Weight, data.GetProperty("relations").GetString()!.Split("; ").Length);
        }
    }

    [Fact]
    public async Task An_unknown_aggregation_is_refused_by_name()
    {
        var response = await server.Http.GetAsync("export?format=graphml&aggregate=sentences");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("aggregate", body);
        Assert.Contains("links", body);
    }
}
