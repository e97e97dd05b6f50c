using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.Export.Registry;
using KoreaRussiaGraph.Export.Selection;

namespace KoreaRussiaGraph.Explorer.Tests.Exports;

public sealed class RegistryAndSelectionTests
{
    [Fact]
    public void Registry_finds_formats_by_name_ignoring_case_and_lists_them()
    {
        var registry = ExportFormatRegistry.Default;
        Assert.Equal(new[] { "cytoscape", "gexf", "graphml", "jsonl" }, registry.Names);
        Assert.True(registry.TryGet("GraphML", out var graphml));
        Assert.Equal("application/graphml+xml", graphml.ContentType);
        Assert.False(registry.TryGet("dot", out _));
        var error = Assert.Throws<ArgumentException>(() => registry.Get("dot"));
        Assert.Contains("cytoscape, gexf, graphml, jsonl", error.Message);
    }

    [Fact]
    public void Selection_parses_a_filtered_neighbourhood()
    {
        var selection = ExportSelection.Parse("ada-arden", "2", "met, supplied", "2023", "2024-06", "asserted,planned", includeUndated: true);
        Assert.Equal("ada-arden", selection.ActorId);
        Assert.Equal(2, selection.Depth);
        Assert.Equal(new[] { "MET", "SUPPLIED" }, selection.Filter.Types!.Order());
        Assert.Equal(new PartialDate(2023), selection.Filter.From);
        Assert.Equal(new PartialDate(2024, 6), selection.Filter.To);
        Assert.True(selection.Filter.IncludeUndated);
        Assert.Equal(new[] { ClaimStatus.Asserted, ClaimStatus.Planned }, selection.Filter.Statuses.Order());
        Assert.Equal("neighbourhood-ada-arden-2", selection.Describe());
    }

    [Fact]
    public void Selection_refuses_a_relation_type_outside_the_vocabulary_with_the_valid_ones()
    {
        string[] known = ["MET", "SUPPLIED", "VISITED"];
        Assert.Equal(new[] { "MET" }, ExportSelection.Parse(null, null, "met", null, null, null, knownTypes: known).Filter.Types);
        var error = Assert.Throws<ExportSelectionException>(() => ExportSelection.Parse(null, null, "MET,MEET", null, null, null, knownTypes: known));
        Assert.Equal("types", error.Option);
        Assert.Equal("'types': 'MEET' is not a relation type. Did you mean MET? Use one of MET, SUPPLIED, VISITED.", error.Message);
    }

    [Fact]
    public void Selection_without_options_is_the_whole_graph_with_default_statuses()
    {
        var selection = ExportSelection.Parse(null, null, null, null, null, null);
        Assert.Null(selection.ActorId);
        Assert.Null(selection.Filter.Types);
        Assert.Equal(RelationFilter.DefaultStatuses, selection.Filter.Statuses);
        Assert.Equal("graph", selection.Describe());
    }

    [Theory]
    [InlineData(null, "2", null, null, "depth")]
    [InlineData("a", "two", null, null, "depth")]
    [InlineData(null, null, "2023-13", null, "from")]
    [InlineData(null, null, null, "May 2024", "to")]
    public void Selection_names_the_bad_option(string? actor, string? depth, string? from, string? to, string option)
    {
        var error = Assert.Throws<ExportSelectionException>(() => ExportSelection.Parse(actor, depth, null, from, to, null));
        Assert.Equal(option, error.Option);
    }

    [Fact]
    public void Selection_rejects_bounds_and_inverted_ranges_like_the_graph_queries_do()
    {
        var depth = Assert.Throws<GraphQueryException>(() => ExportSelection.Parse("a", "9", null, null, null, null));
        Assert.Equal("BOUND_EXCEEDED", depth.Code);
        var range = Assert.Throws<GraphQueryException>(() => ExportSelection.Parse(null, null, null, "2024", "2023", null));
        Assert.Equal("INVALID_ARGUMENT", range.Code);
        Assert.Throws<ExportSelectionException>(() => ExportSelection.Parse(null, null, null, null, null, "rumoured"));
    }
}
