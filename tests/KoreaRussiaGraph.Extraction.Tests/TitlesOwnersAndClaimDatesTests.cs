using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Extraction.Tests;

/// <summary>
/// Titles with an of-phrase, names a state's possessive owns, appositive titles, reciprocal verbs, planning words and the
/// dates of reported, denied and accused acts that session 11 added: on sentences written for these tests.
/// </summary>
public class TitlesOwnersAndClaimDatesTests
{
    [Fact]
    public void An_office_named_before_a_title_word_is_no_part_of_the_person_s_id()
    {
        var result = TestSupport.Extract("Sejm Speaker Szymon Holownia arrived in Belarus on Tuesday.", "2024-05-15");
        Assert.Contains("szymon-holownia VISITED belarus", result.Keys());
    }

    [Fact]
    public void Accented_letters_fold_to_ascii_in_a_new_person_s_id()
    {
        var result = TestSupport.Extract("Alexander Lukashenko sent a letter to François Legault.", "2024-05-15");
        Assert.Contains("alexander-lukashenko MESSAGED francois-legault", result.Keys());
    }

    [Fact]
    public void Bodies_in_a_title_set_in_apposition_to_a_person_are_no_parties()
    {
        var result = TestSupport.Extract(
            "Kim Jong Un, general secretary of the Workers' Party of Korea and president of the State Affairs of the DPRK, met Alexander Lukashenko.", "2024-05-15");
        Assert.Equal(["alexander-lukashenko MET kim-jong-un"], result.Keys());
    }

    [Fact]
    public void Who_after_an_apposition_ending_in_a_state_refers_to_the_person()
    {
        var result = TestSupport.Extract("Xi Jinping received Alexander Lukashenko, president of the Republic of Belarus, who is on a state visit to China.", "2024-05-15");
        Assert.Contains("alexander-lukashenko VISITED china", result.Keys());
        Assert.DoesNotContain("belarus VISITED china", result.Keys());
    }

    [Fact]
    public void Two_subjects_of_a_reciprocal_verb_each_send_the_message_to_the_other()
    {
        var result = TestSupport.Extract("Alexander Lukashenko and Xi Jinping exchanged letters on Monday.", "2024-05-15");
        Assert.Contains("alexander-lukashenko MESSAGED xi-jinping", result.Keys());
        Assert.Contains("xi-jinping MESSAGED alexander-lukashenko", result.Keys());
    }

    [Fact]
    public void An_of_phrase_of_another_noun_is_not_the_visitor()
    {
        var result = TestSupport.Extract("Ebrahim Raisi will make a visit to Belarus at the invitation of Alexander Lukashenko.", "2024-05-15");
        Assert.Equal(ClaimStatus.Planned, result.Single("ebrahim-raisi", "VISITED", "belarus").Status);
    }

    [Fact]
    public void A_place_past_the_next_verb_is_not_where_a_meeting_was()
    {
        var result = TestSupport.Extract("After his talks with Xi Jinping on Tuesday, Alexander Lukashenko said Belarus would send engineers to Iran.", "2024-05-15");
        Assert.Contains("alexander-lukashenko MET xi-jinping", result.Keys());
        Assert.DoesNotContain(result.Relations, r => r.Type == "VISITED");
    }

    [Fact]
    public void A_person_inside_an_opening_adjunct_is_not_what_a_later_pronoun_refers_to()
    {
        var result = TestSupport.Extract("In a letter to Anna Novak, Kaja Kallas condemned what she called Belarus's hostile policy.", "2024-05-15");
        Assert.Contains("kaja-kallas OPPOSED belarus", result.Keys());
        Assert.DoesNotContain("anna-novak OPPOSED belarus", result.Keys());
    }

    [Fact]
    public void A_denied_report_stays_denied_whatever_its_modality()
    {
        var result = TestSupport.Extract("Minsk denied reports that Alexander Lukashenko would travel to Iran in June.", "2024-05-15");
        Assert.Equal(ClaimStatus.Denied, result.Single("alexander-lukashenko", "VISITED", "iran").Status);
    }

    [Theory]
    [InlineData("Analysts say Belarus is likely receiving drones from Iran.", ClaimStatus.Alleged)]
    [InlineData("Belarus is likely to receive drones from Iran.", ClaimStatus.Planned)]
    [InlineData("Due to sanctions, Iran shipped drones to Belarus by rail.", ClaimStatus.Asserted)]
    public void Likely_hedges_an_inflected_verb_and_due_plans_only_before_an_infinitive(string sentence, ClaimStatus status)
    {
        var result = TestSupport.Extract(sentence, "2024-05-15");
        Assert.Equal(status, result.Single("iran", "SUPPLIED", "belarus").Status);
    }

    [Fact]
    public void Due_to_travel_is_a_plan()
    {
        var result = TestSupport.Extract("Alexander Lukashenko, who is due to travel to Iran next month, praised Tehran.", "2024-05-15");
        Assert.Equal(ClaimStatus.Planned, result.Single("alexander-lukashenko", "VISITED", "iran").Status);
    }

    [Fact]
    public void A_report_closing_the_sentence_dates_the_report_so_the_event_gets_only_its_month()
    {
        var result = TestSupport.Extract("Alexander Lukashenko and Xi Jinping exchanged letters, Belarusian state media reported on Monday.", "2024-05-15");
        Assert.Equal(PartialDate.Parse("2024-05"), result.Single("alexander-lukashenko", "MESSAGED", "xi-jinping").Date);
    }

    [Fact]
    public void A_planned_event_takes_no_date_from_the_report_that_announces_it()
    {
        var result = TestSupport.Extract("Xi Jinping will visit Belarus, the Chinese foreign ministry announced on Tuesday.", "2024-05-15");
        Assert.Null(result.Single("xi-jinping", "VISITED", "belarus").Date);
    }

    [Theory]
    [InlineData("Poland said on Monday that Belarus had shipped fuel to Russia.")]
    [InlineData("Minsk rejected on Tuesday Polish claims that it had sent fuel to Russia.")]
    [InlineData("Poland accused Belarus on Tuesday of supplying fuel to Russia.")]
    public void A_date_on_the_saying_does_not_date_the_act_it_reports(string sentence)
    {
        var result = TestSupport.Extract(sentence, "2024-05-15");
        Assert.Null(result.Single("belarus", "SUPPLIED", "russia").Date);
    }

    [Fact]
    public void An_accusation_keeps_the_date_of_its_own_verb()
    {
        var result = TestSupport.Extract("Poland accused Belarus on Tuesday of supplying fuel to Russia.", "2024-05-15");
        Assert.Equal(PartialDate.Parse("2024-05-14"), result.Single("poland", "ACCUSED", "belarus").Date);
    }

    [Fact]
    public void The_claim_a_denial_answers_was_made_on_a_day_the_text_does_not_give()
    {
        var result = TestSupport.Extract("Minsk rejected on Tuesday Polish claims that it had sent fuel to Russia.", "2024-05-15");
        Assert.Null(result.Single("poland", "ACCUSED", "belarus").Date);
    }

    [Fact]
    public void A_month_and_day_under_would_is_the_next_one()
    {
        var result = TestSupport.Extract("Alexander Lukashenko said he would travel to Iran on May 9.", "2025-04-30");
        Assert.Equal(PartialDate.Parse("2025-05-09"), result.Single("alexander-lukashenko", "VISITED", "iran").Date);
    }

    [Theory]
    [InlineData("NATO Deputy Secretary General Anna Novak said Belarus had supplied fuel to Russia.", true)]
    [InlineData("Analyst Anna Novak said Belarus had supplied fuel to Russia.", false)]
    public void An_official_introduced_by_a_title_accuses_and_an_analyst_does_not(string sentence, bool accuses)
    {
        var result = TestSupport.Extract(sentence, "2024-05-15");
        Assert.Equal(accuses, result.Keys().Contains("anna-novak ACCUSED belarus"));
        Assert.Contains("belarus SUPPLIED russia", result.Keys());
    }

    [Fact]
    public void A_state_s_possessive_before_a_name_says_whose_official_it_is()
    {
        var result = TestSupport.Extract("Alexander Lukashenko held talks with Iran's Ebrahim Raisi in Minsk.", "2024-05-15");
        Assert.Equal(["alexander-lukashenko MET ebrahim-raisi"], result.Keys());
    }

    [Fact]
    public void A_name_a_state_s_possessive_owns_stays_in_its_list()
    {
        var result = TestSupport.Extract("Xi Jinping, Iran's Ebrahim Raisi and Alexander Lukashenko condemned Poland.", "2024-05-15");
        Assert.Equal(["xi-jinping OPPOSED poland", "ebrahim-raisi OPPOSED poland", "alexander-lukashenko OPPOSED poland"], result.Keys());
    }

    [Theory]
    [InlineData("The foreign minister of Poland condemned Belarus.", new[] { "poland" })]
    [InlineData("The foreign ministers of Poland, Canada and Iran condemned Belarus.", new[] { "poland", "canada", "iran" })]
    [InlineData("The government of Poland condemned Belarus.", new[] { "poland" })]
    public void A_title_or_organ_of_a_state_with_no_known_holder_is_the_state(string sentence, string[] judges)
    {
        var result = TestSupport.Extract(sentence, "2024-05-15");
        Assert.Equal(judges.Select(j => $"{j} OPPOSED belarus"), result.Keys());
    }

    [Fact]
    public void A_plural_title_gives_each_state_its_own_office_holder()
    {
        var result = TestSupport.Extract("The defence ministers of Russia and Belarus met in Minsk on Tuesday.", "2023-05-15");
        Assert.Equal(["belarus MET sergei-shoigu"], result.Keys());
    }

    [Fact]
    public void A_title_in_apposition_makes_no_new_party()
    {
        var result = TestSupport.Extract("Alexander Lukashenko, now chairman of the Supreme State Council of the Union State, met Xi Jinping.", "2024-05-15");
        Assert.Equal(["alexander-lukashenko MET xi-jinping"], result.Keys());
    }

    [Fact]
    public void The_name_before_of_and_a_gerund_is_its_subject_past_a_date()
    {
        var result = TestSupport.Extract("Canada and Poland accused Belarus this year of shipping fuel to Russia.", "2024-05-15");
        Assert.Contains("belarus SUPPLIED russia", result.Keys());
        Assert.DoesNotContain("canada SUPPLIED russia", result.Keys());
    }

    [Fact]
    public void The_treasury_sanctions_for_the_united_states()
    {
        var result = TestSupport.Extract("The Treasury sanctioned three Iranian companies.", "2024-05-15");
        Assert.Equal(["united-states SANCTIONED iran"], result.Keys());
    }

    [Fact]
    public void Adding_to_a_sanctions_list_reaches_past_a_long_object()
    {
        var result = TestSupport.Extract("The European Union on Monday added Belarus's defence minister, Viktor Khrenin, and several senior officers to its sanctions list.", "2024-05-15");
        Assert.Contains(result.Relations, r => r.SourceId == "european-union" && r.Type == "SANCTIONED");
    }

    [Fact]
    public void A_zoo_is_a_place_not_a_person()
    {
        var result = TestSupport.Extract("Putin gifted more than 70 animals to Minsk's Central Zoo.", "2024-05-15");
        Assert.Equal(["vladimir-putin SUPPLIED belarus"], result.Keys());
    }

    [Theory]
    [InlineData("Alexander Lukashenko said Belarus would always support Russia's just cause.", "alexander-lukashenko SUPPORTED russia")]
    [InlineData("Alexander Lukashenko assured Xi Jinping that Belarus fully supports China.", "alexander-lukashenko SUPPORTED china")]
    [InlineData("Alexander Lukashenko said Belarus supported Russia in 2022.", "belarus SUPPORTED russia")]
    [InlineData("Maria Zakharova said Moscow fully supports Minsk.", "russia SUPPORTED belarus")]
    public void A_leader_pledging_his_state_s_stance_takes_it_but_not_a_past_act_or_a_spokesperson(string sentence, string key)
    {
        var result = TestSupport.Extract(sentence, "2024-06-19");
        Assert.Equal([key], result.Keys());
    }

    [Fact]
    public void The_move_a_stance_verb_judges_is_the_last_act_reported()
    {
        var result = TestSupport.Extract("Iran shipped drones to Russia. Canada condemned the move as reckless.", "2024-10-29");
        Assert.Contains("canada OPPOSED iran", result.Keys());
    }

    [Fact]
    public void A_free_adjunct_after_a_reported_clause_is_the_reporter_s_and_keeps_its_date()
    {
        var result = TestSupport.Extract("Poland said on Monday that Belarus had shipped fuel to Russia, calling the move a dangerous escalation.", "2024-10-29");
        var stance = result.Single("poland", "OPPOSED", "belarus");
        Assert.Equal(PartialDate.Parse("2024-10-28"), stance.Date);
        Assert.DoesNotContain(result.Relations, r => r.Type == "OPPOSED" && r.SourceId == "belarus");
    }

    [Fact]
    public void A_free_adjunct_is_outside_the_modality_of_the_clause_before_it()
    {
        var result = TestSupport.Extract("Xi Jinping said China would stay neutral, praising Lukashenko's restraint.", "2024-10-29");
        Assert.Equal(ClaimStatus.Asserted, result.Single("xi-jinping", "SUPPORTED", "alexander-lukashenko").Status);
    }

    [Fact]
    public void A_visit_called_off_after_a_long_noun_phrase_did_not_happen()
    {
        var result = TestSupport.Extract("A planned visit to Minsk by a large Iranian parliamentary delegation was called off at the last minute.", "2024-10-29");
        Assert.Empty(result.Relations);
    }

    [Fact]
    public void Preparations_for_a_visit_plan_it_inside_a_report()
    {
        var result = TestSupport.Extract("The Kremlin said preparations were under way for a visit by Alexander Lukashenko to Tehran.", "2024-10-29");
        Assert.Equal(ClaimStatus.Planned, result.Single("alexander-lukashenko", "VISITED", "iran").Status);
    }

    [Fact]
    public void A_participle_after_a_treaty_between_two_parties_signs_between_them()
    {
        var result = TestSupport.Extract("The treaty between Belarus and Iran, signed in June, came into force in December.", "2024-10-29");
        Assert.Contains(result.Relations, r => r.Type == "SIGNED" && new[] { r.SourceId, r.TargetId }.Order().SequenceEqual(["belarus", "iran"]));
    }

    [Fact]
    public void Counted_demonym_groups_coordinate()
    {
        var result = TestSupport.Extract("Canada on Friday froze the assets of 11 Belarusian companies and two Iranian entities.", "2024-10-29");
        Assert.Equal(["canada SANCTIONED belarus", "canada SANCTIONED iran"], result.Keys());
    }

    [Fact]
    public void A_noun_in_a_reason_phrase_is_not_the_clause_subject_s_act()
    {
        var result = TestSupport.Extract("The European Union sanctioned three Iranian officials over the delivery of drones to Russia.", "2024-10-29");
        Assert.DoesNotContain(result.Relations, r => r.SourceId == "european-union" && r.Type == "SUPPLIED");
        Assert.Contains("european-union SANCTIONED iran", result.Keys());
    }

    [Fact]
    public void A_name_based_entity_has_that_nationality()
    {
        var result = TestSupport.Extract("The U.S. Treasury sanctioned three Belarus-based entities.", "2024-10-29");
        Assert.Equal(["united-states SANCTIONED belarus"], result.Keys());
    }

    [Fact]
    public void Any_supplied_goods_let_send_be_a_supply()
    {
        var result = TestSupport.Extract("Iran will send 50,000 tonnes of wheat to Belarus this year.", "2024-10-29");
        Assert.Equal(ClaimStatus.Planned, result.Single("iran", "SUPPLIED", "belarus").Status);
    }

    [Fact]
    public void Two_word_goods_after_a_demonym_make_it_their_supplier()
    {
        var result = TestSupport.Extract("Belarusian special forces had been sent to Russia.", "2024-10-31");
        Assert.Equal("special forces", result.Single("belarus", "SUPPLIED", "russia").Details);
    }

    [Fact]
    public void A_demonym_owns_the_report_a_denial_answers()
    {
        var result = TestSupport.Extract("Minsk dismissed a Polish report that Belarusian troops had been sent to Russia.", "2024-10-31");
        Assert.Contains("belarus DENIED poland", result.Keys());
        Assert.Equal(ClaimStatus.Denied, result.Single("belarus", "SUPPLIED", "russia").Status);
    }

    [Theory]
    [InlineData("Minsk called Polish claims that it had sent troops to Russia lies.")]
    [InlineData("Belarus's UN ambassador Valentin Rybakov said reports that his country had sent troops to Russia were false.")]
    public void A_claim_called_false_is_denied(string sentence)
    {
        var result = TestSupport.Extract(sentence, "2024-10-31");
        Assert.Equal(ClaimStatus.Denied, result.Single("belarus", "SUPPLIED", "russia").Status);
    }

    [Fact]
    public void A_named_official_after_his_state_s_title_is_the_reporter_and_accuses()
    {
        var result = TestSupport.Extract("Iran has shipped drones to Russia, Poland's national security adviser Jacek Siewiera said on Friday.", "2024-11-01");
        Assert.Equal("jacek-siewiera", result.Single("iran", "SUPPLIED", "russia").AttributedTo);
        Assert.Null(result.Single("iran", "SUPPLIED", "russia").Date);
        Assert.Contains("jacek-siewiera ACCUSED iran", result.Keys());
    }

    [Fact]
    public void A_general_staff_is_an_organ_of_its_state()
    {
        var result = TestSupport.Extract("Warsaw's General Staff said Belarus had sent troops to Russia.", "2024-11-01");
        Assert.Contains("poland ACCUSED belarus", result.Keys());
    }

    [Fact]
    public void A_long_list_of_goods_still_reaches_its_recipient()
    {
        var result = TestSupport.Extract("Iran has also sent about 200 long-range artillery pieces and a large number of multiple rocket launchers to Russia.", "2024-11-01");
        Assert.Contains("iran SUPPLIED russia", result.Keys());
    }

    [Fact]
    public void There_after_a_verb_of_travel_is_the_last_place_named()
    {
        var result = TestSupport.Extract("Xi Jinping held talks with Alexander Lukashenko in Minsk on Monday. He had travelled there by train.", "2025-06-05");
        Assert.Contains("xi-jinping VISITED belarus", result.Keys());
    }

    [Fact]
    public void Having_been_to_a_country_is_a_visit()
    {
        var result = TestSupport.Extract("Alexander Lukashenko has been to Iran twice.", "2025-06-05");
        Assert.Equal(["alexander-lukashenko VISITED iran"], result.Keys());
    }

    [Theory]
    [InlineData("Maria Zakharova said the EU's sanctions against Belarusian officials were illegitimate.", "russia OPPOSED european-union")]
    [InlineData("Xi Jinping said the sanctions imposed by Washington were illegal.", "xi-jinping OPPOSED united-states")]
    public void A_predicative_appraisal_reaches_the_owner_past_a_phrase_on_its_noun(string sentence, string key)
    {
        var result = TestSupport.Extract(sentence, "2024-11-01");
        Assert.Contains(key, result.Keys());
    }

    [Fact]
    public void A_warning_about_a_demonym_s_involvement_opposes_its_state_as_its_own_statement()
    {
        var result = TestSupport.Extract("Maria Zakharova accused Warsaw of playing with fire and warned that any Polish involvement in the conflict would draw a firm response.", "2024-11-01");
        Assert.Equal(ClaimStatus.Asserted, result.Single("russia", "OPPOSED", "poland").Status);
    }
}
