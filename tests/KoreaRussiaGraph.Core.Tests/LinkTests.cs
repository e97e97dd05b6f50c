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
}
