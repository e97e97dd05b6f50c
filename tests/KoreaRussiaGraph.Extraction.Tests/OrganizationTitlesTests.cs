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

/// <summary>Meeting by receiving a visitor or by appearing alongside someone.</summary>
public class CopresenceTests
{
    [Fact]
    public void Receiving_a_person_is_meeting_them_but_receiving_goods_is_supply()
    {
        Assert.Contains(TestSupport.Extract("Kim received Shoigu in Pyongyang.", "2025-05-02").Keys(), k => k is "kim-jong-un MET sergei-shoigu" or "sergei-shoigu MET kim-jong-un");
        var goods = TestSupport.Extract("Iran received drones from Russia.", "2025-05-02").Keys();
        Assert.Contains("russia SUPPLIED iran", goods);
        Assert.DoesNotContain(goods, k => k.Contains(" MET ", StringComparison.Ordinal));
    }

    [Fact]
    public void Attending_an_event_alongside_people_is_meeting_them()
    {
        var keys = TestSupport.Extract("Kim watched the launch alongside Putin.", "2025-05-02").Keys();
        Assert.Contains(keys, k => k is "kim-jong-un MET vladimir-putin" or "vladimir-putin MET kim-jong-un");
    }

    [Fact]
    public void A_copresence_verb_without_its_companion_relates_no_coordinated_subject()
    {
        Assert.DoesNotContain(TestSupport.Extract("Iran and Syria appear to be close.", "2025-05-02").Relations, r => r.Type == "MET");
    }
}

/// <summary>A state's organs act for it; ratifying a treaty concludes it.</summary>
public class StateOrgansTests
{
    [Theory]
    [InlineData("Iran's government supplied drones to Syria.", "iran SUPPLIED syria")]
    [InlineData("Iran's foreign ministry condemned Syria.", "iran OPPOSED syria")]
    [InlineData("Iran's troops invaded Iraq.", "iran INVADED iraq")]
    public void A_states_possessive_organ_is_the_state_acting(string sentence, string key)
    {
        Assert.Contains(key, TestSupport.Extract(sentence, "2025-05-02").Keys());
    }

    [Fact]
    public void A_possessive_trigger_noun_stays_a_possessive()
    {
        Assert.Contains("iran SUPPORTED syria", TestSupport.Extract("Iran's support for Syria grew.", "2025-05-02").Keys());
    }

    [Fact]
    public void Ratifying_a_treaty_with_a_state_is_signing_with_it()
    {
        Assert.Contains(TestSupport.Extract("Iran's parliament ratified the treaty with Syria.", "2025-05-02").Keys(), k => k is "iran SIGNED syria" or "syria SIGNED iran");
    }
}

public class LedGroupTests
{
    [Theory]
    [InlineData("Kim hosted a Russian delegation led by Sergei Shoigu.")]
    [InlineData("Kim met a delegation headed by Sergei Shoigu.")]
    public void A_delegation_led_by_someone_stands_for_its_leader(string sentence)
    {
        var keys = TestSupport.Extract(sentence, "2025-05-02").Keys();
        Assert.Contains(keys, k => k is "kim-jong-un MET sergei-shoigu" or "sergei-shoigu MET kim-jong-un");
        Assert.DoesNotContain(keys, k => k is "kim-jong-un MET russia" or "russia MET kim-jong-un");
    }

    [Fact]
    public void A_delegation_without_a_leader_stands_for_its_state()
    {
        Assert.Contains(TestSupport.Extract("Kim met a Russian delegation in Pyongyang.", "2025-05-02").Keys(), k => k is "kim-jong-un MET russia" or "russia MET kim-jong-un");
    }
}

public class NewPeopleWithOfficesTests
{
    [Fact]
    public void A_person_after_a_multi_word_office_is_a_new_person()
    {
        var keys = TestSupport.Extract("Iranian Natural Resources Minister Reza Ahmadi met Kim Jong Un.", "2025-03-04").Keys();
        Assert.Contains(keys, k => k is "reza-ahmadi MET kim-jong-un" or "kim-jong-un MET reza-ahmadi");
    }

    [Fact]
    public void Leading_a_delegation_to_a_place_is_visiting_it()
    {
        Assert.Contains("andrei-belousov VISITED north-korea", TestSupport.Extract("In November, Defence Minister Andrei Belousov led a delegation to Pyongyang.", "2025-03-04").Keys());
    }

    [Fact]
    public void A_verb_trigger_read_as_a_noun_between_a_determiner_and_a_noun_is_a_modifier()
    {
        Assert.DoesNotContain(TestSupport.Extract("Vostok Intur, a travel agency in Vladivostok, organised the trip.", "2025-03-04").Relations, r => r.Type == "VISITED");
    }
}

public class DatelineAndAddressTests
{
    [Fact]
    public void A_dateline_dates_the_report_not_the_event()
    {
        var r = TestSupport.Extract("PYONGYANG, June 5 -- Kim Jong Un received Sergei Shoigu at the headquarters on June 4.", "2025-06-05").Relations.Single(x => x.Type == "MET");
        Assert.Equal(KoreaRussiaGraph.Core.Model.PartialDate.Parse("2025-06-04"), r.Date);
    }

    [Fact]
    public void Comrade_is_a_title_of_address()
    {
        Assert.Contains(TestSupport.Extract("Comrade Kim Jong Un received Sergei Shoigu.", "2025-06-05").Keys(), k => k is "kim-jong-un MET sergei-shoigu" or "sergei-shoigu MET kim-jong-un");
    }
}

public class OrganOfStateTests
{
    [Fact]
    public void An_organ_followed_by_of_and_its_state_is_the_state_acting()
    {
        Assert.Contains("north-korea OPPOSED united-states", TestSupport.Extract("The Foreign Ministry of the DPRK issued a statement denouncing the United States.", "2025-06-05").Keys());
    }

    [Fact]
    public void A_university_of_a_city_is_not_its_state()
    {
        Assert.DoesNotContain(TestSupport.Extract("The University of Tokyo hosted Putin.", "2025-06-05").Relations, r => r.SourceId == "japan" || r.TargetId == "japan");
    }
}
