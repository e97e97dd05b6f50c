using System.Xml;
using System.Xml.Linq;
using KoreaRussiaGraph.Explorer.Tests.Support;
using KoreaRussiaGraph.Export.Formats;

namespace KoreaRussiaGraph.Explorer.Tests.Exports;

public sealed class GraphMLExporterTests
{
    private static readonly XNamespace G = GraphMLExporter.Namespace;

    private static async Task<XDocument> ExportAsync()
    {
        var bytes = await Exported.BytesAsync(new GraphMLExporter(), SampleGraph.Export());
        using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader);
    }

    [Fact]
    public async Task Root_is_graphml_in_its_namespace_with_one_directed_graph()
    {
        var doc = await ExportAsync();
        Assert.Equal(G + "graphml", doc.Root!.Name);
        var graph = Assert.Single(doc.Root.Elements(G + "graph"));
        Assert.Equal("directed", (string?)graph.Attribute("edgedefault"));
    }

    [Fact]
    public async Task Keys_come_before_the_graph_and_every_data_element_uses_a_declared_key_of_its_domain()
    {
        var doc = await ExportAsync();
        var children = doc.Root!.Elements().Select(e => e.Name.LocalName).ToList();
        Assert.True(children.LastIndexOf("key") < children.IndexOf("graph"), "GraphML requires <key> elements before <graph>");

        var keys = doc.Root.Elements(G + "key").ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("for")!);
        foreach (var key in doc.Root.Elements(G + "key"))
        {
            Assert.Contains((string?)key.Attribute("attr.type"), new[] { "boolean", "int", "long", "float", "double", "string" });
            Assert.False(string.IsNullOrEmpty((string?)key.Attribute("attr.name")));
        }
        foreach (var data in doc.Descendants(G + "data"))
        {
            var key = (string)data.Attribute("key")!;
            Assert.True(keys.ContainsKey(key), $"data key '{key}' is not declared");
            Assert.Equal(data.Parent!.Name.LocalName, keys[key]);
        }
    }

    [Fact]
    public async Task Edges_carry_the_relation_facts_and_citation_and_reference_existing_nodes()
    {
        var doc = await ExportAsync();
        var keyNames = doc.Root!.Elements(G + "key").ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("attr.name")!);
        var nodeIds = doc.Descendants(G + "node").Select(n => (string)n.Attribute("id")!).ToHashSet();
        Assert.Equal(SampleGraph.Actors.Select(a => a.Id).ToHashSet(), nodeIds);

        var edges = doc.Descendants(G + "edge").ToList();
        Assert.Equal(SampleGraph.Relations.Count, edges.Count);
        Assert.All(edges, e =>
        {
            Assert.Contains((string)e.Attribute("source")!, nodeIds);
            Assert.Contains((string)e.Attribute("target")!, nodeIds);
        });

        var supplied = edges.Single(e => (string?)e.Attribute("id") == SampleGraph.Supplied.Id);
        var data = supplied.Elements(G + "data").ToDictionary(d => keyNames[(string)d.Attribute("key")!], d => d.Value);
        Assert.Equal("SUPPLIED", data["type"]);
        Assert.Equal("2023-09", data["date"]);
        Assert.Equal("MONTH", data["datePrecision"]);
        Assert.Equal("ALLEGED", data["status"]);
        Assert.Equal("ada-arden", data["attributedTo"]);
        Assert.Equal("fuel & <spare> parts", data["details"]);
        Assert.Equal(0.75, double.Parse(data["confidence"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(SampleGraph.EscapingQuote, data["quote"]);
        Assert.Equal("doc-2", data["document"]);
        Assert.Equal("Gears & parts", data["documentTitle"]);
        Assert.Equal("test-rule", data["rule"]);
        Assert.False(data.ContainsKey("documentUrl"), "absent facts are left out, not written empty");
    }

    [Fact]
    public async Task Symmetric_relations_are_directed_edges_marked_symmetric_and_undated_ones_have_no_date()
    {
        var doc = await ExportAsync();
        // No per-edge direction at all: networkx and igraph refuse a graph mixing directed and undirected edges.
        Assert.DoesNotContain(doc.Descendants(G + "edge"), e => e.Attribute("directed") is not null);
        var met = doc.Descendants(G + "edge").Single(e => (string?)e.Attribute("id") == SampleGraph.Met.Id);
        Assert.Equal("true", met.Elements(G + "data").Single(d => (string?)d.Attribute("key") == "e_symmetric").Value);
        var visited = doc.Descendants(G + "edge").Single(e => (string?)e.Attribute("id") == SampleGraph.Visited.Id);
        Assert.Null(visited.Attribute("directed"));
        Assert.DoesNotContain(visited.Elements(G + "data"), d => (string?)d.Attribute("key") == "e_date");
    }
}
