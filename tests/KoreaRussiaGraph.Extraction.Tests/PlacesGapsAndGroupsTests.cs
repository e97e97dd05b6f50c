using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Extraction.Tests;

/// <summary>
/// Place nouns around a named place, a person's stay, reporters with a gapped complement, the tagger's -s verbs, evidential
/// nouns inside "according to", speech said at a meeting, and group anaphors: on sentences written for these tests.
/// </summary>
public class PlacesGapsAndGroupsTests
{
    [Fact]
    public void A_demonym_before_a_place_noun_leaves_the_named_place_as_the_destination()
    {
        var result = TestSupport.Extract("Lukashenko flew to the Russian port city of Nakhodka on Monday.", "2024-05-10");
        Assert.Contains("alexander-lukashenko VISITED russia", result.Keys());
    }

    [Fact]
    public void A_name_in_apposition_to_a_place_noun_is_the_destination()
    {
        var result = TestSupport.Extract("Lukashenko travelled to the Russian capital, Moscow, by plane.", "2024-05-10");
        Assert.Contains("alexander-lukashenko VISITED russia", result.Keys());
    }

    [Fact]
    public void A_person_being_in_a_foreign_place_stays_there()
    {
        var result = TestSupport.Extract("Lukashenko, who was in Harbin for a trade fair, praised Chinese industry.", "2024-05-10");
        Assert.Contains("alexander-lukashenko VISITED china", result.Keys());
    }

    [Fact]
    public void Troops_being_somewhere_are_no_visit_by_their_state()
    {
        var result = TestSupport.Extract("Belarusian troops are in Kursk.", "2024-05-10");
        Assert.DoesNotContain(result.Relations, r => r.Type == "VISITED");
    }

    [Fact]
    public void A_stay_in_a_place_is_a_visit()
    {
        var result = TestSupport.Extract("During Xi's stay in Kazan, the delegations toured a factory.", "2024-05-10");
        Assert.Contains("xi-jinping VISITED russia", result.Keys());
    }

    [Fact]
    public void A_clause_with_a_subject_noun_of_its_own_takes_no_actor_named_after_the_comma()
    {
        var result = TestSupport.Extract("The tourists will be in Belarus for a week, Lavrov told a briefing.", "2024-05-10");
        Assert.DoesNotContain(result.Relations, r => r.Type == "VISITED");
    }

    [Fact]
    public void A_fronted_participle_still_takes_the_subject_after_the_comma()
    {
        var result = TestSupport.Extract("Landing in Minsk on Tuesday, Xi was greeted by Lukashenko.", "2024-05-10");
        Assert.Contains("xi-jinping VISITED belarus", result.Keys());
    }

    [Fact]
    public void An_evidential_noun_inside_according_to_names_its_owner_as_the_claimant()
    {
        var result = TestSupport.Extract("According to Poland's intelligence, Belarus has delivered fuel to Russia.", "2024-05-10");
        var supply = result.Single("belarus", "SUPPLIED", "russia");
        Assert.Equal(ClaimStatus.Alleged, supply.Status);
        Assert.Equal("poland", supply.AttributedTo);
        Assert.Contains("poland ACCUSED belarus", result.Keys());
    }

    [Fact]
    public void A_plural_looking_word_between_a_subject_noun_and_that_is_its_verb()
    {
        var result = TestSupport.Extract("Poland's defence ministry estimates that Belarus has delivered fuel to Russia.", "2024-05-10");
        Assert.Equal("poland", result.Single("belarus", "SUPPLIED", "russia").AttributedTo);
    }

    [Fact]
    public void The_same_word_after_a_verb_stays_the_noun_it_is()
    {
        var result = TestSupport.Extract("Belarus rejected Polish claims that it delivered fuel to Russia.", "2024-05-10");
        Assert.Contains("belarus DENIED poland", result.Keys());
        // read as a noun, "claims" is what Belarus denies: the supply is denied, not a claim Poland reports
        Assert.Equal(ClaimStatus.Denied, result.Single("belarus", "SUPPLIED", "russia").Status);
    }

    [Fact]
    public void Counterparts_of_a_nationality_stand_for_their_state_unless_a_name_follows()
    {
        Assert.Contains("iran MET sergei-lavrov", TestSupport.Extract("Lavrov met his Iranian counterpart on Friday.", "2024-05-10").Keys());
        var named = TestSupport.Extract("Lavrov also met the Chinese counterpart, Wang Yi, on Friday.", "2024-05-10");
        Assert.DoesNotContain("china MET sergei-lavrov", named.Keys());
        Assert.Contains(named.Relations, r => r.Type == "MET" && (r.SourceId == "wang-yi" || r.TargetId == "wang-yi"));
    }

    [Fact]
    public void Suspecting_a_party_of_an_act_accuses_it()
    {
        var result = TestSupport.Extract("Poland suspects Belarus of selling fuel to Russia.", "2024-05-10");
        Assert.Contains("poland ACCUSED belarus", result.Keys());
        Assert.Equal(ClaimStatus.Alleged, result.Single("belarus", "SUPPLIED", "russia").Status);
    }

    [Fact]
    public void A_suspected_act_is_no_accusation_by_the_clause_subject()
    {
        var result = TestSupport.Extract("Canada condemned the suspected sale of fuel by Belarus to Russia.", "2024-05-10");
        Assert.DoesNotContain(result.Relations, r => r is { Type: "ACCUSED", TargetId: "russia" });
    }

    [Fact]
    public void Freezing_assets_and_listing_are_sanctions()
    {
        Assert.Contains("canada SANCTIONED belarus", TestSupport.Extract("Canada froze the assets of two Belarusian banks.", "2024-05-10").Keys());
        Assert.Contains("canada SANCTIONED iran", TestSupport.Extract("Canada added four Iranian officials to its sanctions list.", "2024-05-10").Keys());
    }

    [Fact]
    public void Making_ones_way_to_a_country_is_travel()
    {
        var result = TestSupport.Extract("Lukashenko made his way to China by train.", "2024-05-10");
        Assert.Contains("alexander-lukashenko VISITED china", result.Keys());
    }

    [Fact]
    public void Sharing_technology_with_a_party_supplies_it()
    {
        var result = TestSupport.Extract("Iran has shared drone technology with Russia.", "2024-05-10");
        Assert.Contains("iran SUPPLIED russia", result.Keys());
    }

    [Fact]
    public void Goods_made_in_a_country_and_used_by_another_were_supplied_by_the_first()
    {
        var result = TestSupport.Extract("Russia has been firing Iranian-made drones at Ukrainian cities.", "2024-05-10");
        Assert.Contains("iran SUPPLIED russia", result.Keys());
    }

    [Fact]
    public void A_restrictive_relative_on_soldiers_of_a_nationality_has_their_state_as_subject()
    {
        var result = TestSupport.Extract("Lukashenko praised the Belarusian soldiers who fought alongside Russian troops.", "2024-05-10");
        Assert.Contains("belarus SUPPORTED russia", result.Keys());
        Assert.DoesNotContain("alexander-lukashenko SUPPORTED russia", result.Keys());
    }

    [Fact]
    public void A_reporter_followed_by_a_verb_is_not_the_subject_of_the_reported_passive()
    {
        var result = TestSupport.Extract("Russia launched drones that Polish officials said were supplied by Iran.", "2024-05-10");
        Assert.DoesNotContain("iran SUPPLIED poland", result.Keys());
    }

    [Fact]
    public void Telling_someone_one_met_that_day_is_said_at_the_meeting()
    {
        var result = TestSupport.Extract("Xi met Lukashenko in Beijing on Tuesday. Xi told Lukashenko that China valued the partnership.", "2024-05-10");
        Assert.Contains(result.Relations, r => r.Type == "MET");
        Assert.DoesNotContain(result.Relations, r => r.Type == "MESSAGED");
    }

    [Fact]
    public void Telling_someone_one_did_not_meet_is_a_message()
    {
        var result = TestSupport.Extract("Xi told Lukashenko that China valued the partnership.", "2024-05-10");
        Assert.Contains("xi-jinping MESSAGED alexander-lukashenko", result.Keys());
    }

    [Fact]
    public void Three_leaders_are_the_three_most_recent_people_but_never_the_clauses_own_subject()
    {
        var result = TestSupport.Extract("Lukashenko hosted Xi and Putin in Minsk. Zelensky condemned the three leaders for their alliance.", "2024-05-10");
        var opposed = result.Relations.Where(r => r is { Type: "OPPOSED", SourceId: "volodymyr-zelenskiy" }).Select(r => r.TargetId).Order().ToArray();
        Assert.Equal(["alexander-lukashenko", "vladimir-putin", "xi-jinping"], opposed);
    }

    [Fact]
    public void A_comma_and_before_a_named_subject_and_its_verb_opens_a_clause_with_its_own_date()
    {
        var result = TestSupport.Extract("Lukashenko visited Beijing in 2019, and Xi travelled to Minsk in 2022.", "2024-05-10");
        Assert.Equal(PartialDate.Parse("2019"), result.Single("alexander-lukashenko", "VISITED", "china").Date);
        Assert.Equal(PartialDate.Parse("2022"), result.Single("xi-jinping", "VISITED", "belarus").Date);
    }

    [Fact]
    public void A_word_two_entries_list_keeps_its_verb_use_for_the_report_around_it()
    {
        var result = TestSupport.Extract("Poland said that Belarus received drones from Iran.", "2024-05-10");
        var supply = result.Single("iran", "SUPPLIED", "belarus");
        Assert.Equal(ClaimStatus.Alleged, supply.Status);
        Assert.Equal("poland", supply.AttributedTo);
    }

    [Fact]
    public void Summoning_a_states_envoy_opposes_that_state()
    {
        var result = TestSupport.Extract("Poland summoned the Belarusian ambassador over the border incident.", "2024-05-10");
        Assert.Contains("poland OPPOSED belarus", result.Keys());
    }

    [Fact]
    public void Calling_on_a_party_to_stop_opposes_it_but_calling_on_it_to_act_does_not()
    {
        Assert.Contains("canada OPPOSED iran", TestSupport.Extract("Canada called on Iran to halt its drone exports.", "2024-05-10").Keys());
        Assert.DoesNotContain(TestSupport.Extract("Canada called on Iran to join the talks.", "2024-05-10").Relations, r => r.Type == "OPPOSED");
    }

    [Fact]
    public void A_protest_lodged_with_a_party_opposes_it()
    {
        var result = TestSupport.Extract("Japan lodged a protest with China through diplomatic channels.", "2024-05-10");
        Assert.Contains("japan OPPOSED china", result.Keys());
    }

    [Fact]
    public void Opposing_measures_by_a_party_opposes_that_party()
    {
        var result = TestSupport.Extract("Iran firmly opposes unilateral sanctions by Canada.", "2024-05-10");
        Assert.Contains("iran OPPOSED canada", result.Keys());
    }

    [Fact]
    public void Being_criticised_by_someone_is_their_opposition_not_an_accusation()
    {
        var result = TestSupport.Extract("Lukashenko was criticised by Zelensky.", "2024-05-10");
        Assert.Contains("volodymyr-zelenskiy OPPOSED alexander-lukashenko", result.Keys());
        Assert.DoesNotContain(result.Relations, r => r.Type == "ACCUSED");
    }

    [Fact]
    public void A_day_range_dates_a_visit_by_its_start_and_an_event_inside_it_by_its_month()
    {
        var result = TestSupport.Extract("From 3-6 March, Lukashenko toured China and held talks with Xi.", "2024-05-10");
        Assert.Equal(PartialDate.Parse("2024-03-03"), result.Single("alexander-lukashenko", "VISITED", "china").Date);
        Assert.Equal(PartialDate.Parse("2024-03"), result.Relations.Single(r => r.Type == "MET").Date);
    }

    [Fact]
    public void An_event_between_two_days_of_one_month_is_dated_to_that_month()
    {
        var result = TestSupport.Extract("Lukashenko, who landed in Beijing on Monday, met Xi before flying home on Thursday.", "2024-05-10");
        Assert.Equal(PartialDate.Parse("2024-05-06"), result.Single("alexander-lukashenko", "VISITED", "china").Date);
        Assert.Equal(PartialDate.Parse("2024-05"), result.Relations.Single(r => r.Type == "MET").Date);
    }

    [Fact]
    public void A_guest_a_host_welcomes_in_a_place_abroad_travelled_there()
    {
        var result = TestSupport.Extract("Lukashenko welcomed Xi during a ceremony in Minsk on Monday.", "2024-05-10");
        Assert.Contains("xi-jinping VISITED belarus", result.Keys());
        Assert.DoesNotContain("alexander-lukashenko VISITED belarus", result.Keys());
    }

    [Fact]
    public void Meeting_someone_in_a_place_without_travel_or_hosting_is_no_visit()
    {
        var result = TestSupport.Extract("Xi met Lukashenko during a ceremony in Minsk on Monday.", "2024-05-10");
        Assert.DoesNotContain(result.Relations, r => r.Type == "VISITED");
    }

    [Fact]
    public void A_month_after_a_preposition_is_no_modal()
    {
        var result = TestSupport.Extract("In May 2021, Iran shipped fuel to Syria.", "2024-05-10");
        var supply = result.Single("iran", "SUPPLIED", "syria");
        Assert.Equal(ClaimStatus.Asserted, supply.Status);
        Assert.Equal(PartialDate.Parse("2021-05"), supply.Date);
        Assert.Equal(ClaimStatus.Planned, TestSupport.Extract("Iran may ship fuel to Syria.", "2024-05-10").Single("iran", "SUPPLIED", "syria").Status);
    }

    [Fact]
    public void A_date_between_a_possessor_and_its_noun_premodifies_the_noun()
    {
        var result = TestSupport.Extract("Xi's March 2023 trip to Moscow ended with a joint statement.", "2024-05-10");
        Assert.Equal(PartialDate.Parse("2023-03"), result.Single("xi-jinping", "VISITED", "russia").Date);
    }

    [Fact]
    public void Goods_given_in_exchange_are_supplied_the_other_way()
    {
        var result = TestSupport.Extract("Iran has shipped drones to Russia in return for fighter jets.", "2024-05-10");
        Assert.Contains("iran SUPPLIED russia", result.Keys());
        Assert.Equal("fighter jets", result.Single("russia", "SUPPLIED", "iran").Details);
    }

    [Fact]
    public void What_is_not_goods_given_in_exchange_is_no_supply()
    {
        var result = TestSupport.Extract("Iran has shipped drones to Russia in exchange for diplomatic cover.", "2024-05-10");
        Assert.DoesNotContain("russia SUPPLIED iran", result.Keys());
    }

    [Fact]
    public void And_after_a_verbs_object_opens_a_clause_whose_subject_is_no_object_of_that_verb()
    {
        var result = TestSupport.Extract("Xi met Lukashenko in May. The ties deepened in 2023, when Lukashenko visited Beijing and the two leaders signed a pact.", "2024-05-10");
        Assert.Contains(result.Relations, r => r.Type == "SIGNED" && new[] { r.SourceId, r.TargetId }.Order().SequenceEqual(new[] { "alexander-lukashenko", "xi-jinping" }));
        Assert.DoesNotContain(result.Relations, r => r is { Type: "VISITED", TargetId: "xi-jinping" });
    }

    [Fact]
    public void Soldiers_of_a_nationality_arriving_abroad_are_supplied_not_visiting()
    {
        var result = TestSupport.Extract("About 2,000 Belarusian soldiers have arrived in Kursk.", "2024-05-10");
        Assert.Equal("soldiers", result.Single("belarus", "SUPPLIED", "russia").Details);
        Assert.DoesNotContain(result.Relations, r => r.Type == "VISITED");
        Assert.Contains("belarus VISITED russia", TestSupport.Extract("A Belarusian delegation arrived in Moscow.", "2024-05-10").Keys());
    }

    [Fact]
    public void A_possessive_pronoun_before_a_demonym_leaves_the_demonym_as_the_object()
    {
        var result = TestSupport.Extract("Lukashenko said Belarus stands firmly by our Russian comrades.", "2024-05-10");
        // (the leader pledging his state's stance takes it himself, as the annotation conventions have it)
        Assert.Contains("alexander-lukashenko SUPPORTED russia", result.Keys());
    }

    [Fact]
    public void A_journalistic_name_of_an_office_names_its_holder()
    {
        var result = TestSupport.Extract("Russia's top diplomat flew to Minsk on Monday.", "2024-05-10");
        Assert.Contains("sergei-lavrov VISITED belarus", result.Keys());
    }

    [Fact]
    public void Riding_coming_or_going_to_a_foreign_place_is_travel()
    {
        Assert.Contains("alexander-lukashenko VISITED china", TestSupport.Extract("Lukashenko rode a train to Harbin.", "2024-05-10").Keys());
        Assert.Contains("xi-jinping VISITED belarus", TestSupport.Extract("Xi came to Minsk in April.", "2024-05-10").Keys());
        Assert.DoesNotContain(TestSupport.Extract("Iran sought drones in return for its support to Russia.", "2024-05-10").Relations, r => r.Type == "VISITED");
    }

    [Fact]
    public void Supporting_the_acts_a_relative_clause_gives_an_agent_supports_that_agent()
    {
        var result = TestSupport.Extract("Minsk will support every step Moscow takes to secure its borders.", "2024-05-10");
        Assert.Contains("belarus SUPPORTED russia", result.Keys());
    }

    [Fact]
    public void An_official_reporting_an_act_of_their_own_state_speaks_first_hand()
    {
        var result = TestSupport.Extract("Lavrov said Russia fully supports Belarus.", "2024-05-10");
        Assert.Equal(ClaimStatus.Asserted, result.Single("sergei-lavrov", "SUPPORTED", "belarus").Status);
        Assert.Equal(ClaimStatus.Alleged, TestSupport.Extract("Lavrov said Iran fully supports Belarus.", "2024-05-10").Single("iran", "SUPPORTED", "belarus").Status);
    }

    [Fact]
    public void Goods_sent_with_no_recipient_go_where_the_sender_last_sent_them()
    {
        var result = TestSupport.Extract("Belarus has sent fuel to Russia. Poland said on Monday that Belarus had sent more fuel.", "2024-05-10");
        Assert.Contains(result.Relations, r => r is { SourceId: "belarus", Type: "SUPPLIED", TargetId: "russia", Status: ClaimStatus.Alleged, AttributedTo: "poland" });
        Assert.Contains("poland ACCUSED belarus", result.Keys());
        Assert.DoesNotContain(TestSupport.Extract("Poland said on Monday that Belarus had sent more fuel.", "2024-05-10").Relations, r => r.Type == "SUPPLIED");
    }

    [Fact]
    public void A_passive_of_goods_with_no_recipient_goes_where_their_supplier_last_sent_them()
    {
        var result = TestSupport.Extract("Belarus has sent troops to Russia. Polish officials say Belarusian troops have been deployed along the front.", "2024-05-10");
        Assert.Contains(result.Relations, r => r is { SourceId: "belarus", Type: "SUPPLIED", TargetId: "russia", Status: ClaimStatus.Alleged, AttributedTo: "poland" });
    }

    [Fact]
    public void Judging_an_act_that_is_no_accusable_relation_opposes_its_agent()
    {
        var result = TestSupport.Extract("Iran criticised the naval exercises by Canada.", "2024-05-10");
        Assert.Contains("iran OPPOSED canada", result.Keys());
        Assert.DoesNotContain(result.Relations, r => r.Type == "ACCUSED");
        Assert.Contains("canada ACCUSED iran", TestSupport.Extract("Canada condemned the transfer of drones by Iran.", "2024-05-10").Keys());
    }

    [Fact]
    public void Protesting_against_a_party_opposes_it()
    {
        Assert.Contains("belarus OPPOSED poland", TestSupport.Extract("Belarus protested against Poland's border closure.", "2024-05-10").Keys());
    }

    [Fact]
    public void Being_thought_or_understood_to_act_is_a_claim()
    {
        Assert.Equal(ClaimStatus.Alleged, TestSupport.Extract("Iran is thought to be supplying Russia with drones.", "2024-05-10").Single("iran", "SUPPLIED", "russia").Status);
        Assert.Equal(ClaimStatus.Alleged, TestSupport.Extract("Iran is understood to have shipped drones to Russia.", "2024-05-10").Single("iran", "SUPPLIED", "russia").Status);
    }

    [Fact]
    public void A_date_premodifying_another_noun_dates_that_noun_only_unless_its_phrase_frames_the_clause()
    {
        var bounded = TestSupport.Extract("Throughout last year and up to the March Xi-Lukashenko summit, Iran shipped fuel to Syria.", "2024-05-10");
        Assert.Equal(PartialDate.Parse("2023"), bounded.Single("iran", "SUPPLIED", "syria").Date);
        var framed = TestSupport.Extract("In the 1980-1988 war, Iran received arms from Syria.", "2024-05-10");
        Assert.Equal(PartialDate.Parse("1980"), framed.Single("syria", "SUPPLIED", "iran").Date);
    }

    [Fact]
    public void A_verbless_headline_putting_a_person_in_a_foreign_place_is_a_visit()
    {
        var result = TestSupport.Extract("Lukashenko in China for talks with Xi\n\nThe talks went on.", "2024-05-10");
        Assert.Contains("alexander-lukashenko VISITED china", result.Keys());
        Assert.DoesNotContain(TestSupport.Extract("Xi met Lukashenko in Minsk.", "2024-05-10").Relations, r => r.Type == "VISITED");
    }

    [Fact]
    public void Two_peoples_names_joined_by_a_hyphen_are_the_parties_of_a_meeting_noun_that_a_date_before_them_dates()
    {
        var result = TestSupport.Extract("Before the March Xi-Lukashenko summit in Beijing, trade grew.", "2024-05-10");
        Assert.Equal(PartialDate.Parse("2024-03"), Assert.Single(result.Relations, r => r.Type == "MET").Date);
        Assert.DoesNotContain(TestSupport.Extract("The previous China-Belarus summit took place in 2019.", "2024-05-10").Relations, r => r.Type == "MET");
    }

    [Fact]
    public void A_leader_the_gazetteer_knows_accuses_in_their_own_name_but_an_unknown_person_accuses_no_one()
    {
        Assert.Contains("volodymyr-zelenskiy ACCUSED iran", TestSupport.Extract("Zelensky said Iran had shipped drones to Russia.", "2024-05-10").Keys());
        Assert.DoesNotContain(TestSupport.Extract("Analyst Ivan Petrov said Iran had shipped drones to Russia.", "2024-05-10").Relations, r => r.Type == "ACCUSED");
    }

    [Fact]
    public void Welcoming_a_partys_decision_supports_it_while_welcoming_a_person_is_meeting()
    {
        var decision = TestSupport.Extract("Belarus welcomed Iran's decision to join the bloc.", "2024-05-10");
        Assert.Contains("belarus SUPPORTED iran", decision.Keys());
        Assert.DoesNotContain(decision.Relations, r => r.Type == "MET");
        Assert.Contains(TestSupport.Extract("Lukashenko welcomed Xi at the airport.", "2024-05-10").Relations, r => r.Type == "MET");
    }

    [Fact]
    public void Praising_a_partys_leadership_supports_that_party()
    {
        Assert.Contains("alexander-lukashenko SUPPORTED xi-jinping", TestSupport.Extract("Lukashenko praised Xi's leadership.", "2024-05-10").Keys());
    }

    [Fact]
    public void An_ing_participle_on_a_common_noun_has_that_noun_as_subject()
    {
        var result = TestSupport.Extract("Belarus voted against the resolution condemning Iran.", "2024-05-10");
        Assert.DoesNotContain("belarus OPPOSED iran", result.Keys());
        Assert.Contains("belarus SUPPORTED russia", TestSupport.Extract("Belarusian soldiers fighting for Russia were seen near Kursk.", "2024-05-10").Keys());
    }

    [Fact]
    public void A_definite_act_noun_refers_back_to_the_documents_last_act_of_its_type()
    {
        var result = TestSupport.Extract("Iran has sent drones to Russia. Canada condemned the deployment on Friday.", "2024-05-10");
        Assert.Contains("canada OPPOSED iran", result.Keys());
        Assert.DoesNotContain(TestSupport.Extract("Canada condemned the deployment on Friday.", "2024-05-10").Relations, r => r.Type == "OPPOSED");
    }

    [Fact]
    public void Regret_or_outrage_over_a_partys_act_opposes_that_party()
    {
        Assert.Contains("poland OPPOSED belarus", TestSupport.Extract("Poland expressed deep regret over Belarus's decision.", "2024-05-10").Keys());
    }

    [Fact]
    public void Paying_a_party_in_goods_supplies_them_but_paying_a_price_does_not()
    {
        Assert.Contains("russia SUPPLIED belarus", TestSupport.Extract("Russia is paying Belarus for its support with cheap oil.", "2024-05-10").Keys());
        Assert.DoesNotContain(TestSupport.Extract("Belarus will pay a heavy price for its support.", "2024-05-10").Relations, r => r.Type == "SUPPLIED");
    }
}
