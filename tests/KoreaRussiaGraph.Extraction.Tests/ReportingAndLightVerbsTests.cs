using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Extraction.Tests;

/// <summary>
/// Reporting verbs the tagger misreads, denials of named claims, sanctions through light verbs, fighting for a side,
/// travel across borders, and goods used in war: on sentences written for these tests.
/// </summary>
public class ReportingAndLightVerbsTests
{
    [Fact]
    public void An_ed_form_before_that_is_a_reporting_verb_so_the_claim_is_the_subjects_and_accuses()
    {
        var result = TestSupport.Extract("Canada alleged that Iran had sold drones to Russia.", "2023-03-01");
        var supply = result.Single("iran", "SUPPLIED", "russia");
        Assert.Equal(ClaimStatus.Alleged, supply.Status);
        Assert.Equal("canada", supply.AttributedTo);
        Assert.Contains("canada ACCUSED iran", result.Keys());
    }

    [Fact]
    public void The_same_ed_form_before_a_noun_stays_an_adjective()
    {
        var result = TestSupport.Extract("Canada condemned the alleged sale of drones by Iran to Russia.", "2023-03-01");
        Assert.DoesNotContain(result.Relations, r => r is { Type: "SUPPLIED", Status: ClaimStatus.Asserted });
    }

    [Fact]
    public void Charging_that_something_happened_reports_a_claim()
    {
        var result = TestSupport.Extract("Poland charged that Belarus had shipped fuel to Russia.", "2023-03-01");
        Assert.Equal(ClaimStatus.Alleged, result.Single("belarus", "SUPPLIED", "russia").Status);
        Assert.Contains("poland ACCUSED belarus", result.Keys());
    }

    [Fact]
    public void Denying_a_named_partys_claims_denies_the_claim_and_answers_that_party_only()
    {
        var result = TestSupport.Extract("Iran denied Ukrainian claims that it shipped missiles to Russia.", "2023-03-01");
        Assert.Equal(ClaimStatus.Denied, result.Single("iran", "SUPPLIED", "russia").Status);
        Assert.Contains("iran DENIED ukraine", result.Keys());
        Assert.DoesNotContain("iran DENIED russia", result.Keys());
    }

    [Fact]
    public void Rejecting_unowned_claims_denies_them_against_the_other_party()
    {
        var result = TestSupport.Extract("Belarus rejected claims that it sent troops to Russia.", "2023-03-01");
        Assert.Equal(ClaimStatus.Denied, result.Single("belarus", "SUPPLIED", "russia").Status);
        Assert.Contains("belarus DENIED russia", result.Keys());
    }

    [Fact]
    public void A_light_verb_gives_a_sanctions_noun_its_imposer_even_through_a_package()
    {
        var result = TestSupport.Extract("Canada unveiled a fresh round of sanctions against Iran.");
        Assert.Contains("canada SANCTIONED iran", result.Keys());
    }

    [Fact]
    public void The_subject_of_a_verb_that_is_no_light_verb_does_not_impose_the_sanctions()
    {
        Assert.DoesNotContain(TestSupport.Extract("Iran ignored the sanctions on Syria.").Relations, r => r.Type == "SANCTIONED");
        Assert.DoesNotContain(TestSupport.Extract("Belarus took a softer line on sanctions against Iran.").Relations, r => r.Type == "SANCTIONED");
    }

    [Fact]
    public void Violating_sanctions_does_not_make_the_violator_their_target()
    {
        var result = TestSupport.Extract("Poland accused Belarus of breaching UN sanctions.");
        Assert.DoesNotContain(result.Relations, r => r.Type == "SANCTIONED" && r.TargetId is "belarus" or "poland");
    }

    [Fact]
    public void Troops_sent_to_fight_beside_a_sides_forces_are_supplied_to_that_side()
    {
        var result = TestSupport.Extract("Belarus sent hundreds of soldiers to fight beside Syrian forces.");
        Assert.Contains("belarus SUPPLIED syria", result.Keys());
    }

    [Fact]
    public void Crossing_into_a_country_or_its_border_is_travel_there()
    {
        Assert.Contains("xi-jinping VISITED russia", TestSupport.Extract("Xi Jinping's motorcade crossed into Russia on Monday.", "2023-03-01").Keys());
        Assert.Contains("xi-jinping VISITED russia", TestSupport.Extract("Xi Jinping crossed the Russian border on Monday.", "2023-03-01").Keys());
        Assert.DoesNotContain(TestSupport.Extract("Iran's border with Iraq is long.").Relations, r => r.Type == "VISITED");
    }

    [Fact]
    public void An_invaded_place_stands_for_its_country()
    {
        var result = TestSupport.Extract("Russian troops invaded the Kharkiv region in May.", "2024-06-01");
        Assert.Contains("russia INVADED ukraine", result.Keys());
    }

    [Fact]
    public void Warning_a_party_against_something_opposes_it_but_warning_that_does_not()
    {
        Assert.Contains("japan OPPOSED china", TestSupport.Extract("Japan warned China against any military build-up.").Keys());
        Assert.DoesNotContain(TestSupport.Extract("Japan warned that China would respond.").Relations, r => r.Type == "OPPOSED");
    }

    [Fact]
    public void Firing_another_states_munitions_means_that_state_supplied_them()
    {
        var result = TestSupport.Extract("Ukraine has fired British missiles at targets in Crimea.");
        Assert.Contains("united-kingdom SUPPLIED ukraine", result.Keys());
        Assert.DoesNotContain(TestSupport.Extract("Iran uses Russian trucks.").Relations, r => r.Type == "SUPPLIED");
    }

    [Fact]
    public void Speaking_by_phone_is_a_message_between_the_two()
    {
        var result = TestSupport.Extract("Xi Jinping spoke with Vladimir Putin by telephone on Monday.", "2023-03-01");
        Assert.Contains(result.Relations, r => r.Type == "MESSAGED" && new[] { r.SourceId, r.TargetId }.Order().SequenceEqual(["vladimir-putin", "xi-jinping"]));
        Assert.DoesNotContain(TestSupport.Extract("Xi Jinping spoke with Vladimir Putin about trade.").Relations, r => r.Type == "MESSAGED");
    }

    [Fact]
    public void Signing_a_plan_or_a_roadmap_is_signing()
    {
        var result = TestSupport.Extract("Iran and Belarus signed a roadmap for cooperation.");
        Assert.Contains(result.Relations, r => r.Type == "SIGNED" && new[] { r.SourceId, r.TargetId }.Order().SequenceEqual(["belarus", "iran"]));
    }

    [Fact]
    public void What_a_thanked_party_did_in_a_gerund_it_did_for_the_one_who_thanks()
    {
        var result = TestSupport.Extract("Syria thanked Iran for sending drones to help defend Damascus.");
        Assert.Contains("iran SUPPLIED syria", result.Keys());
    }

    [Fact]
    public void A_city_named_in_an_of_phrase_is_the_destination()
    {
        var result = TestSupport.Extract("Xi Jinping flew to the northern city of Vladivostok on Sunday.", "2023-03-01");
        Assert.Contains("xi-jinping VISITED russia", result.Keys());
    }

    [Fact]
    public void Shielding_a_party_is_supporting_it()
    {
        Assert.Contains("china SUPPORTED iran", TestSupport.Extract("China has shielded Iran from new sanctions.").Keys());
    }

    [Fact]
    public void A_metonym_used_attributively_introduces_its_states_office()
    {
        var result = TestSupport.Extract("The Kremlin leader flew to Tehran on Monday.", "2023-03-01");
        Assert.Contains("vladimir-putin VISITED iran", result.Keys());
        Assert.DoesNotContain("russia VISITED iran", result.Keys());
    }

    [Fact]
    public void A_report_known_only_to_its_month_takes_a_day_of_that_month_the_text_gives_as_its_news_day()
    {
        var result = TestSupport.Extract("Iran's president arrived in Minsk on March 13. Iran also condemned Poland.", "2023-03");
        Assert.Equal(PartialDate.Parse("2023-03-13"), result.Single("iran", "OPPOSED", "poland").Date);
        var dayOfAnotherMonth = TestSupport.Extract("Iran's president arrived in Minsk on February 13. Iran also condemned Poland.", "2023-03");
        Assert.Equal(PartialDate.Parse("2023-03"), dayOfAnotherMonth.Single("iran", "OPPOSED", "poland").Date);
    }

    [Fact]
    public void An_adverb_may_sit_inside_a_phrasal_trigger()
    {
        Assert.Contains("belarus SUPPORTED russia", TestSupport.Extract("Belarus has sided squarely with Russia.").Keys());
    }

    [Fact]
    public void He_can_refer_back_to_an_unnamed_official_who_stands_for_the_state()
    {
        var result = TestSupport.Extract("Syria's foreign minister arrived in Tehran on Monday. Later he criticised Israel.", "2023-03-01");
        Assert.Contains("syria OPPOSED israel", result.Keys());
    }

    [Fact]
    public void A_heads_administration_is_the_state_the_head_led()
    {
        var result = TestSupport.Extract("The Biden administration blacklisted two Iranian companies.", "2023-03-01");
        Assert.Contains("united-states SANCTIONED iran", result.Keys());
        Assert.DoesNotContain(result.Relations, r => r.SourceId == "joe-biden");
    }

    [Fact]
    public void Condemning_a_states_act_accuses_it_while_condemning_its_decision_opposes_it()
    {
        Assert.Contains("poland ACCUSED belarus", TestSupport.Extract("Poland condemned Belarus's arms shipments.").Keys());
        Assert.Contains("poland OPPOSED belarus", TestSupport.Extract("Poland condemned Belarus's decision.").Keys());
    }

    [Fact]
    public void A_demonym_right_on_a_veto_names_who_cast_it_but_not_across_another_noun()
    {
        Assert.Contains("china VETOED unsc", TestSupport.Extract("A Chinese veto in May killed the draft.", "2023-06-01").Keys());
        Assert.DoesNotContain(TestSupport.Extract("Diplomats debated Iranian sanction vetoes.").Relations, r => r.Type == "VETOED");
    }

    [Fact]
    public void The_weekend_resolves_to_its_month_only()
    {
        // published on Monday 2023-07-03: the weekend was 1-2 July; on Monday 2023-10-02 it straddled September and October
        Assert.Equal(PartialDate.Parse("2023-07"), TestSupport.Extract("Xi Jinping flew to Tehran over the weekend.", "2023-07-03").Single("xi-jinping", "VISITED", "iran").Date);
        Assert.Null(TestSupport.Extract("Xi Jinping flew to Tehran over the weekend.", "2023-10-02").Single("xi-jinping", "VISITED", "iran").Date);
    }

    [Fact]
    public void The_next_day_counts_from_the_narratives_last_day_not_from_publication()
    {
        var result = TestSupport.Extract("Xi Jinping landed in Tehran on May 3. He met Iran's president the next day.", "2023-05-20");
        Assert.Equal(PartialDate.Parse("2023-05-04"), result.Relations.Single(r => r.Type == "MET").Date);
        var noAnchor = TestSupport.Extract("Xi Jinping met Iran's president the next day.", "2023-05-20");
        Assert.Null(noAnchor.Relations.Single(r => r.Type == "MET").Date);
    }

    [Fact]
    public void A_possessive_pronoun_in_an_adjunct_takes_the_subject_but_an_object_pronoun_does_not()
    {
        var visit = TestSupport.Extract("Xi Jinping met Putin during his trip to Moscow.");
        Assert.Contains("xi-jinping VISITED russia", visit.Keys());
        var praised = TestSupport.Extract("Xi Jinping hosted Lukashenko and later criticised him.");
        Assert.Contains("xi-jinping OPPOSED alexander-lukashenko", praised.Keys());
    }

    [Fact]
    public void Guns_and_howitzers_are_goods_a_sending_verb_supplies()
    {
        var result = TestSupport.Extract("Belarus sent Russia dozens of howitzers.");
        Assert.Contains("belarus SUPPLIED russia", result.Keys());
        Assert.Equal("howitzers", result.Single("belarus", "SUPPLIED", "russia").Details);
    }

    [Fact]
    public void A_participle_premodifying_a_partner_does_not_end_the_nouns_phrase()
    {
        var result = TestSupport.Extract("Lukashenko held a meeting with visiting Chinese Foreign Minister Wang Yi.", "2023-03-01");
        Assert.Contains(result.Relations, r => r.Type == "MET" && new[] { r.SourceId, r.TargetId }.Contains("alexander-lukashenko") && new[] { r.SourceId, r.TargetId }.Contains("wang-yi"));
    }

    [Fact]
    public void A_states_envoy_with_no_office_of_its_own_speaks_for_the_state()
    {
        var result = TestSupport.Extract("Tehran's envoy to the UN accused Israel of lying.", "2023-03-01");
        Assert.Contains("iran ACCUSED israel", result.Keys());
    }

    [Fact]
    public void An_adverbial_clause_set_off_after_a_report_is_the_writers_own()
    {
        var result = TestSupport.Extract("Iran has sold more drones to Russia, officials in Kyiv said on Monday, as Belarus pledged to back Moscow.", "2023-03-01");
        Assert.Equal(ClaimStatus.Asserted, result.Single("belarus", "SUPPORTED", "russia").Status);
        Assert.Equal(ClaimStatus.Alleged, result.Single("iran", "SUPPLIED", "russia").Status);
        var inside = TestSupport.Extract("Kyiv said Iran, while denying it, had sold drones to Russia.", "2023-03-01");
        Assert.NotEqual(ClaimStatus.Asserted, inside.Single("iran", "SUPPLIED", "russia").Status);
    }

    [Fact]
    public void A_date_at_the_reporting_verb_dates_the_report_not_the_reported_event()
    {
        var result = TestSupport.Extract("Kyiv said on Monday that Iran had sold drones to Russia.", "2023-03-01");
        Assert.Null(result.Single("iran", "SUPPLIED", "russia").Date);
        Assert.Equal(PartialDate.Parse("2023-02-27"), result.Single("ukraine", "ACCUSED", "iran").Date);
        var own = TestSupport.Extract("Xi Jinping arrived in Tehran on Monday, Iranian media said.", "2023-03-01");
        Assert.Equal(PartialDate.Parse("2023-02-27"), own.Single("xi-jinping", "VISITED", "iran").Date);
    }

    [Fact]
    public void The_carrier_of_a_message_is_not_its_addressee()
    {
        Assert.DoesNotContain(TestSupport.Extract("Wang Yi, who landed in Tehran on Monday, delivered a letter from Xi Jinping.", "2023-03-01").Relations,
            r => r.Type == "MESSAGED");
        Assert.Contains("xi-jinping MESSAGED alexander-lukashenko",
            TestSupport.Extract("Lukashenko received Wang Yi, who delivered a letter from Xi Jinping.", "2023-03-01").Keys());
    }

    [Fact]
    public void A_modal_of_an_invariable_stance_commits_to_it_now_even_across_a_quotation_mark()
    {
        var result = TestSupport.Extract("Lukashenko said Belarus would \"invariably support\" Russia.", "2023-03-01");
        Assert.NotEqual(ClaimStatus.Planned, result.Single("alexander-lukashenko", "SUPPORTED", "russia").Status);
    }

    [Fact]
    public void A_count_of_units_later_counts_from_the_narratives_last_date()
    {
        var result = TestSupport.Extract("In March 2022, Lukashenko flew to Tehran. Eight months later, Xi Jinping flew to Minsk.", "2024-01-10");
        Assert.Equal(PartialDate.Parse("2022-11"), result.Single("xi-jinping", "VISITED", "belarus").Date);
        var unanchored = TestSupport.Extract("Eight months later, Xi Jinping flew to Minsk.", "2024-01-10");
        Assert.Null(unanchored.Single("xi-jinping", "VISITED", "belarus").Date);
    }

    [Fact]
    public void Since_then_opens_a_period_and_does_not_continue_the_earlier_date()
    {
        var result = TestSupport.Extract("In 2022, Iran first sold drones to Russia. Since then, Iran has supplied Russia with missiles.", "2024-01-10");
        Assert.Contains(result.Relations, r => r is { SourceId: "iran", Type: "SUPPLIED", TargetId: "russia", Date: null });
    }

    [Fact]
    public void A_list_closed_by_comma_and_before_a_finite_verb_ends_and_a_clause_begins()
    {
        var result = TestSupport.Extract("Lukashenko flew to Tehran, and the two leaders signed a treaty.", "2024-01-10");
        Assert.DoesNotContain(result.Relations, r => r.Type == "VISITED" && r.TargetId != "iran");
    }

    [Fact]
    public void Two_people_touring_together_meet()
    {
        var result = TestSupport.Extract("Xi Jinping and Lukashenko toured a tractor plant.");
        Assert.Contains(result.Relations, r => r.Type == "MET" && new[] { r.SourceId, r.TargetId }.Order().SequenceEqual(["alexander-lukashenko", "xi-jinping"]));
        Assert.DoesNotContain(TestSupport.Extract("Xi Jinping toured a tractor plant.").Relations, r => r.Type == "MET");
    }

    [Fact]
    public void What_a_presupposed_report_says_is_still_a_claim()
    {
        var result = TestSupport.Extract("The talks came days after Poland said Belarus had sent fuel to Russia.", "2024-01-10");
        Assert.Equal(ClaimStatus.Alleged, result.Single("belarus", "SUPPLIED", "russia").Status);
        Assert.Contains("poland ACCUSED belarus", result.Keys());
    }

    [Fact]
    public void Dismissing_the_reports_answers_everyone_who_accused_the_denier()
    {
        var result = TestSupport.Extract("Poland and Canada said Belarus had sent fuel to Russia. Belarus dismissed the reports as lies.", "2024-01-10");
        Assert.Contains("belarus DENIED poland", result.Keys());
        Assert.Contains("belarus DENIED canada", result.Keys());
    }

    [Fact]
    public void A_subject_it_after_a_newly_named_organisation_takes_that_organisation()
    {
        var result = TestSupport.Extract("Japan warned Iran against expanding its drone exports, and the European Union said it would sanction Iranian firms.", "2024-01-10");
        Assert.Contains("european-union SANCTIONED iran", result.Keys());
    }

    [Fact]
    public void A_week_across_a_months_end_is_the_month_holding_five_or_more_of_its_days()
    {
        // the week before Tuesday 8 November 2022 is 31 October - 6 November: six of its days are November's
        var r = TestSupport.Extract("Japan accused Iran last week of arming Syria.", "2022-11-08").Single("japan", "ACCUSED", "iran");
        Assert.Equal(PartialDate.Parse("2022-11"), r.Date);
    }

    [Fact]
    public void A_mention_before_an_event_the_document_dates_once_in_its_own_sentence_takes_that_date()
    {
        var result = TestSupport.Extract("Xi Jinping's visit to Minsk was short. Xi Jinping flew to Minsk on May 3.", "2023-05-20");
        Assert.All(result.Relations.Where(r => r.Type == "VISITED"), r => Assert.Equal(PartialDate.Parse("2023-05-03"), r.Date));
        var twice = TestSupport.Extract("Xi Jinping's visit to Minsk was short. Xi Jinping flew to Minsk on May 3. He flew to Minsk again on May 12.", "2023-05-20");
        Assert.Contains(twice.Relations, r => r.Type == "VISITED" && r.Date is null);
    }

    [Fact]
    public void A_presupposed_event_does_not_continue_the_previous_sentences_scene()
    {
        var result = TestSupport.Extract("On May 3, Lukashenko spoke about trade. During his trip to Beijing, Lukashenko praised Iran.", "2023-05-20");
        Assert.Null(result.Single("alexander-lukashenko", "VISITED", "china").Date);
    }

    [Fact]
    public void A_claim_nouns_clause_may_leave_out_that()
    {
        var result = TestSupport.Extract("Iran denies Ukrainian claims it sold drones to Russia.", "2024-01-10");
        Assert.Equal(ClaimStatus.Denied, result.Single("iran", "SUPPLIED", "russia").Status);
    }

    [Fact]
    public void A_states_possessive_right_on_a_known_person_introduces_that_person()
    {
        var result = TestSupport.Extract("China's Xi met Belarus's Lukashenko.", "2024-01-10");
        Assert.Contains(result.Relations, r => r.Type == "MET" && new[] { r.SourceId, r.TargetId }.Order().SequenceEqual(["alexander-lukashenko", "xi-jinping"]));
    }

    [Fact]
    public void People_standing_or_riding_together_meet()
    {
        var result = TestSupport.Extract("Xi Jinping and Lukashenko rode together to the airport.");
        Assert.Contains(result.Relations, r => r.Type == "MET" && new[] { r.SourceId, r.TargetId }.Order().SequenceEqual(["alexander-lukashenko", "xi-jinping"]));
        Assert.DoesNotContain(TestSupport.Extract("Xi Jinping and Lukashenko stood firm on trade.").Relations, r => r.Type == "MET");
    }

    [Fact]
    public void Engineers_and_builders_sent_abroad_are_supplied()
    {
        Assert.Contains("belarus SUPPLIED russia", TestSupport.Extract("Belarus has sent 2,000 military engineers to Russia.").Keys());
    }

    [Fact]
    public void A_quotation_mark_inside_a_phrasal_trigger_does_not_break_it()
    {
        var result = TestSupport.Extract("Lukashenko expressed \"full solidarity\" with Russia.");
        Assert.Contains("alexander-lukashenko SUPPORTED russia", result.Keys());
    }

    [Fact]
    public void What_a_party_is_warned_against_doing_is_not_done_and_is_that_partys()
    {
        var result = TestSupport.Extract("Poland warned Belarus against sending troops to Russia.");
        Assert.Contains("poland OPPOSED belarus", result.Keys());
        Assert.DoesNotContain(result.Relations, r => r.Type == "SUPPLIED");
    }

    [Fact]
    public void Relying_on_another_states_munitions_means_that_state_supplies_them()
    {
        Assert.Contains("iran SUPPLIED russia", TestSupport.Extract("Russia relies heavily on Iranian drones.").Keys());
    }

    [Fact]
    public void A_possessive_in_a_for_phrase_after_a_verb_and_its_object_is_the_objects()
    {
        var result = TestSupport.Extract("Lukashenko thanked Xi Jinping for his support.");
        Assert.Contains("xi-jinping SUPPORTED alexander-lukashenko", result.Keys());
    }

    [Fact]
    public void Targeting_a_party_with_sanctions_sanctions_it()
    {
        Assert.Contains("canada SANCTIONED iran", TestSupport.Extract("Canada targeted Iranian banks with new sanctions.").Keys());
    }

    [Fact]
    public void An_undergoer_verb_must_govern_the_sanctions_noun()
    {
        Assert.DoesNotContain(TestSupport.Extract("Iranian drones hit Ukrainian cities despite sanctions.").Relations, r => r.Type == "SANCTIONED");
        Assert.Contains("canada SANCTIONED iran", TestSupport.Extract("Iran has been hit by Canadian sanctions.").Keys());
    }

    [Fact]
    public void Airlines_refineries_and_shipyards_of_a_nationality_are_that_state_as_sanctions_targets()
    {
        Assert.Contains("canada SANCTIONED iran", TestSupport.Extract("Canada blacklisted two Iranian airlines.").Keys());
        Assert.Contains("japan SANCTIONED russia", TestSupport.Extract("Japan sanctioned three Russian refineries.").Keys());
    }
}
