using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Extraction.Tests;

/// <summary>Quotation speakers, compound participles, evasion of sanctions, agent nouns, captions and appositions.</summary>
public class QuotationsAndCompoundsTests
{
    [Fact]
    public void We_inside_a_quotation_is_its_speaker_and_a_statement_about_oneself_is_asserted()
    {
        var r = TestSupport.Extract("\"We support Ukraine,\" Antony Blinken said.", "2023-10-10").Single("antony-blinken", "SUPPORTED", "ukraine");
        Assert.Equal(ClaimStatus.Asserted, r.Status);
    }

    [Fact]
    public void A_quotation_keeps_its_speaker_into_the_next_sentence()
    {
        var result = TestSupport.Extract("Antony Blinken spoke in Kyiv, saying, \"Russia will fail. We support Ukraine.\"", "2023-10-10");
        Assert.Contains("antony-blinken SUPPORTED ukraine", result.Keys());
    }

    [Fact]
    public void We_outside_a_quotation_is_the_writer_and_names_nobody()
    {
        Assert.Empty(TestSupport.Extract("We condemned Iran, the editors wrote.", "2023-10-10").Relations);
    }

    [Fact]
    public void A_compound_participle_is_a_passive_with_the_name_as_agent_asserted_and_undated()
    {
        var result = TestSupport.Extract("Iran welcomed the Russia-backed government of Syria, state media reported on Monday.", "2023-10-10");
        var r = result.Single("russia", "SUPPORTED", "syria");
        Assert.Equal(ClaimStatus.Asserted, r.Status);
        Assert.Null(r.Date);
        Assert.DoesNotContain("iran MET russia", result.Keys());
    }

    [Fact]
    public void A_demonym_compound_names_its_state()
    {
        var result = TestSupport.Extract("The minister recognized the Russian-backed republics of Donetsk and Luhansk.", "2022-07-14");
        Assert.Contains("russia SUPPORTED donetsk-peoples-republic", result.Keys());
        Assert.Contains("russia SUPPORTED luhansk-peoples-republic", result.Keys());
    }

    [Theory]
    [InlineData("Iran has evaded UN sanctions for years.")]
    [InlineData("Turkey helped Iran skirt UN sanctions.")]
    public void Whoever_evades_sanctions_is_their_target(string sentence)
    {
        var result = TestSupport.Extract(sentence, "2023-10-10");
        Assert.Equal(["unsc SANCTIONED iran"], result.Keys());
    }

    [Fact]
    public void The_owner_of_a_short_direct_object_is_the_object_but_not_of_an_act_or_a_relative()
    {
        Assert.Contains("poland SUPPORTED ukraine", TestSupport.Extract("Poland strongly supports the sovereignty of Ukraine.").Keys());
        Assert.DoesNotContain("iran SUPPORTED ukraine", TestSupport.Extract("Iran supported the invasion of Ukraine.").Keys());
        Assert.Empty(TestSupport.Extract("Joe Biden met the son of Xi Jinping.").Relations);
    }

    [Fact]
    public void A_judge_of_an_act_is_not_its_agent()
    {
        var result = TestSupport.Extract("Canada strongly condemned the transfer of drones from Iran to Russia.");
        Assert.Contains("iran SUPPLIED russia", result.Keys());
        Assert.DoesNotContain("canada SUPPLIED russia", result.Keys());
    }

    [Fact]
    public void An_agent_noun_of_supply_makes_its_subject_the_supplier()
    {
        Assert.Contains("china SUPPLIED iran", TestSupport.Extract("China has long been Iran's most generous aid donor.").Keys());
        Assert.Contains("iran SUPPLIED russia", TestSupport.Extract("Iran has become Russia's main supplier of drones.").Keys());
    }

    [Fact]
    public void A_conditional_clause_asserts_nothing()
    {
        Assert.DoesNotContain("iran SUPPLIED russia", TestSupport.Extract("If Iran decides to provide Russia with drones, the sanctions will grow.").Keys());
    }

    [Fact]
    public void Nobody_visits_their_own_country()
    {
        Assert.DoesNotContain("vladimir-putin VISITED russia", TestSupport.Extract("Putin arrived in Vladivostok on Tuesday.", "2023-09-14").Keys());
    }

    [Fact]
    public void Caption_positions_do_not_break_a_coordination()
    {
        var result = TestSupport.Extract("Russian President Vladimir Putin, right, and Chinese President Xi Jinping shake hands in Beijing.");
        Assert.Contains("vladimir-putin MET xi-jinping", result.Keys());
    }

    [Fact]
    public void A_name_in_apposition_to_a_role_noun_is_the_object()
    {
        var result = TestSupport.Extract("Lavrov also met with the Iranian counterpart, Hossein Amirabdollahian.");
        Assert.Contains("hossein-amirabdollahian MET sergei-lavrov", result.Keys());
    }

    [Fact]
    public void A_pronoun_in_an_opening_adjunct_points_forward_to_the_subject()
    {
        var result = TestSupport.Extract("Joe Biden spoke on Monday. After his meeting with Xi Jinping, Putin flew home.");
        Assert.Contains("vladimir-putin MET xi-jinping", result.Keys());
        Assert.DoesNotContain("joe-biden MET xi-jinping", result.Keys());
    }

    [Fact]
    public void Their_leaders_are_the_office_holders_of_the_states()
    {
        var result = TestSupport.Extract("China and Russia pledged closer cooperation when their leaders met in September.", "2023-10-10");
        Assert.Contains("vladimir-putin MET xi-jinping", result.Keys());
    }

    [Fact]
    public void An_organisation_alias_inside_a_longer_name_is_not_that_organisation()
    {
        var result = TestSupport.Extract("National Security Council spokesman John Kirby told reporters that Iran is supplying Russia with drones.", "2023-10-10");
        Assert.DoesNotContain(result.Relations, r => r.AttributedTo == "unsc" || r.SourceId == "unsc");
    }

    [Fact]
    public void Curly_and_straight_apostrophes_name_the_same_state()
    {
        var result = TestSupport.Extract("Japan condemned the provision of drones by the Democratic People’s Republic of Korea to Russia.");
        Assert.Contains("japan ACCUSED north-korea", result.Keys());
    }
}

/// <summary>Agent nouns linked by a copula, conveyances, verbs of travel, middle initials and the narrative's dated scene.</summary>
public class AgentNounsAndTravelTests
{
    [Fact]
    public void An_ally_named_through_a_copula_supports_the_possessor()
    {
        Assert.Contains("iran SUPPORTED russia", TestSupport.Extract("Iran is Russia's closest ally.").Keys());
        Assert.Contains("russia SUPPORTED syria", TestSupport.Extract("Russia is now becoming the main sponsor of Syria.").Keys());
    }

    [Fact]
    public void Allies_named_without_a_copula_are_nobody_s_support()
    {
        Assert.Empty(TestSupport.Extract("The move worries the United States and its allies.").Relations);
    }

    [Fact]
    public void The_possessor_of_a_conveyance_travels_with_it_and_the_next_event_continues_its_date()
    {
        var result = TestSupport.Extract("On September 13, Xi Jinping's plane landed in Moscow. Xi met Putin at the Kremlin.", "2023-09-14");
        Assert.Equal("2023-09-13", result.Single("xi-jinping", "VISITED", "russia").Date?.ToString());
        Assert.Equal("2023-09-13", result.Single("vladimir-putin", "MET", "xi-jinping").Date?.ToString());
    }

    [Fact]
    public void A_middle_initial_does_not_hide_a_known_name()
    {
        var result = TestSupport.Extract("Joe Biden criticized Vladimir V. Putin on Monday.", "2023-09-14");
        Assert.Contains(result.Relations, r => r.TargetId == "vladimir-putin");
    }
}

/// <summary>Status from claim nouns and from a noun's own predicate; a pair anaphor closed by a comma.</summary>
public class ClaimNounsAndPairsTests
{
    [Fact]
    public void The_content_of_a_claim_noun_is_alleged()
    {
        var r = TestSupport.Extract("Some commentators repeat claims that Iran is becoming the main sponsor of Syria.").Single("iran", "SUPPORTED", "syria");
        Assert.Equal(ClaimStatus.Alleged, r.Status);
    }

    [Fact]
    public void A_noun_whose_predicate_is_modal_is_planned_but_not_across_a_coordination()
    {
        Assert.Equal(ClaimStatus.Planned, TestSupport.Extract("Xi's visit to Moscow will be discussed next week.", "2023-10-10").Single("xi-jinping", "VISITED", "russia").Status);
        Assert.Equal(ClaimStatus.Asserted, TestSupport.Extract("Tehran is pleased with Xi's visit to Iran and will expand trade.", "2023-10-10").Single("xi-jinping", "VISITED", "iran").Status);
    }

    [Fact]
    public void A_pair_anaphor_before_a_comma_ends_its_phrase()
    {
        var result = TestSupport.Extract("Russia and China met. Following the talks between Putin and Xi with the participation of the delegations of the two countries, Russia and China signed the treaty.");
        Assert.Contains("china SIGNED russia", result.Keys());
    }
}
