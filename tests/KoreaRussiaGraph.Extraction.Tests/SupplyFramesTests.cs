namespace KoreaRussiaGraph.Extraction.Tests;

/// <summary>Verbs and nouns of supply: what they move decides whether sending is supplying, and who moves it.</summary>
public class SupplyFramesTests
{
    [Theory]
    [InlineData("Iran sent drones to Syria last month.")]
    [InlineData("Iran dispatched troops to Syria.")]
    public void Sending_goods_or_troops_supplies_the_recipient(string sentence)
    {
        Assert.Contains("iran SUPPLIED syria", TestSupport.Extract(sentence, "2023-05-02").Keys());
    }

    [Fact]
    public void Sending_a_delegation_supplies_nothing()
    {
        Assert.DoesNotContain("iran SUPPLIED syria", TestSupport.Extract("Iran sent a delegation to Syria.", "2023-05-02").Keys());
    }

    [Fact]
    public void After_a_possessive_a_verb_noun_homograph_is_a_noun_whose_possessor_is_the_agent()
    {
        var keys = TestSupport.Extract("Kyiv condemned Iran's transfer of drones to Syria.", "2023-05-02").Keys();
        Assert.Contains("iran SUPPLIED syria", keys);
        Assert.DoesNotContain("ukraine SUPPLIED syria", keys);
    }

    [Fact]
    public void The_demonym_of_the_goods_a_noun_moves_is_their_supplier()
    {
        Assert.Contains("north-korea SUPPLIED syria", TestSupport.Extract("Officials tracked the transfer of North Korean artillery shells to Syria.", "2023-05-02").Keys());
    }

    [Fact]
    public void A_demonym_of_something_that_is_not_goods_is_no_supplier()
    {
        Assert.DoesNotContain("north-korea SUPPLIED syria", TestSupport.Extract("Officials tracked the transfer of North Korean diplomats to Syria.", "2023-05-02").Keys());
    }
}

/// <summary>Passives, full and reduced: the agent comes from "by", never from the clause subject.</summary>
public class PassiveSupplyTests
{
    [Fact]
    public void A_participle_on_a_noun_inside_a_prepositional_phrase_has_no_clause_subject_as_agent()
    {
        Assert.Empty(TestSupport.Extract("We assessed that the amount of materials delivered to Syria will not change much.", "2023-05-02").Relations);
    }

    [Fact]
    public void A_finite_verb_after_a_subject_noun_is_no_reduced_relative()
    {
        Assert.Contains("iran SUPPLIED syria", TestSupport.Extract("Iran said its government delivered aid to Syria.", "2023-05-02").Keys());
    }

    [Theory]
    [InlineData("Arms were supplied to Syria by Iran.")]
    [InlineData("The volume of arms supplied to Syria by Iran grew.")]
    public void A_passive_of_goods_takes_the_recipient_after_to_and_the_agent_after_by(string sentence)
    {
        Assert.Contains("iran SUPPLIED syria", TestSupport.Extract(sentence, "2023-05-02").Keys());
    }
}

/// <summary>When the clause subject is the recipient of aid.</summary>
public class AidRecipientTests
{
    [Theory]
    [InlineData("Syria received military aid from Iran.")]
    [InlineData("Syria fought the war with extensive help from Iran.")]
    [InlineData("For decades, Syria relied heavily on aid from Iran.")]
    public void The_subject_receives_aid_through_a_verb_of_receiving_or_a_with_phrase(string sentence)
    {
        Assert.Contains("iran SUPPLIED syria", TestSupport.Extract(sentence, "2023-05-02").Keys());
    }

    [Fact]
    public void The_subject_of_a_verb_of_judging_receives_nothing()
    {
        Assert.DoesNotContain("iran SUPPLIED syria", TestSupport.Extract("Syria assessed that there was assistance from Iran.", "2023-05-02").Keys());
    }
}

public class FightingForTests
{
    [Theory]
    [InlineData("Iranian soldiers are fighting alongside Syrian forces.")]
    [InlineData("Iran fought for Syria in the war.")]
    public void Fighting_alongside_or_for_a_party_supports_it(string sentence)
    {
        Assert.Contains("iran SUPPORTED syria", TestSupport.Extract(sentence, "2023-05-02").Keys());
    }

    [Fact]
    public void Fighting_against_a_party_supports_nobody()
    {
        Assert.DoesNotContain(TestSupport.Extract("Iran fought against Syria.", "2023-05-02").Relations, r => r.Type == "SUPPORTED");
    }
}

/// <summary>Phrasal and less frequent members of the support, opposition and sanction vocabularies.</summary>
public class FullerVocabularyTests
{
    [Theory]
    [InlineData("Canada hit out at Iran over the launches.", "canada OPPOSED iran")]
    [InlineData("Canada objected to Iran at the meeting.", "canada OPPOSED iran")]
    [InlineData("Canada castigated Iran for the launches.", "canada OPPOSED iran")]
    [InlineData("Iran stood with Syria throughout the war.", "iran SUPPORTED syria")]
    [InlineData("Iran propped up Syria for a decade.", "iran SUPPORTED syria")]
    [InlineData("Canada blacklisted Iran in March.", "canada SANCTIONED iran")]
    public void Phrasal_and_rarer_verbs_of_each_relation_are_read(string sentence, string key)
    {
        Assert.Contains(key, TestSupport.Extract(sentence, "2023-05-02").Keys());
    }
}

public class TroopDeploymentTests
{
    [Fact]
    public void Troops_deployed_to_a_named_region_of_a_state_go_to_that_state()
    {
        Assert.Contains("iran SUPPLIED syria", TestSupport.Extract("Iran confirmed that it had deployed troops to Syria's Idlib province.", "2023-05-02").Keys());
    }

    [Fact]
    public void The_demonym_of_troops_in_a_passive_is_their_supplier()
    {
        Assert.Contains("iran SUPPLIED syria", TestSupport.Extract("Officials said about 11,000 Iranian troops had been sent to Syria.", "2023-05-02").Keys());
    }

    [Fact]
    public void The_deployment_of_a_demonyms_troops_to_a_state_supplies_it()
    {
        Assert.Contains("iran SUPPLIED syria", TestSupport.Extract("The deployment of Iranian troops to Syria alarmed its neighbours.", "2023-05-02").Keys());
    }

    [Fact]
    public void Troops_deployed_to_a_border_supply_nobody()
    {
        Assert.DoesNotContain(TestSupport.Extract("Iran deployed troops to the border.", "2023-05-02").Relations, r => r.Type == "SUPPLIED");
    }
}

/// <summary>Helping a party with technology or arms supplies it; helping it do anything else does not.</summary>
public class AssistanceTests
{
    [Theory]
    [InlineData("Iran promised to assist Syria in missile development.")]
    [InlineData("Iran has helped Syria launch a satellite.")]
    public void Helping_with_technology_or_arms_is_supplying(string sentence)
    {
        Assert.Contains("iran SUPPLIED syria", TestSupport.Extract(sentence, "2023-05-02").Keys());
    }

    [Fact]
    public void Helping_a_party_evade_sanctions_supplies_nothing()
    {
        Assert.DoesNotContain("iran SUPPLIED syria", TestSupport.Extract("Iran helped Syria evade sanctions.", "2023-05-02").Keys());
    }

    [Fact]
    public void The_possessor_of_a_modified_noun_governing_the_infinitive_is_its_subject()
    {
        Assert.Contains("iran SUPPLIED syria", TestSupport.Extract("Analysts cited Iran's often repeated pledge to help Syria with missile technology.", "2023-05-02").Keys());
    }
}

/// <summary>"X thanked Y for its support": what Y is thanked for was done for X.</summary>
public class GratitudeTests
{
    [Theory]
    [InlineData("Damascus has thanked Tehran for its support.", "iran SUPPORTED syria")]
    [InlineData("Syria praised Iran for the military aid.", "iran SUPPLIED syria")]
    public void The_thanked_party_did_it_for_the_one_who_thanks(string sentence, string key)
    {
        Assert.Contains(key, TestSupport.Extract(sentence, "2024-06-02").Keys());
    }

    [Fact]
    public void An_explicit_beneficiary_wins()
    {
        var keys = TestSupport.Extract("Syria praised Iran for its support of Russia.", "2024-06-02").Keys();
        Assert.Contains("iran SUPPORTED russia", keys);
        Assert.DoesNotContain("iran SUPPORTED syria", keys);
    }
}
