using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Extraction.Tests;

/// <summary>Accusations, denials and condemnations, on sentences written for these tests.</summary>
public class ClaimsAndDenialsTests
{
    [Fact]
    public void Rejecting_someones_accusations_is_a_denial_against_them_and_the_accusation_is_theirs()
    {
        var result = TestSupport.Extract("Tehran rejected Western accusations of Iran selling drones to Russia.");
        Assert.Contains("iran DENIED west", result.Keys());
        Assert.Contains("west ACCUSED iran", result.Keys());
        Assert.DoesNotContain(result.Relations, r => r.Type == "OPPOSED");
    }

    [Fact]
    public void Rejecting_a_party_itself_is_still_opposition()
    {
        var result = TestSupport.Extract("Poland rejected Belarus as a mediator.");
        Assert.Contains("poland OPPOSED belarus", result.Keys());
    }

    [Fact]
    public void Denying_a_that_clause_with_no_named_accuser_answers_the_other_parties_of_the_claim()
    {
        var result = TestSupport.Extract("Minsk has denied that weapons were sent from Belarus to Iran.");
        Assert.Contains("belarus DENIED iran", result.Keys());
        Assert.Equal(ClaimStatus.Asserted, result.Single("belarus", "DENIED", "iran").Status);
    }

    [Fact]
    public void A_denial_in_a_relative_clause_answers_the_accuser_of_the_main_clause_and_is_asserted()
    {
        var result = TestSupport.Extract("Canada has accused Iran of selling drones to Russia, which Russia and Iran have denied.");
        Assert.Equal(ClaimStatus.Asserted, result.Single("russia", "DENIED", "canada").Status);
        Assert.Equal(ClaimStatus.Asserted, result.Single("iran", "DENIED", "canada").Status);
        Assert.Equal(ClaimStatus.Alleged, result.Single("iran", "SUPPLIED", "russia").Status);
    }

    [Fact]
    public void Condemning_an_act_accuses_its_agent_while_condemning_a_state_opposes_it()
    {
        var act = TestSupport.Extract("France condemned the delivery of drones by Iran to Russia.");
        Assert.Contains("france ACCUSED iran", act.Keys());
        Assert.DoesNotContain("france OPPOSED iran", act.Keys());
        var state = TestSupport.Extract("France condemned Iran on Monday.", "2023-05-10");
        Assert.Contains("france OPPOSED iran", state.Keys());
    }

    [Fact]
    public void Every_state_making_a_claim_accuses_its_subject_and_the_claim_is_alleged()
    {
        var result = TestSupport.Extract("Japan and Canada have claimed the North has secretly shipped rockets to Moscow.");
        Assert.Equal(ClaimStatus.Alleged, result.Single("north-korea", "SUPPLIED", "russia").Status);
        Assert.Contains("japan ACCUSED north-korea", result.Keys());
        Assert.Contains("canada ACCUSED north-korea", result.Keys());
        Assert.DoesNotContain("japan ACCUSED russia", result.Keys());
    }

    [Fact]
    public void Severing_ties_with_a_state_is_opposition()
    {
        var result = TestSupport.Extract("Georgia severed diplomatic ties with Russia in 2008.");
        Assert.Equal("2008", result.Single("georgia", "OPPOSED", "russia").Date?.ToString());
    }

    [Fact]
    public void Solidarity_between_two_parties_names_no_direction()
    {
        var result = TestSupport.Extract("Kim praised the solidarity forged between the armies of Laos and Vietnam.");
        Assert.DoesNotContain(result.Relations, r => r.Type == "SUPPORTED");
    }
}

/// <summary>Vocabulary mechanics: hyphenated trigger forms, name modifiers of event nouns, spellings of new people.</summary>
public class VocabularyMechanicsTests
{
    [Fact]
    public void A_hyphenated_trigger_form_matches_the_hyphenated_words()
    {
        var result = TestSupport.Extract("Iraq's full-scale invasion of Iran began in 1980.");
        Assert.Equal("1980", result.Single("iraq", "INVADED", "iran").Date?.ToString());
    }

    [Fact]
    public void A_state_name_modifying_an_invasion_is_its_agent()
    {
        var result = TestSupport.Extract("Brazil opposed a resolution condemning the Iraq invasion of Iran.");
        Assert.Contains("iraq INVADED iran", result.Keys());
    }

    [Fact]
    public void Two_transliterations_of_a_new_persons_given_name_give_one_actor()
    {
        var result = TestSupport.Extract("Aleksandr Petrov met Lukashenko on Monday. Alexandr Petrov met Kim Jong Un on Tuesday.", "2024-03-10");
        Assert.Contains("alexander-lukashenko MET alexander-petrov", result.Keys()); // symmetric: ids in order
        Assert.Contains("alexander-petrov MET kim-jong-un", result.Keys());
    }
}

/// <summary>Organs of states, and the subjects of gerunds.</summary>
public class OrgansAndGerundsTests
{
    [Fact]
    public void An_unnamed_organ_of_a_state_acts_for_the_state()
    {
        Assert.Contains("russia OPPOSED japan", TestSupport.Extract("The Russian Foreign Ministry condemned Japan.").Keys());
        var spokesman = TestSupport.Extract("The White House Press Office said Iran supplied drones to Russia.");
        Assert.Equal("united-states", spokesman.Single("iran", "SUPPLIED", "russia").AttributedTo);
        Assert.DoesNotContain(spokesman.Actors, a => a.Id.StartsWith("white-house", StringComparison.Ordinal));
    }

    [Fact]
    public void The_name_before_a_gerund_is_its_subject_after_of_or_for()
    {
        var blame = TestSupport.Extract("Canada condemned Iran for providing Russia with drones.");
        Assert.Contains("iran SUPPLIED russia", blame.Keys());
        var accusation = TestSupport.Extract("Tehran rejected Western accusations of Iran supplying drones to Russia.");
        var supply = accusation.Single("iran", "SUPPLIED", "russia");
        Assert.NotEqual(KoreaRussiaGraph.Core.Model.ClaimStatus.Asserted, supply.Status);
        Assert.DoesNotContain("west SUPPLIED russia", accusation.Keys());
    }
}

/// <summary>Who speaks for a state, and parenthetical aliases inside coordinations.</summary>
public class SpokespeopleAndAppositionTests
{
    [Fact]
    public void A_spokesperson_introduced_by_a_state_organ_speaks_for_the_state()
    {
        var result = TestSupport.Extract("State Department spokesman Jim Doe said Iran had shipped drones to Russia.");
        Assert.Equal("united-states", result.Single("iran", "SUPPLIED", "russia").AttributedTo);
        Assert.Contains("united-states ACCUSED iran", result.Keys());
    }

    [Fact]
    public void A_known_spokesperson_acts_for_the_state_named_in_the_gazetteer()
    {
        var result = TestSupport.Extract("Peskov rejected the Japanese claims on Monday.", "2024-02-07");
        Assert.Contains("russia DENIED japan", result.Keys());
    }

    [Fact]
    public void An_alias_in_parentheses_stays_inside_the_coordination()
    {
        var result = TestSupport.Extract("Canada, Japan, and the Republic of Korea (ROK) condemned the provision of drones by Iran to Russia.");
        foreach (var accuser in new[] { "canada", "japan", "south-korea" })
            Assert.Contains($"{accuser} ACCUSED iran", result.Keys());
        Assert.Contains("iran SUPPLIED russia", result.Keys());
    }

    [Fact]
    public void Denouncing_cooperation_between_states_opposes_each_of_them()
    {
        var result = TestSupport.Extract("Iran denounced military cooperation between Canada and Japan.");
        Assert.Contains("iran OPPOSED canada", result.Keys());
        Assert.Contains("iran OPPOSED japan", result.Keys());
    }
}

/// <summary>Clause boundaries the subject search must respect.</summary>
public class ClauseBoundaryTests
{
    [Fact]
    public void A_relative_clause_on_a_thing_has_no_actor_subject()
    {
        var result = TestSupport.Extract("Brazil and India opposed a draft resolution that would have imposed sanctions on Iran.");
        Assert.DoesNotContain(result.Relations, r => r.Type == "SANCTIONED");
        var onCountries = TestSupport.Extract("Cuba was one of the few countries that opposed Japan.");
        Assert.Contains("cuba OPPOSED japan", onCountries.Keys());
    }

    [Fact]
    public void A_conjunct_after_a_comma_and_with_its_own_auxiliary_starts_a_new_clause()
    {
        var result = TestSupport.Extract("Kim has praised Iran's president, Ebrahim Raisi, and Canada has accused Iran of selling drones to Russia.");
        Assert.Contains("canada ACCUSED iran", result.Keys());
        Assert.DoesNotContain(result.Relations, r => r.Type == "ACCUSED" && r.SourceId != "canada");
    }
}
