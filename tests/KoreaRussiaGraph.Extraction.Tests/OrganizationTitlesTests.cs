namespace KoreaRussiaGraph.Extraction.Tests;

/// <summary>International organisations named inside titles or qualified by a state.</summary>
public class OrganizationTitlesTests
{
    [Fact]
    public void A_states_own_security_council_is_not_the_un_security_council()
    {
        var keys = TestSupport.Extract("Russia's Security Council Secretary Sergei Shoigu traveled to Pyongyang on Monday.", "2025-05-02").Keys();
        Assert.Contains("sergei-shoigu VISITED north-korea", keys);
        Assert.DoesNotContain(keys, k => k.StartsWith("unsc ", StringComparison.Ordinal));
    }

    [Fact]
    public void An_organisation_in_a_persons_title_is_no_party()
    {
        var keys = TestSupport.Extract("Security Council Secretary Sergei Shoigu met Kim Jong Un.", "2025-05-02").Keys();
        Assert.Contains(keys, k => k is "kim-jong-un MET sergei-shoigu" or "sergei-shoigu MET kim-jong-un");
        Assert.DoesNotContain(keys, k => k.Contains("unsc", StringComparison.Ordinal));
    }

    [Fact]
    public void The_un_security_council_unqualified_is_still_the_council()
    {
        Assert.Contains("russia VETOED unsc", TestSupport.Extract("Russia vetoed a draft resolution at the UN Security Council.", "2025-05-02").Keys());
    }
}
