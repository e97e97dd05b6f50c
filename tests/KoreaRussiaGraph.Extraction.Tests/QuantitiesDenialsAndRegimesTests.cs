using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Extraction.Tests;

/// <summary>
/// Cardinals and approximators in noun phrases, the full list of sovereign states, -ing heads of compound nouns, denials in a
/// relative clause on the claim, purposes of helping after a passive, leaders' administrations and the session 12 trigger
/// entries (pour into, join a war): on sentences written for these tests.
/// </summary>
public class QuantitiesDenialsAndRegimesTests
{
    [Fact]
    public void A_cardinal_word_quantifies_a_demonym_phrase_as_a_determiner_does()
    {
        var result = TestSupport.Extract("Canada added twelve Belarusian firms to its sanctions list.", "2024-05-15");
        Assert.Contains("canada SANCTIONED belarus", result.Keys());
    }

    [Fact]
    public void States_outside_the_story_s_usual_cast_keep_a_coordination_whole()
    {
        var result = TestSupport.Extract("Lithuania, Latvia and Estonia have sanctioned Belarusian officials.", "2024-05-15");
        Assert.Contains("lithuania SANCTIONED belarus", result.Keys());
        Assert.Contains("latvia SANCTIONED belarus", result.Keys());
        Assert.Contains("estonia SANCTIONED belarus", result.Keys());
    }

    [Fact]
    public void An_ing_form_closing_a_determined_compound_is_its_head_noun()
    {
        var result = TestSupport.Extract("Xi sent a New Year greeting to Lukashenko.", "2024-05-15");
        Assert.Contains("xi-jinping MESSAGED alexander-lukashenko", result.Keys());
    }

    [Fact]
    public void A_reduced_relative_on_a_plural_noun_stays_a_verb()
    {
        var result = TestSupport.Extract("Belarusian troops fighting alongside Russian forces were seen near Kursk.", "2024-05-15");
        Assert.Contains("belarus SUPPORTED russia", result.Keys());
    }

    [Fact]
    public void A_quantity_before_the_goods_keeps_their_demonym_the_supplier()
    {
        Assert.Contains("iran SUPPLIED russia", TestSupport.Extract("Russia received hundreds of Iranian drones.", "2024-05-15").Keys());
        Assert.Contains("iran SUPPLIED russia", TestSupport.Extract("Russia has bought more than 400 Iranian drones.", "2024-05-15").Keys());
    }

    [Fact]
    public void Giving_warships_is_a_supply_and_says_what()
    {
        var result = TestSupport.Extract("Canada gave Poland two frigates.", "2024-05-15");
        Assert.Equal("frigates", result.Single("canada", "SUPPLIED", "poland").Details);
    }

    [Fact]
    public void A_number_an_approximator_precedes_still_opens_the_passive_subject()
    {
        var result = TestSupport.Extract("About 2,000 Belarusian soldiers were sent to Russia.", "2024-05-15");
        Assert.Contains("belarus SUPPLIED russia", result.Keys());
        // (an approximator is no preposition governing the phrase, but a real preposition before it still is)
        Assert.DoesNotContain("belarus SUPPLIED russia", TestSupport.Extract("Poland spoke about 2,000 Belarusian soldiers in Russia.", "2024-05-15").Keys());
    }

    [Fact]
    public void A_claim_noun_in_apposition_with_a_denial_relative_answers_the_claimant()
    {
        var result = TestSupport.Extract("Poland says Belarus has shipped shells to Russia, claims both countries deny.", "2024-05-15");
        Assert.Contains("belarus DENIED poland", result.Keys());
        Assert.Contains("russia DENIED poland", result.Keys());
        Assert.Equal(ClaimStatus.Asserted, result.Single("belarus", "DENIED", "poland").Status);
        Assert.Equal(ClaimStatus.Alleged, result.Single("belarus", "SUPPLIED", "russia").Status);

        var accusation = TestSupport.Extract("Canada says Iran has sent drones to Russia, an accusation Tehran rejects.", "2024-05-15");
        Assert.Contains("iran DENIED canada", accusation.Keys());
    }

    [Fact]
    public void Denying_any_act_of_the_claimed_kind_answers_the_claim()
    {
        var result = TestSupport.Extract("Warsaw says Iran has shipped drones to Russia. Tehran denies any transfers.", "2024-05-15");
        Assert.Contains("iran DENIED poland", result.Keys());
        // (denying a claim of another kind, with no claimant yet, answers nobody)
        Assert.DoesNotContain(TestSupport.Extract("Tehran denies any transfers.", "2024-05-15").Relations, r => r.Type == "DENIED");
    }

    [Fact]
    public void A_purpose_of_helping_after_a_passive_names_the_recipient()
    {
        var result = TestSupport.Extract("Hundreds of Iranian advisers were dispatched to help Syrian forces.", "2024-05-15");
        Assert.Contains("iran SUPPLIED syria", result.Keys());
    }

    [Fact]
    public void There_after_a_travel_verb_refers_to_the_place_another_visit_named()
    {
        var result = TestSupport.Extract("Xi visited Minsk in May, and Putin travelled there in June.", "2024-08-15");
        Assert.Contains("vladimir-putin VISITED belarus", result.Keys());
    }

    [Fact]
    public void A_leader_s_administration_is_the_state_he_leads_but_his_leadership_is_his_own()
    {
        Assert.Contains("united-states SANCTIONED iran", TestSupport.Extract("Trump's administration sanctioned Iranian oil firms.", "2019-05-15").Keys());
        Assert.Contains("alexander-lukashenko SUPPORTED xi-jinping", TestSupport.Extract("Lukashenko praised Xi's leadership.", "2024-05-10").Keys());
    }

    [Fact]
    public void Pouring_goods_into_a_state_supplies_it()
    {
        var result = TestSupport.Extract("Canada has poured weapons into Ukraine.", "2024-05-15");
        Assert.Contains("canada SUPPLIED ukraine", result.Keys());
        Assert.DoesNotContain(TestSupport.Extract("Canada has poured scorn on Poland.", "2024-05-15").Relations, r => r.Type == "SUPPLIED");
    }

    [Fact]
    public void Joining_a_party_s_war_supports_it_but_joining_a_body_or_a_partner_in_an_act_does_not()
    {
        Assert.Contains("belarus SUPPORTED russia", TestSupport.Extract("Belarus joined Russia's war against Ukraine.", "2024-05-15").Keys());
        Assert.DoesNotContain(TestSupport.Extract("Poland joined the European Union.", "2024-05-15").Relations, r => r.Type == "SUPPORTED");
        var comitative = TestSupport.Extract("Belarus joined Iran in condemning Poland.", "2024-05-15");
        Assert.Contains("belarus OPPOSED poland", comitative.Keys());
        Assert.Contains("iran OPPOSED poland", comitative.Keys());
    }

    [Fact]
    public void Concern_over_a_party_s_act_opposes_the_party()
    {
        var result = TestSupport.Extract("Poland expressed concern over Belarus's military drills.", "2024-05-15");
        Assert.Contains("poland OPPOSED belarus", result.Keys());
        // (concern that something happened reports a suspicion; it names no party opposed)
        Assert.DoesNotContain(TestSupport.Extract("Poland expressed concern that the drills were growing.", "2024-05-15").Relations, r => r.Type == "OPPOSED");
    }

    [Fact]
    public void Hosting_a_state_s_weapons_is_no_meeting_but_hosting_its_officials_is()
    {
        Assert.DoesNotContain(TestSupport.Extract("Belarus agreed to host Russian nuclear weapons.", "2024-05-15").Relations, r => r.Type == "MET");
        Assert.DoesNotContain(TestSupport.Extract("Belarus has hosted Russian troops since 2022.", "2024-05-15").Relations, r => r.Type == "MET");
        Assert.Contains("iran MET xi-jinping", TestSupport.Extract("Xi hosted Iranian officials in Beijing.", "2024-05-15").Keys());
    }

    [Fact]
    public void The_two_leaders_are_the_two_most_recent_people_in_office_at_publication()
    {
        var result = TestSupport.Extract(
            "Xi first met Lukashenko in 2013. Putin last visited Minsk in 2000, when he met Lukashenko's predecessor, Stanislav Shushkevich. Aide Ivan Petrov said on Monday that the two leaders are expected to sign a treaty.",
            "2024-06-18");
        Assert.Contains("alexander-lukashenko SIGNED vladimir-putin", result.Keys());
        Assert.DoesNotContain(result.Relations, r => r.Type == "SIGNED" && (r.SourceId == "ivan-petrov" || r.TargetId == "ivan-petrov"));
    }

    [Fact]
    public void A_gerund_clause_that_is_the_sentence_s_subject_takes_no_party_as_its_subject()
    {
        var quoted = TestSupport.Extract("\"Sending more drones to Russia is a clear violation,\" spokesman Jan Kowalski said on Wednesday.", "2024-05-15");
        Assert.DoesNotContain(quoted.Relations, r => r.Type == "SUPPLIED");
        // (a gerund set off by a comma is a free adjunct, whose subject is the main clause's)
        Assert.Contains("iran SUPPLIED russia", TestSupport.Extract("Sending drones to Russia, Iran has defied the West.", "2024-05-15").Keys());
    }

    [Fact]
    public void A_purpose_of_fighting_names_a_recipient_only_for_a_transfer()
    {
        var result = TestSupport.Extract("Iranian soldiers captured in Kursk told interrogators they had been sent to fight for Russia.", "2024-05-15");
        Assert.DoesNotContain(result.Relations, r => r.Type == "MESSAGED");
        Assert.Contains("iran SUPPORTED russia", result.Keys());
    }

    [Fact]
    public void Fighters_sent_to_a_leader_go_to_the_state_he_leads()
    {
        var result = TestSupport.Extract("Xi thanked Lukashenko for sending troops.", "2024-05-15");
        Assert.Contains("alexander-lukashenko SUPPLIED china", result.Keys());
        Assert.DoesNotContain("alexander-lukashenko SUPPLIED xi-jinping", result.Keys());
    }

    [Fact]
    public void A_government_confirming_another_s_act_reports_its_claim()
    {
        var result = TestSupport.Extract("Canada confirmed that Iran had shipped drones to Russia.", "2024-05-15");
        Assert.Equal(ClaimStatus.Alleged, result.Single("iran", "SUPPLIED", "russia").Status);
        Assert.Contains("canada ACCUSED iran", result.Keys());
    }

    [Fact]
    public void A_trigger_noun_its_clause_s_verb_takes_as_object_is_reported_with_the_clause()
    {
        var reported = TestSupport.Extract("Poland said Iran had stepped up deliveries of drones to Russia.", "2024-05-15");
        Assert.Equal(ClaimStatus.Alleged, reported.Single("iran", "SUPPLIED", "russia").Status);
        Assert.Equal("poland", reported.Single("iran", "SUPPLIED", "russia").AttributedTo);
        // (a noun that is the complement's subject is presupposed, not reported)
        var presupposed = TestSupport.Extract("Poland said the transfer of drones from Iran to Russia was illegal.", "2024-05-15");
        Assert.Equal(ClaimStatus.Asserted, presupposed.Single("iran", "SUPPLIED", "russia").Status);
    }

    [Fact]
    public void Rewarding_a_party_with_goods_supplies_it()
    {
        Assert.Equal("fighter jets", TestSupport.Extract("Moscow has rewarded Tehran with fighter jets.", "2024-05-15").Single("russia", "SUPPLIED", "iran").Details);
        Assert.DoesNotContain(TestSupport.Extract("Russia rewarded Iran for its loyalty.", "2024-05-15").Relations, r => r.Type == "SUPPLIED");
    }

    [Fact]
    public void Allegations_by_a_party_are_its_report()
    {
        var result = TestSupport.Extract("Allegations by Poland that Belarus supplied drones to Russia have strained ties.", "2024-05-15");
        Assert.Equal("poland", result.Single("belarus", "SUPPLIED", "russia").AttributedTo);
        Assert.Contains("poland ACCUSED belarus", result.Keys());
    }

    [Fact]
    public void A_gerund_after_a_possessed_noun_s_preposition_takes_the_possessor_as_subject()
    {
        var result = TestSupport.Extract("Poland pointed to Belarus's role in supplying Russia with fuel.", "2024-05-15");
        Assert.Contains("belarus SUPPLIED russia", result.Keys());
        Assert.DoesNotContain("poland SUPPLIED russia", result.Keys());
    }

    [Fact]
    public void An_object_control_verb_s_object_is_the_infinitive_s_subject()
    {
        var urged = TestSupport.Extract("Poland urged Belarus to send troops to Ukraine.", "2024-05-15");
        Assert.Equal(ClaimStatus.Planned, urged.Single("belarus", "SUPPLIED", "ukraine").Status);
        Assert.DoesNotContain("poland SUPPLIED ukraine", urged.Keys());
        Assert.Equal(ClaimStatus.Planned, TestSupport.Extract("Poland asked Canada to supply tanks to Ukraine.", "2024-05-15").Single("canada", "SUPPLIED", "ukraine").Status);
    }

    [Fact]
    public void A_gerund_after_a_cessative_verb_is_going_on_whatever_plans_the_stopping()
    {
        var result = TestSupport.Extract("Poland called on Iran to stop sending drones to Russia.", "2024-05-15");
        Assert.Contains("poland OPPOSED iran", result.Keys());
        Assert.Equal(ClaimStatus.Asserted, result.Single("iran", "SUPPLIED", "russia").Status);
    }

    [Fact]
    public void A_name_in_apposition_to_an_unnamed_office_holder_acts_in_its_own_name()
    {
        Assert.Contains("viktor-khrenin MET xi-jinping", TestSupport.Extract("Belarus's defence minister, Viktor Khrenin, met Xi.", "2025-09-05").Keys());
        var said = TestSupport.Extract("Poland's defence minister, Wladyslaw Kosiniak-Kamysz, said Belarus had sent troops to Russia.", "2025-09-05");
        Assert.Contains("wladyslaw-kosiniak-kamysz ACCUSED belarus", said.Keys());
        // (without a name the office holder stays the state)
        Assert.Contains("belarus MET xi-jinping", TestSupport.Extract("Belarus's defence minister met Xi.", "2025-09-05").Keys());
    }

    [Fact]
    public void Critics_and_supporters_of_a_party_oppose_and_support_it()
    {
        Assert.Contains("poland OPPOSED belarus", TestSupport.Extract("Poland, a staunch critic of Belarus, welcomed the sanctions.", "2025-09-05").Keys());
        Assert.Contains("iran SUPPORTED russia", TestSupport.Extract("Iran has been a firm backer of Russia.", "2025-09-05").Keys());
    }

    [Fact]
    public void Threatening_a_party_opposes_it_and_calling_its_decision_a_mistake_too()
    {
        Assert.Contains("poland OPPOSED belarus", TestSupport.Extract("Poland threatened Belarus with new sanctions.", "2025-09-05").Keys());
        Assert.Contains("canada OPPOSED iran", TestSupport.Extract("Canada called Iran's decision a mistake.", "2025-09-05").Keys());
    }

    [Fact]
    public void Bans_are_sanctions_and_a_verb_the_sanctions_head_takes_their_target()
    {
        Assert.Contains("poland SANCTIONED belarus", TestSupport.Extract("Poland slapped an export ban on Belarus.", "2025-09-05").Keys());
        Assert.Contains("european-union SANCTIONED iran", TestSupport.Extract("The EU's new sanctions target Iranian officials.", "2025-09-05").Keys());
        Assert.Contains("canada SANCTIONED belarus", TestSupport.Extract("Canadian sanctions hit three Belarusian banks.", "2025-09-05").Keys());
        var parenthetical = TestSupport.Extract("The EU's new sanctions package, adopted in December, listed several Iranian officials.", "2025-03-01");
        Assert.Equal("2024-12", parenthetical.Single("european-union", "SANCTIONED", "iran").Date?.ToString());
    }

    [Fact]
    public void A_relative_clause_on_the_speaker_is_the_writer_s_and_keeps_its_own_date()
    {
        var result = TestSupport.Extract("Lukashenko, who met Xi in May, said the talks were productive.", "2025-09-05");
        var met = result.Single("alexander-lukashenko", "MET", "xi-jinping");
        Assert.Equal(ClaimStatus.Asserted, met.Status);
        Assert.Equal("2025-05", met.Date?.ToString());
    }

    [Fact]
    public void A_season_dates_to_its_year()
    {
        Assert.Equal("2024", TestSupport.Extract("Belarus sent troops to Russia last autumn.", "2025-09-05").Single("belarus", "SUPPLIED", "russia").Date?.ToString());
        Assert.Equal("2025", TestSupport.Extract("Belarus sent troops to Russia earlier this summer.", "2025-09-05").Single("belarus", "SUPPLIED", "russia").Date?.ToString());
    }

    [Fact]
    public void An_ally_in_apposition_supports_as_one_linked_by_a_copula_does()
    {
        Assert.Contains("belarus SUPPORTED russia", TestSupport.Extract("Belarus, Russia's closest ally, has hosted Russian troops.", "2025-09-05").Keys());
        // (an owner's allies named beside it take no side of their own)
        Assert.DoesNotContain(TestSupport.Extract("Canada and its allies condemned Iran.", "2025-09-05").Relations, r => r.Type == "SUPPORTED");
    }

    [Fact]
    public void Striking_a_deal_signs_it_but_striking_a_city_or_a_tone_does_not()
    {
        Assert.Contains("belarus SIGNED iran", TestSupport.Extract("Iran and Belarus struck a deal on oil supplies.", "2025-09-05").Keys());
        Assert.Empty(TestSupport.Extract("Russian missiles struck Kyiv on Monday.", "2025-09-05").Relations);
    }

    [Fact]
    public void An_evidential_noun_modifying_a_titled_speaker_leaves_the_report_to_the_speaker()
    {
        var result = TestSupport.Extract("Ukraine's intelligence chief said Iran had delivered missiles to Russia.", "2025-09-05");
        Assert.Equal("ukraine", result.Single("iran", "SUPPLIED", "russia").AttributedTo);
        Assert.Contains("ukraine ACCUSED iran", result.Keys());
    }
}
