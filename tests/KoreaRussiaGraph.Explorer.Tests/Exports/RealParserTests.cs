using System.Text.Json;
using KoreaRussiaGraph.Explorer.Tests.Support;
using KoreaRussiaGraph.Export.Formats;

namespace KoreaRussiaGraph.Explorer.Tests.Exports;

/// <summary>
/// The exports as graph tools read them: cytoscape (Cytoscape.js JSON), graphology-graphml and graphology-gexf
/// (the GraphML and GEXF parsers of the graphology ecosystem) in node, via node/check-exports.mjs.
/// </summary>
public sealed class RealParserTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("krg-export-").FullName;
    private JsonElement _readings;

    public async Task InitializeAsync()
    {
        var graph = SampleGraph.Export();
        var cyjs = Path.Combine(_folder, "g.cyjs");
        var graphml = Path.Combine(_folder, "g.graphml");
        var gexf = Path.Combine(_folder, "g.gexf");
        await File.WriteAllBytesAsync(cyjs, await Exported.BytesAsync(new CytoscapeJsonExporter(), graph));
        await File.WriteAllBytesAsync(graphml, await Exported.BytesAsync(new GraphMLExporter(), graph));
        await File.WriteAllBytesAsync(gexf, await Exported.BytesAsync(new GexfExporter(), graph));
        _readings = JsonDocument.Parse(await NodeScripts.RunAsync("check-exports.mjs", cyjs, graphml, gexf)).RootElement;
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("cytoscape")]
    [InlineData("graphml")]
    [InlineData("gexf")]
    public void Every_node_and_edge_is_read_back(string format)
    {
        var reading = _readings.GetProperty(format);
        Assert.Equal(SampleGraph.Actors.Count, reading.GetProperty("nodes").GetInt32());
        Assert.Equal(SampleGraph.Relations.Count, reading.GetProperty("edges").GetInt32());
        var edgeIds = reading.GetProperty("edgeData").EnumerateObject().Select(p => p.Name).Order().ToArray();
        Assert.Equal(SampleGraph.Relations.Select(r => r.Id).Order().ToArray(), edgeIds);
    }

    [Fact]
    public void Cytoscape_keeps_every_edge_attached()
    {
        Assert.Equal(0, _readings.GetProperty("cytoscape").GetProperty("danglingEdges").GetInt32());
    }

    [Theory]
    [InlineData("cytoscape")]
    [InlineData("graphml")]
    [InlineData("gexf")]
    public void The_citation_and_date_survive_as_typed_edge_attributes(string format)
    {
        var supplied = _readings.GetProperty(format).GetProperty("edgeData").GetProperty(SampleGraph.Supplied.Id);
        Assert.Equal(SampleGraph.EscapingQuote, supplied.GetProperty("quote").GetString());
        Assert.Equal("2023-09", supplied.GetProperty("date").GetString());
        Assert.Equal("ALLEGED", supplied.GetProperty("status").GetString());
        Assert.Equal("doc-2", supplied.GetProperty("document").GetString());
        // Declared as double, so the parsers hand back a number, not text.
        Assert.Equal(0.75, supplied.GetProperty("confidence").GetDouble());
    }

    [Fact]
    public void Every_edge_is_read_as_directed_so_tools_that_refuse_mixed_graphs_load_them()
    {
        foreach (var format in new[] { "graphml", "gexf" })
        {
            var reading = _readings.GetProperty(format);
            Assert.Equal(0, reading.GetProperty("undirectedEdges").GetInt32());
            Assert.Equal(SampleGraph.Relations.Count, reading.GetProperty("directedEdges").GetInt32());
        }
    }

    // Symmetry travels as a declared boolean attribute, the same in every format.
    [Theory]
    [InlineData("graphml")]
    [InlineData("gexf")]
    [InlineData("cytoscape")]
    public void Symmetry_is_a_typed_boolean_edge_attribute(string format)
    {
        var edges = _readings.GetProperty(format).GetProperty("edgeData");
        Assert.True(edges.GetProperty(SampleGraph.Met.Id).GetProperty("symmetric").GetBoolean());
        Assert.False(edges.GetProperty(SampleGraph.Visited.Id).GetProperty("symmetric").GetBoolean());
    }

    [Theory]
    [InlineData("graphml", "name")]
    [InlineData("gexf", "label")]
    [InlineData("cytoscape", "label")]
    public void Actor_names_and_kinds_are_node_attributes(string format, string nameAttribute)
    {
        var ada = _readings.GetProperty(format).GetProperty("nodeData").GetProperty("ada-arden");
        Assert.Equal("Ada Arden", ada.GetProperty(nameAttribute).GetString());
        Assert.Equal("PERSON", ada.GetProperty("kind").GetString());
    }
}
