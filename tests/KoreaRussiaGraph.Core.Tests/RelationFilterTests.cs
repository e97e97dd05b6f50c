using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Querying;

namespace KoreaRussiaGraph.Core.Tests;

public sealed class RelationFilterTests
{
    private static Relation Make(string type = "SUPPLIED", string? date = "2022", ClaimStatus status = ClaimStatus.Asserted, bool symmetric = false) =>
        Relation.Create(type, "russia", "north-korea", symmetric, new Citation("doc", 0, "q", 0, 1, "rule"),
            date is null ? null : PartialDate.Parse(date), status: status);

    [Fact]
    public void Default_keeps_asserted_and_alleged_of_any_type_and_date()
    {
        Assert.True(RelationFilter.Default.Matches(Make()));
        Assert.True(RelationFilter.Default.Matches(Make(status: ClaimStatus.Alleged)));
        Assert.False(RelationFilter.Default.Matches(Make(status: ClaimStatus.Planned)));
        Assert.False(RelationFilter.Default.Matches(Make(status: ClaimStatus.Denied)));
        Assert.True(RelationFilter.Default.Matches(Make(date: null)));
    }

    [Fact]
    public void A_date_filter_drops_undated_relations_unless_asked_to_keep_them()
    {
        var from2020 = new RelationFilter { From = PartialDate.Parse("2020") };
        Assert.True(from2020.Matches(Make(date: "2022")));
        Assert.False(from2020.Matches(Make(date: "2019")));
        Assert.False(from2020.Matches(Make(date: null)));
        Assert.True((from2020 with { IncludeUndated = true }).Matches(Make(date: null)));
    }

    [Fact]
    public void Types_restrict_what_matches()
    {
        var met = new RelationFilter { Types = new HashSet<string> { "MET" } };
        Assert.False(met.Matches(Make()));
        Assert.True(met.Matches(Make(type: "MET", symmetric: true)));
    }

    [Fact]
    public void Direction_is_relative_to_the_actor_walked_from_and_symmetric_relations_cross_both_ways()
    {
        var supplied = Make();
        var outgoing = new RelationFilter { Direction = Direction.Out };
        Assert.True(outgoing.Traverses(supplied, "russia"));
        Assert.False(outgoing.Traverses(supplied, "north-korea"));
        Assert.True(new RelationFilter { Direction = Direction.In }.Traverses(supplied, "north-korea"));
        Assert.True(outgoing.Traverses(Make(type: "MET", symmetric: true), "russia"));
        Assert.True(outgoing.Traverses(Make(type: "MET", symmetric: true), "north-korea"));
    }

    [Fact]
    public void Symmetric_relations_are_stored_in_canonical_order_under_one_stable_id()
    {
        var citation = new Citation("doc", 3, "q", 0, 1, "rule");
        var a = Relation.Create("MET", "vladimir-putin", "kim-jong-un", symmetric: true, citation);
        var b = Relation.Create("MET", "kim-jong-un", "vladimir-putin", symmetric: true, citation);
        Assert.Equal(a.Id, b.Id);
        Assert.Equal("kim-jong-un", a.SourceId);
        Assert.NotEqual(a.Id, Relation.Create("MET", "kim-jong-un", "vladimir-putin", true, citation with { SentenceIndex = 4 }).Id);
    }

    [Fact]
    public void Query_bounds_are_errors_that_name_the_bound()
    {
        var error = Assert.Throws<GraphQueryException>(() => new NeighbourhoodQuery("x", Depth: 9).Validate());
        Assert.Equal("BOUND_EXCEEDED", error.Code);
        Assert.Contains("'depth'", error.Message);
        Assert.Contains("'k'", Assert.Throws<GraphQueryException>(() => new PathQuery("a", "b", K: 500).Validate()).Message);
        var inverted = new RelationFilter { From = PartialDate.Parse("2024"), To = PartialDate.Parse("2020") };
        Assert.Equal("INVALID_ARGUMENT", Assert.Throws<GraphQueryException>(() => new PathQuery("a", "b", Filter: inverted).Validate()).Code);
    }
}
