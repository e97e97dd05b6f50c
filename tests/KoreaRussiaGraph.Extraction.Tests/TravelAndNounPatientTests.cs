namespace KoreaRussiaGraph.Extraction.Tests;

/// <summary>Verbs of departure, and a name between a possessor and its noun.</summary>
public class TravelAndNounPatientTests
{
    [Theory]
    [InlineData("Putin arrived in Vladivostok and then departed for Beijing.")]
    [InlineData("Putin left for Beijing on Monday.")]
    public void Departing_for_a_place_is_travel_to_it(string sentence)
    {
        Assert.Contains("vladimir-putin VISITED china", TestSupport.Extract(sentence, "2023-05-02").Keys());
    }

    [Fact]
    public void Leaving_a_place_is_no_visit_to_it()
    {
        Assert.DoesNotContain("vladimir-putin VISITED china", TestSupport.Extract("Putin left Beijing on Monday.", "2023-05-02").Keys());
    }

    [Theory]
    [InlineData("The talks followed Kim's first Russia visit in 2019.", "kim-jong-un VISITED russia")]
    [InlineData("Moscow's Ukraine invasion began in 2022.", "russia INVADED ukraine")]
    public void A_bare_name_between_a_possessor_and_the_noun_is_its_patient(string sentence, string key)
    {
        Assert.Contains(key, TestSupport.Extract(sentence, "2023-05-02").Keys());
    }
}

/// <summary>Who meets whom when one party meets several.</summary>
public class PartnersTests
{
    [Fact]
    public void Partners_of_a_practice_of_separate_meetings_do_not_meet_each_other()
    {
        var keys = TestSupport.Extract("Kim pursued summit diplomacy with Japan, Canada and Iran.", "2023-05-02").Keys();
        Assert.Contains(keys, k => k is "kim-jong-un MET japan" or "japan MET kim-jong-un");
        Assert.DoesNotContain(keys, k => k is "japan MET canada" or "canada MET japan" or "canada MET iran" or "iran MET canada");
    }

    [Fact]
    public void Partners_of_one_summit_all_meet()
    {
        var keys = TestSupport.Extract("The United States will hold a summit with Japan and Canada next week.", "2023-05-02").Keys();
        Assert.Contains(keys, k => k is "japan MET canada" or "canada MET japan");
    }
}

/// <summary>Coordinated nouns sharing a possessor; symmetric passives.</summary>
public class CoordinationAndPassiveTests
{
    [Fact]
    public void The_second_of_two_coordinated_nouns_shares_the_first_ones_possessor()
    {
        Assert.Contains("syria SUPPORTED iran", TestSupport.Extract("Syria is Iran's main customer and closest ally.", "2023-05-02").Keys());
    }

    [Theory]
    [InlineData("A deal was signed between Iran and Syria.")]
    [InlineData("Officials described the agreement signed between Iran and Syria.")]
    public void A_symmetric_passive_names_its_parties_after_between(string sentence)
    {
        Assert.Contains(TestSupport.Extract(sentence, "2023-05-02").Keys(), k => k is "iran SIGNED syria" or "syria SIGNED iran");
    }
}

public class CompoundModifierRolesTests
{
    [Fact]
    public void A_compound_modifier_in_a_nouns_patient_phrase_is_not_its_patient()
    {
        Assert.DoesNotContain("iran SUPPORTED russia", TestSupport.Extract("The letters follow Iran's recognition of two Moscow-backed separatist regions.", "2023-05-02").Keys());
    }

    [Fact]
    public void A_compound_modifier_in_an_agent_phrase_names_the_agent()
    {
        Assert.Contains("united-states SANCTIONED iran", TestSupport.Extract("Iran faces heavy sanctions imposed by U.S.-led coalitions.", "2023-05-02").Keys());
    }
}

public class ParentheticalPassiveTests
{
    [Fact]
    public void A_parenthetical_passive_participle_names_its_parties_after_by()
    {
        var r = TestSupport.Extract("The treaty, signed by Putin and Kim in June 2024, commits each to help the other.", "2025-05-02").Relations;
        Assert.Contains(r, x => x.Type == "SIGNED" && new[] { x.SourceId, x.TargetId }.Order().SequenceEqual(["kim-jong-un", "vladimir-putin"]) && x.Date == KoreaRussiaGraph.Core.Model.PartialDate.Parse("2024-06"));
    }

    [Fact]
    public void A_us_treasury_department_sanction_is_the_united_states()
    {
        Assert.Contains("united-states SANCTIONED north-korea", TestSupport.Extract("The Treasury Department sanctioned three North Korean officials.", "2025-05-02").Keys());
    }
}
