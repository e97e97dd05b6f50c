using KoreaRussiaGraph.Core.Links;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Core.Querying;
using Xunit;

namespace KoreaRussiaGraph.StoreContract;

/// <summary>
/// Outlines (issue 16): a neighbourhood asked with <see cref="RelationDetail.Outline"/> may leave the payloads out, and
/// <see cref="IGraphStore.GetRelationsAsync"/> gives them back whole; links grouped from outlines are the links of the
/// whole relations (issue 15).
/// </summary>
public abstract partial class GraphStoreContract
{
    // "kim" is a proper prefix of "kim-jong-un": link ids put "kim-jong-un|..." before "kim|...", unlike the actor ids.
    private static Relation[] OutlineGraph() =>
    [
        Reported(Rel("kim", "MET", "vladimir-putin", "2019-04-25", symmetric: true, document: "d1", sentence: 1, details: "in Vladivostok"), "2019-04-26"),
        Reported(Rel("kim-jong-un", "MET", "vladimir-putin", "2023-09", symmetric: true, document: "d2", sentence: 1), "2023-09-14"),
        Reported(Rel("kim-jong-un", "MET", "vladimir-putin", "2023", symmetric: true, document: "d3", sentence: 2, attributedTo: "kcna"), "2023-10"),
        Reported(Rel("vladimir-putin", "SUPPLIED", "kim-jong-un", status: ClaimStatus.Alleged, document: "d2", sentence: 3, confidence: 0.5), "2023-09-14"),
        Reported(Rel("vladimir-putin", "SUPPLIED", "kim-jong-un", "2024", document: "d4", sentence: 1), "2024-01-02"),
        Rel("kim", "VISITED", "russia", "2019", document: "d1", sentence: 4),
        Rel("kcna", "ACCUSED", "kim", document: "d3", sentence: 5),
    ];

    private static readonly Dictionary<string, string?> OutlineOutlets = new() { ["d1"] = "Outlet A", ["d2"] = "Outlet A", ["d3"] = null, ["d4"] = "Outlet B" };

    private static NeighbourhoodQuery AroundPutin(RelationDetail detail, int? maxEdges = null) =>
        new("vladimir-putin", Depth: 2, Limit: 200, MaxEdges: maxEdges, Detail: detail);

    [Fact]
    public async Task Neighbourhood_outlines_carry_what_traversal_knows_and_get_relations_gives_them_whole()
    {
        await using var store = await StoreWithOutletsAsync(OutlineOutlets, OutlineGraph());

        var whole = await store.NeighbourhoodAsync(AroundPutin(RelationDetail.Full));
        var outlines = await store.NeighbourhoodAsync(AroundPutin(RelationDetail.Outline));

        Assert.Equal(7, whole.Edges.Count);
        Assert.All(whole.Edges, r => Assert.False(r.IsOutline));
        Assert.Equal(whole.Nodes, outlines.Nodes);
        Assert.Equal(whole.Edges.Select(r => r.Id), outlines.Edges.Select(r => r.Id));
        foreach (var (outline, full) in outlines.Edges.Zip(whole.Edges))
        {
            if (!outline.IsOutline) Assert.Equal(full, outline);
            Assert.Equal((full.Type, full.SourceId, full.TargetId, full.Date, full.ReportedOn, full.Status, full.Symmetric, full.Citation.DocumentId),
                (outline.Type, outline.SourceId, outline.TargetId, outline.Date, outline.ReportedOn, outline.Status, outline.Symmetric, outline.Citation.DocumentId));
            Assert.Equal(full, await store.GetRelationAsync(full.Id));
        }

        var read = await store.GetRelationsAsync([.. outlines.Edges.Select(r => r.Id), "r-00000000000000000000", outlines.Edges[0].Id]);
        Assert.Equal(whole.Edges.OrderBy(r => r.Id, StringComparer.Ordinal), read.OrderBy(r => r.Id, StringComparer.Ordinal));
        var details = Assert.Single(read, r => r.Details is not null);
        Assert.Equal(("in Vladivostok", "Sentence 1: kim MET vladimir-putin."), (details.Details, details.Citation.Quote));
        Assert.Equal("kcna", Assert.Single(read, r => r.AttributedTo is not null).AttributedTo);
        Assert.Empty(await store.GetRelationsAsync([]));
    }

    [Fact]
    public async Task A_capped_neighbourhood_keeps_the_same_relations_as_outlines_and_whole()
    {
        await using var store = await StoreWithOutletsAsync(OutlineOutlets, OutlineGraph());

        var whole = await store.NeighbourhoodAsync(AroundPutin(RelationDetail.Full, maxEdges: 3));
        var outlines = await store.NeighbourhoodAsync(AroundPutin(RelationDetail.Outline, maxEdges: 3));

        Assert.True(whole.Truncated && outlines.Truncated);
        Assert.Equal(3, whole.Edges.Count);
        Assert.Equal(whole.Edges.Select(r => r.Id), outlines.Edges.Select(r => r.Id));
        Assert.All(whole.Edges, r => Assert.StartsWith("Sentence ", r.Citation.Quote));
    }

    [Fact]
    public async Task Links_grouped_from_outlines_are_the_links_of_the_whole_relations_and_of_the_reference_grouping()
    {
        await using var store = await StoreWithOutletsAsync(OutlineOutlets, OutlineGraph());
        var whole = await store.NeighbourhoodAsync(AroundPutin(RelationDetail.Full));
        var outlines = await store.NeighbourhoodAsync(AroundPutin(RelationDetail.Outline));
        var outlets = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var document in whole.Edges.Select(r => r.Citation.DocumentId).Distinct())
            outlets[document] = (await store.GetDocumentAsync(document))?.Outlet;

        var reference = Shown(LinkGrouping.Group(whole.Edges, d => outlets[d]));
        Assert.Equal(reference, Shown(await store.GroupLinksAsync(whole.Edges)));
        Assert.Equal(reference, Shown(await store.GroupLinksAsync(outlines.Edges)));
        // Reversed input: each link's evidence keeps the order given.
        Assert.Equal(Shown(LinkGrouping.Group(whole.Edges.Reverse(), d => outlets[d])), Shown(await store.GroupLinksAsync(outlines.Edges.Reverse().ToArray())));

        Assert.Equal(["kcna|ACCUSED|kim", "kim-jong-un|MET|vladimir-putin", "kim|MET|vladimir-putin", "kim|VISITED|russia", "vladimir-putin|SUPPLIED|kim-jong-un"],
            reference.Select(l => l.Id));
        var met = reference[1];
        Assert.Equal((2, 2, 2, "2023", "2023-09", "2023-09-14"), (met.Evidence, met.Documents, met.Outlets, met.First, met.Last, met.Reported));
    }

    [Fact]
    public async Task Relations_the_store_does_not_hold_are_grouped_as_given()
    {
        await using var store = await StoreWithOutletsAsync(OutlineOutlets, OutlineGraph());
        var held = (await store.NeighbourhoodAsync(AroundPutin(RelationDetail.Outline))).Edges;
        // One relation the store never saw, one held relation with another date than the store's.
        var foreign = Rel("kim", "MET", "vladimir-putin", "2018", symmetric: true, document: "d9", sentence: 7);
        var changed = held[0] with { Date = PartialDate.Parse("1999") };
        Relation[] given = [.. held.Skip(1), foreign, changed];

        var grouped = Shown(await store.GroupLinksAsync(given));

        Assert.Equal(Shown(LinkGrouping.Group(given, d => OutlineOutlets.GetValueOrDefault(d))).Select(l => (l.Id, l.Evidence, l.Documents, l.First, l.Last, l.Relations)),
            grouped.Select(l => (l.Id, l.Evidence, l.Documents, l.First, l.Last, l.Relations)));
        Assert.Contains(grouped, l => l.First == "1999");

        // Without the foreign relation every relation is held under its id; the changed date still counts as given.
        Relation[] heldOnly = [.. held.Skip(1), changed];
        Assert.Equal(Shown(LinkGrouping.Group(heldOnly, d => OutlineOutlets.GetValueOrDefault(d))), Shown(await store.GroupLinksAsync(heldOnly)));
    }

    private sealed record ShownLink(string Id, int Evidence, int Documents, int Outlets, string? First, string? Last, string? Reported, string Statuses, string Relations);

    private static ShownLink[] Shown(IReadOnlyList<LinkWithEvidence> links) => links.Select(l => new ShownLink(
        l.Link.Id, l.Link.EvidenceCount, l.Link.DocumentCount, l.Link.OutletCount, l.Link.FirstDate?.ToString(), l.Link.LastDate?.ToString(),
        l.Link.FirstReported?.ToString(), string.Join(",", l.Link.Statuses), string.Join(",", l.Evidence.Select(r => r.Id)))).ToArray();
}
