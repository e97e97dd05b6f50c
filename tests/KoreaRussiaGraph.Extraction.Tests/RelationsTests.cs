using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Extraction.Tests;

public class RelationsTests
{
    [Fact]
    public void Supplier_and_recipient_follow_the_verb_frame_and_details_say_what()
    {
        var result = TestSupport.Extract("Iran provided Russia with drones and artillery shells.");
        var r = result.Single("iran", "SUPPLIED", "russia");
        Assert.Equal("drones, artillery shells", r.Details);
        Assert.StartsWith("supplied.give", r.Citation.Rule);
    }

    [Fact]
    public void Buying_from_reverses_the_direction()
    {
        var result = TestSupport.Extract("Moscow bought millions of rounds from Pyongyang.");
        Assert.Equal(["north-korea SUPPLIED russia"], result.Keys());
    }

    [Fact]
    public void Relying_on_aid_from_makes_the_giver_the_source()
    {
        Assert.Contains("china SUPPLIED north-korea", TestSupport.Extract("For years, North Korea relied on aid from China.").Keys());
        Assert.Contains("russia SUPPLIED belarus", TestSupport.Extract("Belarus is dependent on Russia for cheap gas.").Keys());
    }

    [Fact]
    public void Passive_voice_takes_the_agent_from_by()
    {
        var result = TestSupport.Extract("North Korea was sanctioned by the European Union.");
        Assert.Equal(["european-union SANCTIONED north-korea"], result.Keys());
    }

    [Fact]
    public void Coordinated_subjects_give_one_edge_each()
    {
        var result = TestSupport.Extract("Russia and China vetoed the draft resolution in the Security Council.");
        Assert.Contains("russia VETOED unsc", result.Keys());
        Assert.Contains("china VETOED unsc", result.Keys());
    }

    [Fact]
    public void Vetoing_another_state_s_measure_also_opposes_that_state()
    {
        var result = TestSupport.Extract("Beijing vetoed a U.S.-led resolution at the U.N. Security Council.");
        Assert.Contains("china VETOED unsc", result.Keys());
        Assert.Contains("china OPPOSED united-states", result.Keys());
    }

    [Theory]
    [InlineData("Russia has not supplied weapons to North Korea.")]
    [InlineData("Japan never supported the plan to sanction Russia, and China did not take any action against Russia.")]
    [InlineData("Russia refused to back North Korea at the meeting.")]
    public void Negation_yields_nothing(string sentence) => Assert.DoesNotContain(TestSupport.Extract(sentence).Relations, r => r.Type is "SUPPLIED" or "SUPPORTED" or "SANCTIONED");

    [Fact]
    public void A_state_saying_another_state_did_something_is_an_alleged_edge_and_an_accusation()
    {
        var result = TestSupport.Extract("South Korea says North Korea has shipped ammunition to Russia.");
        var alleged = result.Single("north-korea", "SUPPLIED", "russia");
        Assert.Equal(ClaimStatus.Alleged, alleged.Status);
        Assert.Equal("south-korea", alleged.AttributedTo);
        Assert.Contains("south-korea ACCUSED north-korea", result.Keys());
        Assert.DoesNotContain("south-korea ACCUSED russia", result.Keys()); // the recipient is not accused (DESIGN §2)
    }

    [Fact]
    public void Accused_of_gives_the_accusation_and_the_alleged_act()
    {
        var result = TestSupport.Extract("Japan accused China of supplying fuel to North Korea.");
        Assert.Equal(ClaimStatus.Asserted, result.Single("japan", "ACCUSED", "china").Status);
        var act = result.Single("china", "SUPPLIED", "north-korea");
        Assert.Equal((ClaimStatus.Alleged, "japan"), (act.Status, act.AttributedTo));
    }

    [Theory]
    [InlineData("There are reportedly signs of Iranian drone deliveries to Russia.")]
    [InlineData("Evidence suggests Iran supplied drones to Russia.")]
    public void Evidential_cues_make_a_relation_alleged(string sentence)
    {
        var r = TestSupport.Extract(sentence).Single("iran", "SUPPLIED", "russia");
        Assert.Equal(ClaimStatus.Alleged, r.Status);
    }

    [Fact]
    public void A_denial_of_claims_is_its_own_edge_against_the_claimant()
    {
        var result = TestSupport.Extract("Ukraine says Belarus has supplied fuel to Russia. Belarus has denied those claims.");
        Assert.Contains("belarus DENIED ukraine", result.Keys());
    }

    [Fact]
    public void Denying_an_act_gives_that_act_the_denied_status()
    {
        var r = TestSupport.Extract("China denied supplying weapons to Russia.").Single("china", "SUPPLIED", "russia");
        Assert.Equal((ClaimStatus.Denied, "china"), (r.Status, r.AttributedTo));
    }

    [Theory]
    [InlineData("Xi Jinping may meet Putin in Moscow.")]
    [InlineData("Xi Jinping is expected to meet Putin next month.")]
    [InlineData("Xi Jinping will meet Putin soon.")]
    public void Modality_makes_a_relation_planned(string sentence)
    {
        var r = TestSupport.Extract(sentence, "2023-03-01").Single("vladimir-putin", "MET", "xi-jinping");
        Assert.Equal(ClaimStatus.Planned, r.Status);
    }

    [Fact]
    public void Discussing_labour_is_planned_supply_of_workers()
    {
        var r = TestSupport.Extract("Chinese officials have discussed hiring North Korean workers.").Single("north-korea", "SUPPLIED", "china");
        Assert.Equal(ClaimStatus.Planned, r.Status);
    }

    [Fact]
    public void A_plain_statement_is_asserted_and_symmetric_types_are_ordered()
    {
        var r = TestSupport.Extract("Vladimir Putin met Xi Jinping in Beijing.").Single("vladimir-putin", "MET", "xi-jinping");
        Assert.Equal(ClaimStatus.Asserted, r.Status);
        Assert.True(r.Symmetric);
        Assert.Equal("Beijing", r.Details);
    }

    [Fact]
    public void Meeting_in_a_foreign_city_is_a_visit_to_its_country_only_where_the_sentence_speaks_of_travel()
    {
        Assert.DoesNotContain("xi-jinping VISITED russia", TestSupport.Extract("Xi Jinping and Putin met in the Russian port of Vladivostok.").Keys());
        var travelled = TestSupport.Extract("Xi Jinping flew in by jet, and Xi and Putin met in the Russian port of Vladivostok.").Keys();
        Assert.Contains("xi-jinping VISITED russia", travelled);
        Assert.DoesNotContain("vladimir-putin VISITED russia", travelled);
    }

    [Fact]
    public void Nominal_triggers_take_possessive_agents_and_prepositional_targets()
    {
        var result = TestSupport.Extract("Russia's invasion of Ukraine drew Japanese sanctions on Moscow. Beijing voiced support for Russia.");
        Assert.Contains("russia INVADED ukraine", result.Keys());
        Assert.Contains("japan SANCTIONED russia", result.Keys());
        Assert.Contains("china SUPPORTED russia", result.Keys());
    }

    [Fact]
    public void With_the_support_of_names_the_supporter()
    {
        var result = TestSupport.Extract("The state was founded in 1948 with the backing of the Soviet Union.");
        Assert.Empty(result.Relations);
        var found = TestSupport.Extract("North Korea was founded with the backing of the Soviet Union.");
        Assert.Equal(["soviet-union SUPPORTED north-korea"], found.Keys());
    }

    [Fact]
    public void Letters_between_leaders_go_both_ways_and_are_messages()
    {
        var result = TestSupport.Extract("Letters between the leaders of China and Russia praised the partnership.", "2023-05-02");
        Assert.Contains("vladimir-putin MESSAGED xi-jinping", result.Keys());
        Assert.Contains("xi-jinping MESSAGED vladimir-putin", result.Keys());
    }

    [Fact]
    public void Questions_assert_nothing()
    {
        Assert.Empty(TestSupport.Extract("Is China supporting Russia?").Relations);
        Assert.Empty(TestSupport.Extract("Does Iran supply drones to Russia").Relations);
    }

    [Fact]
    public void Citation_is_the_sentence_verbatim_with_offsets_into_the_clean_text_and_the_rule()
    {
        var result = TestSupport.Extract("Headline about trade\n\nTrade grew. Iran sold oil to China in 2020.");
        var r = result.Single("iran", "SUPPLIED", "china");
        Assert.Equal("Iran sold oil to China in 2020.", r.Citation.Quote);
        Assert.Equal(r.Citation.Quote, result.CleanText[r.Citation.Start..r.Citation.End]);
        Assert.False(string.IsNullOrEmpty(r.Citation.Rule));
        Assert.Equal(r.Id, Core.Model.Relation.StableId("test-doc", r.Citation.SentenceIndex, "iran", "SUPPLIED", "china"));
    }

    [Fact]
    public void Version_is_stable_and_names_the_code_version()
    {
        Assert.StartsWith(RuleBasedExtractor.CodeVersion + "+", TestSupport.Extractor.Version);
        Assert.Equal(TestSupport.Extractor.Version, RuleBasedExtractor.Load(TestSupport.Schema).Version);
        Assert.Contains(TestSupport.Extractor.KnownActors, a => a.Id == "unsc");
    }
}
