namespace KoreaRussiaGraph.Extraction.Tests;

/// <summary>Officials the text does not name act for their state: an office with no single known holder, a state's counterparts.</summary>
public class OfficialsAndCounterpartsTests
{
    [Theory]
    [InlineData("Lavrov held talks with Iran's foreign minister on Monday.", "iran MET sergei-lavrov")]
    [InlineData("Syria's defence minister sent a letter to Iran on Monday.", "syria MESSAGED iran")]
    public void An_office_with_no_known_holder_stands_for_its_state(string sentence, string key)
    {
        Assert.Contains(key, TestSupport.Extract(sentence, "2024-06-05").Keys());
    }

    [Fact]
    public void An_office_with_a_known_holder_is_that_person()
    {
        Assert.Contains("kim-jong-un MET sergei-lavrov", TestSupport.Extract("Lavrov held talks with North Korea's leader on Monday.", "2024-06-05").Keys());
    }

    [Theory]
    [InlineData("Choe Son Hui sent letters to her counterparts in Syria and Iran.")]
    [InlineData("Choe Son Hui sent a letter to her counterpart from Syria.")]
    public void Counterparts_in_a_state_stand_for_it(string sentence)
    {
        var keys = TestSupport.Extract(sentence, "2024-06-05").Keys();
        Assert.Contains("choe-son-hui MESSAGED syria", keys);
        Assert.DoesNotContain(keys, k => k.EndsWith("MESSAGED choe-son-hui"));
    }

    [Fact]
    public void A_war_a_leader_is_said_to_own_is_his_states()
    {
        var keys = TestSupport.Extract("Lukashenko has backed Putin's war on Ukraine.", "2024-06-05").Keys();
        Assert.Contains("alexander-lukashenko SUPPORTED russia", keys);
        Assert.DoesNotContain("alexander-lukashenko SUPPORTED vladimir-putin", keys);
    }

    [Fact]
    public void Other_things_a_leader_owns_stay_his()
    {
        Assert.Contains("alexander-lukashenko SUPPORTED vladimir-putin", TestSupport.Extract("Lukashenko has backed Putin's decision.", "2024-06-05").Keys());
    }

    [Fact]
    public void A_region_noun_with_an_of_phrase_names_the_regions_themselves()
    {
        var keys = TestSupport.Extract("Syria sent letters to the breakaway republics of Donetsk and Luhansk.", "2024-06-05").Keys();
        Assert.Contains("syria MESSAGED donetsk-peoples-republic", keys);
        Assert.Contains("syria MESSAGED luhansk-peoples-republic", keys);
    }

    [Fact]
    public void Regions_in_a_state_are_not_that_state()
    {
        Assert.DoesNotContain("iran SUPPLIED ukraine", TestSupport.Extract("Iran supplied drones to the separatist regions in Ukraine.", "2024-06-05").Keys());
    }
}

/// <summary>"the defence ministers of X and Y": a two-word office in the plural names each state's holder, or the state.</summary>
public class PluralOfficesTests
{
    [Fact]
    public void Each_states_holder_or_else_the_state_stands_for_the_office()
    {
        var keys = TestSupport.Extract("The foreign ministers of Russia and Iran met on Monday.", "2023-07-26").Keys();
        Assert.Contains("iran MET sergei-lavrov", keys);
    }

    [Fact]
    public void Known_holders_of_a_two_word_office_meet_each_other()
    {
        Assert.Contains("choe-son-hui MET sergei-lavrov", TestSupport.Extract("The foreign ministers of Russia and North Korea met on Monday.", "2023-07-26").Keys());
    }
}

/// <summary>"X and other Y officials": the others are the named person's retinue.</summary>
public class RetinueTests
{
    [Fact]
    public void Other_officials_of_a_named_persons_state_are_no_party_of_their_own()
    {
        var keys = TestSupport.Extract("Lavrov and other Russian officials arrived in Tehran on Tuesday.", "2024-06-05").Keys();
        Assert.Contains("sergei-lavrov VISITED iran", keys);
        Assert.DoesNotContain("russia VISITED iran", keys);
    }

    [Fact]
    public void Officials_of_another_state_stay_a_party()
    {
        Assert.Contains("syria VISITED iran", TestSupport.Extract("Lavrov and other Syrian officials arrived in Tehran on Tuesday.", "2024-06-05").Keys());
    }
}
