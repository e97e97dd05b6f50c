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
}
