using KoreaRussiaGraph.Core.Querying;

namespace KoreaRussiaGraph.Core.Tests;

public sealed class ActorSuggestionsTests
{
    private static readonly string[] Known = ["kim-jong-un", "kim-jong-il", "vladimir-putin", "sergei-shoigu", "unsc", "united-states"];

    [Fact]
    public void A_partial_id_suggests_the_ids_that_contain_it()
    {
        var closest = ActorSuggestions.Closest("kim", Known);
        Assert.Equal(["kim-jong-il", "kim-jong-un"], closest.Take(2).Order(StringComparer.Ordinal));
        Assert.Equal("sergei-shoigu", ActorSuggestions.Closest("shoigu", Known)[0]);
    }

    [Fact]
    public void A_typo_suggests_by_edit_distance_and_nonsense_suggests_nothing()
    {
        Assert.Equal("vladimir-putin", ActorSuggestions.Closest("vladimir-puttin", Known)[0]);
        Assert.Empty(ActorSuggestions.Closest("zzzzzzzzzzzz", Known));
    }

    [Fact]
    public void Only_a_bounded_number_of_known_ids_is_looked_at()
    {
        var looked = 0;
        IEnumerable<string> Many() { for (var i = 0; ; i++) { looked++; yield return $"actor-{i}"; } } // endless on purpose

        ActorSuggestions.Closest("actor-x", Many());

        Assert.Equal(ActorSuggestions.MaxCandidates, looked);
    }

    [Fact]
    public void A_probe_longer_than_any_id_still_finds_ids_it_starts_with()
    {
        var probe = "kim-jong-un" + new string('z', 1_000_000);

        Assert.Empty(ActorSuggestions.Closest(probe, Known)); // cut to 64 characters, still far from every id
        Assert.Equal("kim-jong-un", ActorSuggestions.Closest("kim-jong-uu", Known)[0]);
    }
}
