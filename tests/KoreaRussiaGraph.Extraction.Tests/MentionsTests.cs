using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Extraction.Tests;

/// <summary>Mentions are observed through the relations they produce and the explanation of each mention.</summary>
public class MentionsTests
{
    private static IEnumerable<string> MentionSteps(string text, string? published = null) =>
        TestSupport.Explain(text, published).Explanations.SelectMany(e => e.Mentions).Select(m => $"{m.Text}={string.Join("+", m.ActorIds)}");

    [Fact]
    public void Hyphenated_and_spaced_spellings_reach_the_same_actor()
    {
        var result = TestSupport.Extract("Kim Jong-un met Vladimir Putin. Later, Kim Jong Un met Sergei Lavrov.", "2023-09-15");
        Assert.Contains("kim-jong-un MET vladimir-putin", result.Keys());
        Assert.Contains("kim-jong-un MET sergei-lavrov", result.Keys());
    }

    [Fact]
    public void Metonyms_stand_for_their_state()
    {
        var result = TestSupport.Extract("The Kremlin backed Pyongyang. Washington sanctioned Beijing.");
        Assert.Contains("russia SUPPORTED north-korea", result.Keys());
        Assert.Contains("united-states SANCTIONED china", result.Keys());
    }

    [Fact]
    public void A_demonym_heading_an_agentive_noun_is_its_state_but_not_before_other_nouns()
    {
        var result = TestSupport.Extract("Chinese companies have been supplying Iran with drones. A Russian city hosted Japanese tourists.");
        Assert.Contains("china SUPPLIED iran", result.Keys());
        Assert.DoesNotContain(result.Relations, r => r.Type == "MET");
    }

    [Fact]
    public void Title_with_name_is_one_person_and_later_surname_is_the_same()
    {
        var result = TestSupport.Extract("Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Monday. Lavrov met Choe Son Hui.", "2024-05-08");
        Assert.Contains("sergei-lavrov VISITED north-korea", result.Keys());
        Assert.Contains("choe-son-hui MET sergei-lavrov", result.Keys());
        Assert.DoesNotContain(result.Relations, r => r.SourceId == "russia" || r.TargetId == "russia");
    }

    [Theory]
    [InlineData("2023-07-20", "sergei-shoigu")]
    [InlineData("2024-11-29", "andrei-belousov")]
    public void A_title_without_a_name_is_whoever_held_the_office_at_publication(string published, string expected)
    {
        var result = TestSupport.Extract("The Russian defence minister visited Pyongyang.", published);
        Assert.Equal(expected, Assert.Single(result.Relations).SourceId);
    }

    [Theory]
    [InlineData("2001-08-04", "kim-jong-il")]
    [InlineData("2019-04-26", "kim-jong-un")]
    public void A_shared_alias_resolves_by_its_validity_at_publication(string published, string expected)
    {
        var result = TestSupport.Extract("Putin met leader Kim in Moscow.", published);
        Assert.Contains($"{expected} MET vladimir-putin", result.Keys());
    }

    [Fact]
    public void Names_beyond_the_gazetteer_become_actors_with_slug_ids_and_guessed_kinds()
    {
        var result = TestSupport.Extract("Tomas Varga criticised Russia. The Baltic Energy Institute supported Ukraine. Later Varga condemned Moscow again.");
        var person = Assert.Single(result.Actors, a => a.Id == "tomas-varga");
        Assert.Equal(ActorKind.Person, person.Kind);
        Assert.Equal(ActorKind.Organization, Assert.Single(result.Actors, a => a.Id == "baltic-energy-institute").Kind);
        Assert.Equal(2, result.Relations.Count(r => r.SourceId == "tomas-varga" && r.Type == "OPPOSED" && r.TargetId == "russia"));
        Assert.Contains("baltic-energy-institute SUPPORTED ukraine", result.Keys());
    }

    [Fact]
    public void A_regime_named_after_its_leader_is_the_state()
    {
        var result = TestSupport.Extract("Moscow transferred fighter jets to the Kim regime in 2024.");
        Assert.Equal("fighter jets", result.Single("russia", "SUPPLIED", "north-korea").Details);
    }

    [Fact]
    public void A_possessor_of_a_kin_noun_is_not_the_argument()
    {
        var result = TestSupport.Extract("Putin met Kim's father, Kim Jong Il, in 2002.", "2002-08-30");
        Assert.Contains("kim-jong-il MET vladimir-putin", result.Keys());
        Assert.DoesNotContain(result.Relations, r => r.SourceId == "kim-jong-un" || r.TargetId == "kim-jong-un");
    }

    [Fact]
    public void A_known_alias_inside_an_unknown_longer_name_is_not_matched()
    {
        var steps = MentionSteps("The Korean Workers Security Council opposed the United States.").ToArray();
        Assert.DoesNotContain(steps, s => s.EndsWith("=unsc"));
    }
}
