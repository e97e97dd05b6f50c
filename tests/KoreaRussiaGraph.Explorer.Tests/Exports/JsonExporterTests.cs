using System.Text.Json;
using KoreaRussiaGraph.Explorer.Tests.Support;
using KoreaRussiaGraph.Export.Formats;

namespace KoreaRussiaGraph.Explorer.Tests.Exports;

public sealed class JsonExporterTests
{
    [Fact]
    public async Task Cytoscape_json_has_elements_with_data_for_every_node_and_edge()
    {
        using var doc = JsonDocument.Parse(await Exported.BytesAsync(new CytoscapeJsonExporter(), SampleGraph.Export()));
        var elements = doc.RootElement.GetProperty("elements");
        var nodes = elements.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("data")).ToList();
        var edges = elements.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("data")).ToList();
        Assert.Equal(SampleGraph.Actors.Count, nodes.Count);
        Assert.Equal(SampleGraph.Relations.Count, edges.Count);

        var ada = nodes.Single(n => n.GetProperty("id").GetString() == "ada-arden");
        Assert.Equal("Ada Arden", ada.GetProperty("label").GetString());
        Assert.Equal("PERSON", ada.GetProperty("kind").GetString());
        Assert.Equal(0, ada.GetProperty("hops").GetInt32());

        var supplied = edges.Single(e => e.GetProperty("id").GetString() == SampleGraph.Supplied.Id);
        Assert.Equal("guild-of-gears", supplied.GetProperty("source").GetString());
        Assert.Equal("borduria", supplied.GetProperty("target").GetString());
        Assert.Equal(0.75, supplied.GetProperty("confidence").GetDouble());
        Assert.Equal(SampleGraph.EscapingQuote, supplied.GetProperty("quote").GetString());
        Assert.Equal(JsonValueKind.Null, supplied.GetProperty("documentUrl").ValueKind);
    }

    [Fact]
    public async Task Json_lines_has_one_parseable_object_per_relation()
    {
        var text = await Exported.TextAsync(new JsonLinesExporter(), SampleGraph.Export());
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(SampleGraph.Relations.Count, lines.Length);
        var objects = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(SampleGraph.Relations.Select(r => r.Id), objects.Select(o => o.GetProperty("id").GetString()));
        var visited = objects.Single(o => o.GetProperty("type").GetString() == "VISITED");
        Assert.Equal("Ada Arden", visited.GetProperty("sourceName").GetString());
        Assert.Equal(JsonValueKind.Null, visited.GetProperty("date").ValueKind);
        Assert.Equal("https://example.org/doc-1", visited.GetProperty("documentUrl").GetString());
    }
}
