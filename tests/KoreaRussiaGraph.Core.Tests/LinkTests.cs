using KoreaRussiaGraph.Core.Links;
using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Core.Tests;

public sealed class LinkTests
{
    private static Link Met(int evidence) => new(new LinkKey("kim-jong-un", "MET", "vladimir-putin"), evidence, 2, 2,
        PartialDate.Parse("2019-04-25"), PartialDate.Parse("2023-09"), PartialDate.Parse("2019-04-26"), LinkTally.StatusesOf(1 << (int)ClaimStatus.Asserted));

    [Fact]
    public void A_links_id_is_built_on_first_use_and_takes_no_part_in_equality()
    {
        var asked = Met(3);
        var untouched = Met(3);

        Assert.Equal("kim-jong-un|MET|vladimir-putin", asked.Id);
        Assert.Equal(asked, untouched);
        Assert.Equal(asked.GetHashCode(), untouched.GetHashCode());
        Assert.NotEqual(asked, Met(4));
        Assert.NotEqual(asked, asked with { Key = new LinkKey("kim-jong-un", "MET", "sergei-shoigu") });
        Assert.Equal("kim-jong-un|MET|sergei-shoigu", (asked with { Key = new LinkKey("kim-jong-un", "MET", "sergei-shoigu") }).Id);
    }

    [Fact]
    public void Statuses_of_a_mask_are_listed_in_enum_order_and_shared()
    {
        var mask = (1 << (int)ClaimStatus.Denied) | (1 << (int)ClaimStatus.Asserted);
        Assert.Equal([ClaimStatus.Asserted, ClaimStatus.Denied], LinkTally.StatusesOf(mask));
        Assert.Same(LinkTally.StatusesOf(mask), LinkTally.StatusesOf(mask));
    }

    [Theory]
    [InlineData("2019", "2023-09", "2019-04-26")]
    [InlineData("0001-01-01", "9999-12-31", "2024-02-29")]
    [InlineData(null, null, null)]
    public void A_links_dates_read_back_as_given_at_every_precision(string? first, string? last, string? reported)
    {
        PartialDate? Date(string? text) => text is null ? null : PartialDate.Parse(text);
        var link = new Link(new LinkKey("a", "MET", "b"), 1, 1, 1, Date(first), Date(last), Date(reported), LinkTally.StatusesOf(1));

        Assert.Equal(Date(first), link.FirstDate);
        Assert.Equal(Date(last), link.LastDate);
        Assert.Equal(Date(reported), link.FirstReported);
        Assert.Equal(Date(first)?.Precision, link.FirstDate?.Precision);
        Assert.Equal(PartialDate.Parse("2020-05"), (link with { LastDate = PartialDate.Parse("2020-05") }).LastDate);
        Assert.Equal(Date(first), (link with { LastDate = PartialDate.Parse("2020-05") }).FirstDate);
    }

    [Fact]
    public void Evidence_as_a_range_of_a_shared_array_lists_that_range_only()
    {
        var relations = Enumerable.Range(0, 5).Select(i => Relation.Create("MET", "a", "b", true,
            new Citation("doc", i, $"sentence {i}", 0, 10, "test"), confidence: 0.9)).ToArray();
        var link = Met(2);

        var ranged = new LinkWithEvidence(link, relations, 1, 2);

        Assert.Equal([relations[1], relations[2]], ranged.Evidence);
        Assert.Equal(ranged, new LinkWithEvidence(link, relations, 1, 2));
        Assert.NotEqual(ranged, new LinkWithEvidence(link, relations, 2, 2));
        var (deconstructed, evidence) = ranged;
        Assert.Same(link, deconstructed);
        Assert.Equal([relations[1], relations[2]], evidence);
        Assert.Equal([relations[4]], (ranged with { Evidence = [relations[4]] }).Evidence);
        Assert.Throws<ArgumentOutOfRangeException>(() => new LinkWithEvidence(link, relations, 4, 2));
    }

    [Fact]
    public void Grouped_links_list_each_link_with_its_own_run_of_the_shared_evidence()
    {
        var relations = Enumerable.Range(0, 5).Select(i => Relation.Create("MET", "a", "b", true,
            new Citation("doc", i, $"sentence {i}", 0, 10, "test"), confidence: 0.9)).ToArray();
        Link[] links = [Met(2), Met(0), Met(3)];

        var grouped = new GroupedLinks(links, relations, [0, 2, 2, 5]);

        Assert.Equal(3, grouped.Count);
        Assert.Same(links[2], grouped[2].Link);
        Assert.Equal([relations[0], relations[1]], grouped[0].Evidence);
        Assert.Empty(grouped[1].Evidence);
        Assert.Equal([relations[2], relations[3], relations[4]], grouped[2].Evidence);
        Assert.Equal(grouped[2], grouped[2]);
        Assert.NotEqual(grouped[0], grouped[2]);
        Assert.Equal(links, grouped.Select(l => l.Link));
        Assert.Throws<ArgumentOutOfRangeException>(() => grouped[3]);
    }

    [Theory]
    [InlineData(new[] { 0, 2, 5 })]      // one start short of the links
    [InlineData(new[] { 1, 2, 2, 5 })]   // not from 0
    [InlineData(new[] { 0, 2, 2, 4 })]   // not up to the evidence's end
    [InlineData(new[] { 0, 3, 2, 5 })]   // a run that ends before it starts
    public void Grouped_links_refuse_starts_that_do_not_cut_the_evidence_into_runs(int[] starts)
    {
        var relations = Enumerable.Range(0, 5).Select(i => Relation.Create("MET", "a", "b", true,
            new Citation("doc", i, $"sentence {i}", 0, 10, "test"), confidence: 0.9)).ToArray();

        Assert.Throws<ArgumentException>(() => new GroupedLinks([Met(2), Met(0), Met(3)], relations, starts));
    }

    [Fact]
    public void A_default_link_with_evidence_has_no_link_and_no_evidence()
    {
        var none = default(LinkWithEvidence);

        Assert.Null(none.Link);
        Assert.Empty(none.Evidence);
        Assert.NotEqual(none, new LinkWithEvidence(Met(0), []));
    }

    [Fact]
    public void Grouped_links_given_as_an_order_list_each_links_relations_in_that_order()
    {
        var relations = Enumerable.Range(0, 5).Select(i => Relation.Create("MET", "a", "b", true,
            new Citation("doc", i, $"sentence {i}", 0, 10, "test"), confidence: 0.9)).ToArray();
        Link[] links = [Met(2), Met(3)];

        var grouped = new GroupedLinks(links, relations, [4, 0, 3, 1, 2], [0, 2, 5]);

        Assert.Equal([relations[4], relations[0]], grouped[0].Evidence);
        Assert.Equal([relations[3], relations[1], relations[2]], grouped[1].Evidence);
        Assert.Same(links[1], grouped[1].Link);
        Assert.Equal(grouped[1], grouped[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => new GroupedLinks(links, relations, [4, 0, 3, 1, 5], [0, 2, 5]));
        Assert.Throws<ArgumentException>(() => new GroupedLinks(links, relations, [4, 0, 3, 1], [0, 2, 5]));
    }
}
