using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Extraction.Tests;

/// <summary>
/// Denials of a claim named before, appositions to a noun phrase with a hyphenated premodifier, and the other
/// constructions session 9 added: on sentences written for these tests.
/// </summary>
public class ReferencesAndAppositionsTests
{
    [Theory]
    [InlineData("assertion")]
    [InlineData("charge")]
    [InlineData("report")]
    public void Denying_a_singular_claim_noun_answers_the_accuser_named_before(string claim)
    {
        var result = TestSupport.Extract($"Canada said that Iran sent drones to Russia. Tehran denied the {claim} on Friday.", "2024-05-10");
        Assert.Contains("iran DENIED canada", result.Keys());
    }

    [Fact]
    public void Names_after_a_dash_stand_for_a_noun_phrase_with_a_hyphenated_participle()
    {
        var result = TestSupport.Extract("Belarus recognised the two Russian-occupied regions—Donetsk People's Republic and Luhansk People's Republic—last year.", "2024-05-10");
        Assert.Contains("belarus SUPPORTED donetsk-peoples-republic", result.Keys());
        Assert.Contains("belarus SUPPORTED luhansk-peoples-republic", result.Keys());
        Assert.DoesNotContain("belarus SUPPORTED russia", result.Keys());
    }

    [Fact]
    public void The_owner_of_an_attribute_noun_behind_a_hyphenated_apposition_is_the_object()
    {
        var result = TestSupport.Extract("Belarus backed the independence of the two Moscow-backed statelets—Donetsk People's Republic and Luhansk People's Republic.", "2024-05-10");
        Assert.Contains("belarus SUPPORTED donetsk-peoples-republic", result.Keys());
        Assert.DoesNotContain("belarus SUPPORTED russia", result.Keys());
    }

    [Fact]
    public void The_two_republics_refer_to_the_pair_of_republics_named_before()
    {
        var result = TestSupport.Extract("Russia recognised the breakaway republics of Donetsk and Luhansk in 2022. Belarus recognised the two republics last week.", "2024-05-10");
        Assert.Contains("belarus SUPPORTED donetsk-peoples-republic", result.Keys());
        Assert.Contains("belarus SUPPORTED luhansk-peoples-republic", result.Keys());
    }

    [Fact]
    public void A_closing_quotation_mark_does_not_end_the_object_phrase_before_its_owner()
    {
        var result = TestSupport.Extract("Russia recognised the breakaway republics of Donetsk and Luhansk in 2022. Belarus said it \"would recognise the independence\" of the two regions.", "2024-05-10");
        Assert.Contains("belarus SUPPORTED donetsk-peoples-republic", result.Keys());
    }

    [Fact]
    public void Meeting_the_interests_of_a_party_is_no_meeting_with_it()
    {
        var result = TestSupport.Extract("Lukashenko said the pipeline meets the interests of Belarus and China.", "2024-05-10");
        Assert.DoesNotContain(result.Relations, r => r.Type == "MET");
    }

    [Fact]
    public void Meeting_a_delegation_of_a_state_meets_the_state()
    {
        var result = TestSupport.Extract("Lukashenko met a delegation of China on Monday.", "2024-05-10");
        Assert.Contains("alexander-lukashenko MET china", result.Keys());
    }

    [Fact]
    public void A_state_news_agency_reporting_its_own_state_act_is_the_state_speaking_first_hand()
    {
        var result = TestSupport.Extract("Pyongyang recognised the independence of the Donetsk People's Republic, KCNA reported.", "2024-05-10");
        Assert.Equal(ClaimStatus.Asserted, result.Single("north-korea", "SUPPORTED", "donetsk-peoples-republic").Status);
    }

    [Fact]
    public void A_hyphenated_korean_given_name_makes_a_new_person_whose_family_name_refers_back()
    {
        var result = TestSupport.Extract("Kang Myong-chol met Lukashenko in Minsk. Later, Kang met Belarusian Prime Minister Roman Golovchenko.", "2024-05-10");
        Assert.Contains(result.Relations, r => r.Type == "MET" && (r.SourceId == "kang-myong-chol" || r.TargetId == "kang-myong-chol") && (r.SourceId == "alexander-lukashenko" || r.TargetId == "alexander-lukashenko"));
        Assert.Contains(result.Relations, r => r.Type == "MET" && (r.SourceId == "kang-myong-chol" || r.TargetId == "kang-myong-chol") && (r.SourceId == "roman-golovchenko" || r.TargetId == "roman-golovchenko"));
    }

    [Fact]
    public void A_participle_after_a_name_is_no_given_name()
    {
        var result = TestSupport.Extract("Canada sanctioned the Kremlin Security-linked firms on Monday.", "2024-05-10");
        Assert.DoesNotContain(result.Relations, r => r.TargetId.EndsWith("-linked", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_phrase_between_conjuncts_keeps_the_coordination()
    {
        var result = TestSupport.Extract("Canada sanctioned Viktor Khrenin, former army chief of staff Oleg Belokonev, and Roman Golovchenko.", "2024-05-10");
        Assert.Contains("canada SANCTIONED viktor-khrenin", result.Keys());
        Assert.Contains("canada SANCTIONED oleg-belokonev", result.Keys());
        Assert.Contains("canada SANCTIONED roman-golovchenko", result.Keys());
    }

    [Fact]
    public void Among_those_hit_by_the_sanctions_names_their_targets_and_the_earlier_sanctioner_with_its_date()
    {
        var result = TestSupport.Extract("Canada imposed sanctions on Belarus on Monday. Among those targeted by the new sanctions are Viktor Khrenin and Roman Golovchenko, the statement said.", "2024-05-10");
        var khrenin = result.Single("canada", "SANCTIONED", "viktor-khrenin");
        Assert.Equal("2024-05-06", khrenin.Date?.ToString());
        Assert.Contains("canada SANCTIONED roman-golovchenko", result.Keys());
    }

    [Fact]
    public void Sanctions_with_no_earlier_sanctioner_name_no_agent()
    {
        var result = TestSupport.Extract("Among those targeted by the new sanctions are Viktor Khrenin and Roman Golovchenko.", "2024-05-10");
        Assert.DoesNotContain(result.Relations, r => r.Type == "SANCTIONED");
    }

    [Fact]
    public void The_clause_subject_of_an_undergoer_verb_takes_no_sanctioner_from_earlier_sentences()
    {
        var result = TestSupport.Extract("Canada imposed sanctions on Belarus on Monday. Minsk said Iranian tankers were evading the sanctions.", "2024-05-10");
        Assert.DoesNotContain(result.Relations, r => r.Type == "SANCTIONED" && r.SourceId == "canada" && r.TargetId != "belarus");
    }

    [Fact]
    public void A_titled_name_after_and_that_opens_a_clause_is_no_conjunct_of_the_place_before()
    {
        var result = TestSupport.Extract("Lukashenko visited Beijing, and Foreign Minister Wang Yi showed him the new embassy.", "2024-05-10");
        Assert.DoesNotContain(result.Relations, r => r.Type == "VISITED" && r.TargetId == "wang-yi");
        var guest = TestSupport.Extract("Lavrov flew to Minsk, where he met Lukashenko, and Foreign Minister Maxim Ryzhenkov hosted a dinner.", "2024-05-10");
        Assert.DoesNotContain(guest.Relations, r => r.Type == "MET" && (r.SourceId == "alexander-lukashenko" || r.TargetId == "alexander-lukashenko")
                                                  && (r.SourceId == "maxim-ryzhenkov" || r.TargetId == "maxim-ryzhenkov"));
    }

    [Fact]
    public void The_parties_an_ordinal_counts_before_the_subject_did_the_act_too_but_undated()
    {
        var result = TestSupport.Extract("Belarus last month became the third country after Iran and Syria to formally recognise the Donetsk People's Republic.", "2024-05-10");
        Assert.Equal("2024-04", result.Single("belarus", "SUPPORTED", "donetsk-peoples-republic").Date?.ToString());
        Assert.Null(result.Single("iran", "SUPPORTED", "donetsk-peoples-republic").Date);
        Assert.Null(result.Single("syria", "SUPPORTED", "donetsk-peoples-republic").Date);
    }

    [Fact]
    public void An_after_phrase_without_an_ordinal_adds_no_doer()
    {
        var result = TestSupport.Extract("Belarus recognised the Donetsk People's Republic after Iran protested to Kyiv.", "2024-05-10");
        Assert.DoesNotContain("iran SUPPORTED donetsk-peoples-republic", result.Keys());
    }

    [Theory]
    [InlineData("Poland said that Belarus is lying about the border incident.")]
    [InlineData("Poland said Belarus had misled investigators about the border incident.")]
    [InlineData("Poland said that Belarus violated the border agreement.")]
    public void Saying_a_party_lies_or_commits_a_negative_act_accuses_it(string sentence)
    {
        var result = TestSupport.Extract(sentence, "2024-05-10");
        Assert.Contains("poland ACCUSED belarus", result.Keys());
    }

    [Fact]
    public void A_present_tense_headline_of_a_visit_takes_the_date_the_body_gives_it()
    {
        const string title = "Lukashenko praises trade ties on a visit to China";
        var result = TestSupport.Extract($"{title}\n\nLukashenko arrived in China on Monday. He met Xi on Wednesday.", "2024-05-09", title: title);
        var visit = Assert.Single(result.Relations, r => r.Type == "VISITED" && r.SourceId == "alexander-lukashenko" && r.Citation.SentenceIndex == 0);
        Assert.Equal("2024-05-06", visit.Date?.ToString());
    }

    [Fact]
    public void A_present_tense_headline_keeps_the_publication_date_when_the_body_dates_no_such_event()
    {
        const string title = "Lukashenko praises trade ties on a visit to China";
        var result = TestSupport.Extract($"{title}\n\nThe Belarusian leader toured a factory.", "2024-05-09", title: title);
        Assert.Equal("2024-05-09", result.Single("alexander-lukashenko", "VISITED", "china").Date?.ToString());
    }

    [Fact]
    public void A_name_in_apposition_to_a_possessed_role_is_a_conjunct_and_no_partner_of_its_owner()
    {
        var result = TestSupport.Extract("Lukashenko met Xi and his foreign minister, Wang Yi, in Beijing on Monday.", "2024-05-10");
        Assert.Contains(result.Relations, r => r.Type == "MET" && new[] { r.SourceId, r.TargetId }.Order().SequenceEqual(new[] { "alexander-lukashenko", "wang-yi" }));
        Assert.Contains(result.Relations, r => r.Type == "MET" && new[] { r.SourceId, r.TargetId }.Order().SequenceEqual(new[] { "alexander-lukashenko", "xi-jinping" }));
        Assert.DoesNotContain(result.Relations, r => r.Type == "MET" && new[] { r.SourceId, r.TargetId }.Order().SequenceEqual(new[] { "wang-yi", "xi-jinping" }));
    }

    [Fact]
    public void A_name_after_a_possessed_noun_that_heads_its_own_clause_is_no_apposition()
    {
        var result = TestSupport.Extract("Lukashenko praised Xi and his policies, Wang Yi said on Monday.", "2024-05-10");
        Assert.DoesNotContain(result.Relations, r => r.SourceId == "wang-yi" || r.TargetId == "wang-yi");
    }

    [Theory]
    [InlineData("Lukashenko sent Xi a letter on Monday.")]
    [InlineData("Lukashenko delivered a message from Putin to Xi on Monday.")]
    public void A_verb_of_giving_whose_theme_is_a_message_is_no_supply(string sentence)
    {
        var result = TestSupport.Extract(sentence, "2024-05-10");
        Assert.DoesNotContain(result.Relations, r => r.Type == "SUPPLIED");
    }

    [Fact]
    public void A_verb_of_giving_whose_theme_is_goods_is_still_a_supply()
    {
        var result = TestSupport.Extract("Belarus sent Russia two hundred tanks on Monday.", "2024-05-10");
        Assert.Contains("belarus SUPPLIED russia", result.Keys());
    }

    [Fact]
    public void Telling_someone_during_talks_is_a_meeting_not_a_message()
    {
        var result = TestSupport.Extract("Lukashenko told Xi during their talks in Beijing that Minsk would back the plan.", "2024-05-10");
        Assert.Contains(result.Relations, r => r.Type == "MET" && new[] { r.SourceId, r.TargetId }.Order().SequenceEqual(new[] { "alexander-lukashenko", "xi-jinping" }));
        Assert.DoesNotContain(result.Relations, r => r.Type == "MESSAGED");
    }

    [Fact]
    public void Telling_someone_with_no_meeting_in_view_stays_a_message()
    {
        var result = TestSupport.Extract("Lukashenko told Xi in a letter that Minsk would back the plan.", "2024-05-10");
        Assert.Contains("alexander-lukashenko MESSAGED xi-jinping", result.Keys());
    }

    [Theory]
    [InlineData("Lukashenko travelled to the Chinese capital by train on Monday.")]
    [InlineData("Lukashenko arrived in a Chinese port city on Monday.")]
    public void A_place_noun_a_demonym_locates_stands_for_its_country_as_a_destination(string sentence)
    {
        var result = TestSupport.Extract(sentence, "2024-05-10");
        Assert.Contains("alexander-lukashenko VISITED china", result.Keys());
    }

    [Fact]
    public void A_demonym_after_a_hyphen_is_an_attitude_not_a_place()
    {
        var result = TestSupport.Extract("Belarus recognised two pro-Russian separatist regions on Monday.", "2024-05-10");
        Assert.DoesNotContain("belarus SUPPORTED russia", result.Keys());
    }

    [Theory]
    [InlineData("Lukashenko attended a military parade in Beijing on Monday.")]
    [InlineData("Lukashenko toured a tractor plant in Harbin on Monday.")]
    [InlineData("Lukashenko returned home from Beijing on Monday.")]
    public void Being_at_an_event_in_a_foreign_place_or_coming_back_from_it_is_a_visit(string sentence)
    {
        var result = TestSupport.Extract(sentence, "2024-05-10");
        Assert.Contains("alexander-lukashenko VISITED china", result.Keys());
    }

    [Fact]
    public void Attending_an_event_in_ones_own_country_is_no_visit()
    {
        var result = TestSupport.Extract("Lukashenko attended a military parade in Minsk on Monday.", "2024-05-10");
        Assert.DoesNotContain(result.Relations, r => r.Type == "VISITED");
    }

    [Fact]
    public void An_organ_noun_after_a_preposition_is_outside_the_possessed_noun_phrase()
    {
        var result = TestSupport.Extract("Belarus's deployment of troops to Russia alarmed Warsaw.", "2024-05-10");
        Assert.Contains("belarus SUPPLIED russia", result.Keys());
    }

    [Fact]
    public void A_state_possessing_its_organ_is_still_the_state_acting()
    {
        var result = TestSupport.Extract("Belarus's defence ministry condemned Poland on Monday.", "2024-05-10");
        Assert.Contains("belarus OPPOSED poland", result.Keys());
    }

    [Fact]
    public void An_event_days_before_the_news_is_dated_to_the_news_month_not_a_day()
    {
        var result = TestSupport.Extract("Canada announced the measures days after a meeting between Lukashenko and Xi in Beijing.", "2024-05-10");
        var meeting = Assert.Single(result.Relations, r => r.Type == "MET");
        Assert.Equal("2024-05", meeting.Date?.ToString());
    }

    [Fact]
    public void A_date_after_a_possessor_dates_its_own_noun_not_the_clause()
    {
        var result = TestSupport.Extract("Lukashenko met Xi at a ceremony marking the end of Germany's 1941-1944 occupation of Belarus.", "2024-05-10");
        Assert.Null(Assert.Single(result.Relations, r => r.Type == "MET").Date);
    }

    [Fact]
    public void The_foreign_ministry_of_a_state_acts_for_it()
    {
        var result = TestSupport.Extract("The Foreign Ministry of Iran condemned Canada on Monday.", "2024-05-10");
        Assert.Contains("iran OPPOSED canada", result.Keys());
    }

    [Theory]
    [InlineData("The Foreign Ministry of Iran issued a statement on Monday. The ministry condemned Canada for the new sanctions.")]
    [InlineData("A spokesperson for the Iranian Foreign Ministry spoke to reporters. The spokesperson condemned Canada for the new sanctions.")]
    public void The_ministry_or_the_spokesperson_refers_back_to_the_state_named_through_its_organ(string text)
    {
        var result = TestSupport.Extract(text, "2024-05-10");
        Assert.Contains("iran OPPOSED canada", result.Keys());
    }

    [Fact]
    public void The_ministry_with_no_organ_named_before_refers_to_no_one()
    {
        var result = TestSupport.Extract("Iran hosted talks on Monday. The ministry condemned Canada for the new sanctions.", "2024-05-10");
        Assert.DoesNotContain(result.Relations, r => r.Type == "OPPOSED");
    }

    [Theory]
    [InlineData("Warsaw said 800 Belarusian soldiers had been moved to Russia's Kursk region.")]
    [InlineData("Warsaw said the first Belarusian units had arrived in Russia's Kursk region.")]
    public void Moving_troops_or_units_arriving_abroad_is_a_supply_of_personnel(string sentence)
    {
        var result = TestSupport.Extract(sentence, "2024-05-10");
        Assert.Contains("belarus SUPPLIED russia", result.Keys());
        Assert.DoesNotContain(result.Relations, r => r.Type == "VISITED");
    }

    [Fact]
    public void A_named_agency_after_a_states_possessive_speaks_for_the_state()
    {
        var result = TestSupport.Extract("Poland's Internal Security Agency said that Belarus had sent drones to Russia.", "2024-05-10");
        Assert.Contains("poland ACCUSED belarus", result.Keys());
        var supply = result.Single("belarus", "SUPPLIED", "russia");
        Assert.Equal("poland", supply.AttributedTo);
    }

    [Theory]
    [InlineData("Lukashenko and Xi hugged on the tarmac on Monday.")]
    [InlineData("Lukashenko embraced Xi at the airport on Monday.")]
    [InlineData("Xi accompanied Lukashenko on a tour of the factory on Monday.")]
    [InlineData("Lukashenko rode with Xi to the venue on Monday.")]
    public void Physical_copresence_is_a_meeting(string sentence)
    {
        var result = TestSupport.Extract(sentence, "2024-05-10");
        Assert.Contains(result.Relations, r => r.Type == "MET" && new[] { r.SourceId, r.TargetId }.Order().SequenceEqual(new[] { "alexander-lukashenko", "xi-jinping" }));
    }

    [Fact]
    public void Travelling_with_ones_own_delegation_meets_no_one()
    {
        var result = TestSupport.Extract("Lukashenko flew with his delegation to Beijing on Monday.", "2024-05-10");
        Assert.DoesNotContain(result.Relations, r => r.Type == "MET");
        Assert.Contains("alexander-lukashenko VISITED china", result.Keys());
    }

    [Fact]
    public void The_demonym_of_goods_a_verb_of_acquiring_takes_names_their_supplier()
    {
        var result = TestSupport.Extract("Russia bought Belarusian fertiliser in large amounts last year.", "2024-05-10");
        Assert.Contains("belarus SUPPLIED russia", result.Keys());
    }

    [Fact]
    public void A_predicative_appraisal_in_reported_speech_opposes_the_owner_of_its_subject()
    {
        var result = TestSupport.Extract("Canada said Iran's drone transfers were deplorable.", "2024-05-10");
        Assert.Contains("canada OPPOSED iran", result.Keys());
    }

    [Fact]
    public void Troops_of_a_nationality_fighting_for_another_state_are_its_supply_of_them()
    {
        var result = TestSupport.Extract("Belarusian soldiers fought alongside Russian troops near Kursk.", "2024-05-10");
        Assert.Contains("belarus SUPPORTED russia", result.Keys());
        Assert.Equal("soldiers", result.Single("belarus", "SUPPLIED", "russia").Details);
    }

    [Fact]
    public void A_state_fighting_for_another_supplies_no_personnel_it_does_not_name()
    {
        var result = TestSupport.Extract("Belarus fought alongside Russia in the war.", "2024-05-10");
        Assert.DoesNotContain("belarus SUPPLIED russia", result.Keys());
    }

    [Theory]
    [InlineData("Warsaw called the deployment of Belarusian troops a dangerous escalation.")]
    [InlineData("Warsaw branded Belarus's drills a provocation.")]
    public void Calling_a_partys_act_a_provocation_or_an_escalation_opposes_the_party(string sentence)
    {
        var result = TestSupport.Extract(sentence, "2024-05-10");
        Assert.Contains("poland OPPOSED belarus", result.Keys());
    }

    [Theory]
    [InlineData("Poland called Belarus a close partner on Monday.")]
    [InlineData("Lukashenko called Xi by phone on Monday.")]
    public void Calling_without_a_negative_judgement_opposes_no_one(string sentence)
    {
        var result = TestSupport.Extract(sentence, "2024-05-10");
        Assert.DoesNotContain(result.Relations, r => r.Type == "OPPOSED");
    }

    [Fact]
    public void The_aggressors_own_troops_in_its_wars_theatre_are_no_supply()
    {
        var result = TestSupport.Extract("More Russian soldiers have been deployed to Ukraine this month.", "2024-05-10");
        Assert.DoesNotContain(result.Relations, r => r.Type == "SUPPLIED");
    }

    [Theory]
    [InlineData("Belarus and China sealed a trade deal on Monday.")]
    [InlineData("Belarus's parliament approved a treaty with China on Monday.")]
    public void Sealing_or_approving_an_agreement_signs_it(string sentence)
    {
        var result = TestSupport.Extract(sentence, "2024-05-10");
        Assert.Contains(result.Relations, r => r.Type == "SIGNED" && new[] { r.SourceId, r.TargetId }.Order().SequenceEqual(new[] { "belarus", "china" }));
    }

    [Fact]
    public void A_noun_heading_the_subject_of_a_reported_that_clause_takes_no_agent_from_the_reporter()
    {
        var result = TestSupport.Extract("Lukashenko told reporters in Minsk that talks with Beijing were going well.", "2024-05-10");
        Assert.DoesNotContain(result.Relations, r => r.Type == "MET");
    }

    [Theory]
    [InlineData("Lukashenko hopes to meet Xi later this year.")]
    [InlineData("Lukashenko is ready to meet Xi in Beijing.")]
    public void Hoping_or_being_ready_to_act_is_a_plan(string sentence)
    {
        var result = TestSupport.Extract(sentence, "2024-05-10");
        Assert.Equal(ClaimStatus.Planned, Assert.Single(result.Relations, r => r.Type == "MET").Status);
    }

    [Fact]
    public void Each_conjunct_of_an_object_must_be_of_a_kind_the_relation_takes()
    {
        var result = TestSupport.Extract("Lukashenko thanked Xi and the Chinese people in a letter on Monday.", "2024-05-10");
        Assert.Contains("alexander-lukashenko MESSAGED xi-jinping", result.Keys());
        Assert.DoesNotContain("alexander-lukashenko MESSAGED china", result.Keys());
    }

    [Fact]
    public void A_stance_on_acts_a_reduced_relative_gives_an_agent_is_a_stance_on_the_agent()
    {
        var result = TestSupport.Extract("Minsk will support all measures taken by Moscow, Lukashenko said.", "2024-05-10");
        Assert.Contains("belarus SUPPORTED russia", result.Keys());
    }

    [Fact]
    public void An_event_state_media_report_is_relayed_as_fact()
    {
        var result = TestSupport.Extract("Lukashenko met Xi in Beijing, state media said.", "2024-05-10");
        Assert.Equal(ClaimStatus.Asserted, Assert.Single(result.Relations, r => r.Type == "MET").Status);
    }

    [Fact]
    public void An_imminent_event_is_dated_to_the_news_month_not_a_day()
    {
        var result = TestSupport.Extract("Lukashenko's imminent visit to Beijing has drawn attention.", "2024-05-10");
        Assert.Equal("2024-05", result.Single("alexander-lukashenko", "VISITED", "china").Date?.ToString());
    }

    [Fact]
    public void Watching_a_situation_in_a_foreign_place_is_no_visit()
    {
        var result = TestSupport.Extract("Lukashenko is closely watching the situation in China.", "2024-05-10");
        Assert.DoesNotContain(result.Relations, r => r.Type == "VISITED");
    }

    [Fact]
    public void A_travellers_conveyance_pulling_into_a_foreign_city_is_a_visit()
    {
        var result = TestSupport.Extract("Lukashenko's train pulled into Beijing station on Monday.", "2024-05-10");
        Assert.Contains("alexander-lukashenko VISITED china", result.Keys());
    }

    [Fact]
    public void Honouring_or_decorating_a_party_supports_it()
    {
        var result = TestSupport.Extract("Lukashenko decorated Xi with the Order of Friendship on Monday.", "2024-05-10");
        Assert.Contains("alexander-lukashenko SUPPORTED xi-jinping", result.Keys());
    }

    [Fact]
    public void Launching_an_invasion_of_a_region_invades_its_country()
    {
        var result = TestSupport.Extract("Belarus launched an invasion of the Kursk region last August.", "2024-11-01");
        Assert.Contains("belarus INVADED russia", result.Keys());
    }

    [Fact]
    public void An_invasion_with_no_agent_and_no_light_verb_names_no_invader()
    {
        var result = TestSupport.Extract("Poland fears an invasion of the Suwalki gap.", "2024-11-01");
        Assert.DoesNotContain(result.Relations, r => r.Type == "INVADED" && r.SourceId == "poland");
    }
}
