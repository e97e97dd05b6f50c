using System.Xml.Linq;
using KoreaRussiaGraph.Explorer.Tests.Support;
using KoreaRussiaGraph.Export.Formats;

namespace KoreaRussiaGraph.Explorer.Tests.Exports;

public sealed class GexfExporterTests
{
    private static readonly XNamespace X = GexfExporter.Namespace;

    private static async Task<XDocument> ExportAsync() =>
        XDocument.Parse(await Exported.TextAsync(new GexfExporter(), SampleGraph.Export()));

    [Fact]
    public async Task Is_a_static_gexf_1_3_graph_with_meta()
    {
        var doc = await ExportAsync();
        Assert.Equal(X + "gexf", doc.Root!.Name);
        Assert.Equal("1.3", (string?)doc.Root.Attribute("version"));
        var meta = doc.Root.Element(X + "meta")!;
        Assert.True(DateOnly.TryParseExact((string?)meta.Attribute("lastmodifieddate"), "yyyy-MM-dd", out _));
        var graph = doc.Root.Element(X + "graph")!;
        Assert.Equal("static", (string?)graph.Attribute("mode"));
        Assert.Equal("directed", (string?)graph.Attribute("defaultedgetype"));
        // GEXF orders a graph's children: attribute declarations, then nodes, then edges.
        Assert.Equal(new[] { "attributes", "attributes", "nodes", "edges" }, graph.Elements().Select(e => e.Name.LocalName));
    }

    [Fact]
    public async Task Every_attvalue_refers_to_an_attribute_declared_for_its_class()
    {
        var doc = await ExportAsync();
        var declared = doc.Descendants(X + "attributes").ToDictionary(
            a => (string)a.Attribute("class")!,
            a => a.Elements(X + "attribute").ToDictionary(x => (string)x.Attribute("id")!, x => (string)x.Attribute("type")!));
        Assert.Equal(new[] { "edge", "node" }, declared.Keys.Order());
        foreach (var value in doc.Descendants(X + "attvalue"))
        {
            var owner = value.Parent!.Parent!.Name.LocalName;
            var id = (string)value.Attribute("for")!;
            Assert.True(declared[owner].ContainsKey(id), $"{owner} attribute '{id}' is not declared");
            if (declared[owner][id] == "double") Assert.True(double.TryParse((string?)value.Attribute("value"), System.Globalization.CultureInfo.InvariantCulture, out _));
        }
    }

    [Fact]
    public async Task Nodes_and_edges_match_the_graph_with_labels_weights_and_citations()
    {
        var doc = await ExportAsync();
        var nodes = doc.Descendants(X + "node").ToDictionary(n => (string)n.Attribute("id")!, n => (string)n.Attribute("label")!);
        Assert.Equal("Ada Arden", nodes["ada-arden"]);
        Assert.Equal(SampleGraph.Actors.Count, nodes.Count);

        var edges = doc.Descendants(X + "edge").ToList();
        Assert.Equal(SampleGraph.Relations.Count, edges.Count);
        var supplied = edges.Single(e => (string?)e.Attribute("id") == SampleGraph.Supplied.Id);
        Assert.Equal("SUPPLIED", (string?)supplied.Attribute("label"));
        Assert.Equal("0.75", (string?)supplied.Attribute("weight"));
        var values = supplied.Descendants(X + "attvalue").ToDictionary(v => (string)v.Attribute("for")!, v => (string)v.Attribute("value")!);
        Assert.Equal(SampleGraph.EscapingQuote, values["quote"]);
        Assert.Equal("2023-09", values["date"]);
        Assert.Equal("doc-2", values["document"]);

        var met = edges.Single(e => (string?)e.Attribute("id") == SampleGraph.Met.Id);
        // Directed like every edge (networkx refuses mixed graphs); the symmetry is an attribute.
        Assert.Null(met.Attribute("type"));
    }
}
