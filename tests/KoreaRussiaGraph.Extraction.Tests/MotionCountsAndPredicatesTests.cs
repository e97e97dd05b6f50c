using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Extraction.Tests;

/// <summary>
/// Caused motion, counted and possessed personnel, predicative appraisal, object pronouns and the tagger repairs that
/// session 10 added: on sentences written for these tests.
/// </summary>
public class MotionCountsAndPredicatesTests
{
    [Theory]
    [InlineData("Putin dispatched Lavrov to Minsk on Friday.")]
    [InlineData("Lavrov was dispatched to Minsk on Friday.")]
    [InlineData("Putin sent Lavrov to Minsk on Friday.")]
    public void A_person_sent_somewhere_travels_there(string sentence)
    {
        var result = TestSupport.Extract(sentence, "2024-05-10");
        Assert.Contains("sergei-lavrov VISITED belarus", result.Keys());
        Assert.DoesNotContain(result.Relations, r => r.Type == "SUPPLIED");
    }

    [Fact]
    public void Goods_sent_somewhere_stay_a_supply_and_a_letter_sent_to_a_person_no_visit()
    {
        var goods = TestSupport.Extract("Iran sent drones to Russia.", "2024-05-10");
        Assert.Contains("iran SUPPLIED russia", goods.Keys());
        Assert.DoesNotContain(goods.Relations, r => r.Type == "VISITED");
        var letter = TestSupport.Extract("Lukashenko sent Xi a letter.", "2024-05-10");
        Assert.DoesNotContain(letter.Relations, r => r.Type == "VISITED");
    }

    [Fact]
    public void Personnel_a_quantity_counts_act_for_their_state()
    {
        var result = TestSupport.Extract("Thousands of Belarusian soldiers are fighting for Russia.", "2024-05-10");
        Assert.Contains("belarus SUPPORTED russia", result.Keys());
        Assert.Contains("belarus SUPPLIED russia", result.Keys());
    }

    [Fact]
    public void Tourists_a_quantity_counts_are_no_supply_and_no_visit_by_their_state()
    {
        var result = TestSupport.Extract("Thousands of Russian tourists visited Minsk last summer.", "2024-05-10");
        Assert.Empty(result.Relations);
    }

    [Theory]
    [InlineData("Minsk said its troops had been deployed to Russia.")]
    [InlineData("Belarus's troops were sent to Russia.")]
    public void Personnel_a_passive_moves_are_supplied_by_their_owner(string sentence)
    {
        var result = TestSupport.Extract(sentence, "2024-05-10");
        Assert.Contains("belarus SUPPLIED russia", result.Keys());
    }

    [Fact]
    public void A_state_s_soldiers_fighting_for_another_are_its_supply()
    {
        var result = TestSupport.Extract("Belarus's soldiers are fighting for Russia.", "2024-05-10");
        Assert.Contains("belarus SUPPLIED russia", result.Keys());
    }

    [Fact]
    public void A_reporting_verb_the_tagger_read_as_a_noun_still_reports_without_that()
    {
        var result = TestSupport.Extract("Kyiv claims Minsk has shipped shells to Russia.", "2024-05-10");
        Assert.Contains("ukraine ACCUSED belarus", result.Keys());
        Assert.Equal("ukraine", result.Single("belarus", "SUPPLIED", "russia").AttributedTo);
    }

    [Fact]
    public void A_plural_noun_before_a_relative_pronoun_stays_a_noun()
    {
        var result = TestSupport.Extract("Lukashenko thanked Putin and the Belarusian soldiers who fought alongside Russian troops.", "2024-05-10");
        Assert.Contains("belarus SUPPLIED russia", result.Keys());
    }

    [Fact]
    public void A_noun_between_the_opening_name_and_a_determiner_is_the_verb()
    {
        var result = TestSupport.Extract("Russia cast a veto in the Security Council on Friday.", "2024-05-10");
        Assert.Contains("russia VETOED unsc", result.Keys());
    }

    [Theory]
    [InlineData("Poland said Belarus's deployment of troops marked a dangerous escalation.")]
    [InlineData("Poland said the deployment of Belarusian troops was a provocation.")]
    [InlineData("Poland said Belarus's deployment of troops amounted to a threat.")]
    public void An_appraising_noun_predicated_of_an_act_opposes_its_owner(string sentence)
    {
        var result = TestSupport.Extract(sentence, "2024-05-10");
        Assert.Contains("poland OPPOSED belarus", result.Keys());
    }

    [Fact]
    public void A_neutral_predicate_noun_opposes_no_one()
    {
        var result = TestSupport.Extract("Poland said Belarus's deployment of troops marked a turning point.", "2024-05-10");
        Assert.DoesNotContain(result.Relations, r => r.Type == "OPPOSED");
    }

    [Fact]
    public void A_model_name_between_a_demonym_and_its_goods_keeps_the_origin()
    {
        var result = TestSupport.Extract("Russian forces fired Iranian Shahed-136 drones at Kyiv.", "2024-05-10");
        Assert.Contains("iran SUPPLIED russia", result.Keys());
    }

    [Fact]
    public void A_hyphenated_era_word_is_no_model_name()
    {
        var result = TestSupport.Extract("Ukrainian troops fired Soviet-era rockets at the Russian positions.", "2024-05-10");
        Assert.DoesNotContain(result.Relations, r => r.SourceId == "soviet-union");
    }

    [Fact]
    public void The_patient_of_a_state_s_act_is_not_the_owner_of_the_judged_act()
    {
        var condemned = TestSupport.Extract("Canada condemned the annexation of four Ukrainian regions by Russia.", "2024-05-10");
        Assert.Contains("canada OPPOSED russia", condemned.Keys());
        Assert.DoesNotContain("canada OPPOSED ukraine", condemned.Keys());
        var recognised = TestSupport.Extract("Belarus recognised the annexation of four Ukrainian regions by Russia.", "2024-05-10");
        Assert.DoesNotContain("belarus SUPPORTED ukraine", recognised.Keys());
    }

    [Fact]
    public void An_object_pronoun_is_not_its_own_clause_s_subject()
    {
        var result = TestSupport.Extract("Lukashenko arrived in Beijing on Monday. Xi welcomed him at the airport.", "2024-05-10");
        var met = Assert.Single(result.Relations, r => r.Type == "MET");
        Assert.Equal(["alexander-lukashenko", "xi-jinping"], new[] { met.SourceId, met.TargetId }.Order());
        Assert.Equal("2024-05-06", met.Date?.ToString());
    }

    [Fact]
    public void An_object_pronoun_after_the_embedded_subject_takes_the_reporter()
    {
        var result = TestSupport.Extract("Putin said Xi had praised him.", "2024-05-10");
        Assert.Contains("xi-jinping SUPPORTED vladimir-putin", result.Keys());
    }

    [Fact]
    public void An_embassy_named_by_its_demonym_speaks_for_its_state()
    {
        var result = TestSupport.Extract("The Belarusian embassy sent a message of condolence to Tehran.", "2024-05-10");
        Assert.Contains("belarus MESSAGED iran", result.Keys());
    }

    [Theory]
    [InlineData("Belarus called for the easing of sanctions on Iran.")]
    [InlineData("Belarus has long pushed for sanctions relief for Iran.")]
    public void Calling_for_sanctions_relief_supports_the_sanctioned_party(string sentence)
    {
        var result = TestSupport.Extract(sentence, "2024-05-10");
        Assert.Contains("belarus SUPPORTED iran", result.Keys());
        Assert.DoesNotContain(result.Relations, r => r.Type == "SANCTIONED" && r.SourceId == "belarus");
    }

    [Theory]
    [InlineData("Lukashenko touched down in Tehran on Sunday.", "alexander-lukashenko VISITED iran")]
    [InlineData("Lukashenko stopped in Tehran before heading to Beijing.", "alexander-lukashenko VISITED iran")]
    [InlineData("Belarus handed over ammunition to Russia.", "belarus SUPPLIED russia")]
    [InlineData("Xi presented Lukashenko with a car.", "xi-jinping SUPPLIED alexander-lukashenko")]
    [InlineData("Belarus threw its weight behind Russia.", "belarus SUPPORTED russia")]
    [InlineData("Russia turned to Belarus for shells.", "belarus SUPPLIED russia")]
    [InlineData("Poland warned Belarus of consequences.", "poland OPPOSED belarus")]
    [InlineData("Lukashenko dismissed Poland's proposal as absurd.", "alexander-lukashenko OPPOSED poland")]
    public void Session_ten_vocabulary_reads_its_relation(string sentence, string key)
    {
        var result = TestSupport.Extract(sentence, "2024-05-10");
        Assert.Contains(key, result.Keys());
    }

    [Fact]
    public void Handing_over_an_invitation_supplies_nothing()
    {
        var result = TestSupport.Extract("Lavrov handed over an invitation to Lukashenko in June.", "2024-05-10");
        Assert.DoesNotContain(result.Relations, r => r.Type == "SUPPLIED");
    }

    [Fact]
    public void A_led_group_that_opens_its_clause_is_its_leader_s_subject()
    {
        var result = TestSupport.Extract("A Russian delegation led by Lavrov arrived in Minsk on Friday.", "2024-05-10");
        Assert.Contains("sergei-lavrov VISITED belarus", result.Keys());
        Assert.DoesNotContain("russia VISITED belarus", result.Keys());
    }

    [Fact]
    public void The_named_owner_of_supplied_goods_receives_them()
    {
        var result = TestSupport.Extract("Iran has supplied up to a third of Russia's attack drones.", "2024-05-10");
        Assert.Contains("iran SUPPLIED russia", result.Keys());
    }

    [Fact]
    public void A_fronted_exchange_phrase_names_goods_supplied_back()
    {
        var result = TestSupport.Extract("In exchange for drones, Russia has reportedly provided Iran with fighter jets.", "2024-05-10");
        Assert.Contains("russia SUPPLIED iran", result.Keys());
        Assert.Contains("iran SUPPLIED russia", result.Keys());
    }

    [Fact]
    public void A_base_form_reporting_verb_after_a_plural_subject_reports()
    {
        var result = TestSupport.Extract("Canadian officials estimate that Iran has sent 2,000 drones to Russia.", "2024-05-10");
        Assert.Equal(ClaimStatus.Alleged, result.Single("iran", "SUPPLIED", "russia").Status);
        Assert.Contains("canada ACCUSED iran", result.Keys());
    }

    [Fact]
    public void Thanking_someone_sends_no_message()
    {
        var result = TestSupport.Extract("Lukashenko thanked Xi for his support of Belarus.", "2024-05-10");
        Assert.DoesNotContain(result.Relations, r => r.Type == "MESSAGED");
    }

    [Theory]
    [InlineData("Xi renewed his call for closer ties with Minsk, Lukashenko said.")]
    [InlineData("Lukashenko answered Xi's call to deepen the partnership.")]
    public void A_call_for_something_or_to_act_is_an_appeal_not_a_message(string sentence)
    {
        var result = TestSupport.Extract(sentence, "2024-05-10");
        Assert.DoesNotContain(result.Relations, r => r.Type == "MESSAGED");
    }

    [Fact]
    public void A_call_to_a_person_is_a_message()
    {
        var result = TestSupport.Extract("Xi's call to Lukashenko came a day after the summit.", "2024-05-10");
        Assert.Contains("xi-jinping MESSAGED alexander-lukashenko", result.Keys());
    }

    [Fact]
    public void Whoever_reports_on_a_message_is_not_its_addressee()
    {
        var result = TestSupport.Extract("Xi's message praised the friendship, Lukashenko said.", "2024-05-10");
        Assert.DoesNotContain(result.Relations, r => r.Type == "MESSAGED");
    }

    [Theory]
    [InlineData("Lukashenko held talks with Xi in Beijing, Putin said.")]
    [InlineData("Putin said Lukashenko held talks with Xi in Beijing.")]
    public void A_meeting_noun_with_its_light_verb_is_reported_like_a_verb(string sentence)
    {
        var result = TestSupport.Extract(sentence, "2024-05-10");
        var met = Assert.Single(result.Relations, r => r.Type == "MET");
        Assert.Equal(ClaimStatus.Alleged, met.Status);
        Assert.Equal("vladimir-putin", met.AttributedTo);
    }

    [Fact]
    public void Railing_against_a_party_opposes_it()
    {
        var result = TestSupport.Extract("Iran has long railed against the presence of Canadian troops in the Gulf.", "2024-05-10");
        Assert.Contains("iran OPPOSED canada", result.Keys());
    }

    [Fact]
    public void The_antecedent_of_an_object_relative_is_the_accused_and_the_gerund_s_subject()
    {
        var result = TestSupport.Extract("Iran, which Canada accuses of supplying Russia with drones, rejects the charge.", "2024-05-10");
        Assert.Contains("canada ACCUSED iran", result.Keys());
        Assert.Equal(ClaimStatus.Alleged, result.Single("iran", "SUPPLIED", "russia").Status);
        Assert.DoesNotContain("canada SUPPLIED russia", result.Keys());
    }

    [Fact]
    public void A_claim_a_party_owns_is_its_report()
    {
        var result = TestSupport.Extract("Canada's accusation that Iran supplied drones to Russia drew a sharp response.", "2024-05-10");
        Assert.Contains("canada ACCUSED iran", result.Keys());
        Assert.Equal("canada", result.Single("iran", "SUPPLIED", "russia").AttributedTo);
    }

    [Fact]
    public void An_evidential_noun_modifying_the_reporter_leaves_the_claim_to_the_reporter()
    {
        var result = TestSupport.Extract("Canadian intelligence officials told lawmakers that Iran had shipped drones to Russia.", "2024-05-10");
        Assert.Equal("canada", result.Single("iran", "SUPPLIED", "russia").AttributedTo);
    }

    [Theory]
    [InlineData("Poland's Foreign Ministry condemned Belarus.")]
    [InlineData("Poland's Defence Intelligence Agency condemned Belarus.")]
    public void A_capitalised_organ_after_a_state_s_possessive_acts_for_the_state(string sentence)
    {
        var result = TestSupport.Extract(sentence, "2024-05-10");
        Assert.Contains("poland OPPOSED belarus", result.Keys());
    }

    [Fact]
    public void A_family_name_alias_followed_by_a_misread_given_name_is_someone_else()
    {
        var result = TestSupport.Extract("Kim Sung Du met Lukashenko in Minsk.", "2024-05-10");
        Assert.Contains(result.Relations, r => r.Type == "MET" && new[] { r.SourceId, r.TargetId }.Order().SequenceEqual(["alexander-lukashenko", "kim-sung-du"]));
        Assert.DoesNotContain(result.Relations, r => r.SourceId == "kim-jong-un" || r.TargetId == "kim-jong-un");
    }

    [Fact]
    public void A_patronymic_does_not_hide_a_known_person()
    {
        var result = TestSupport.Extract("Lukashenko received Sergei Kuzhugetovich Shoigu in Minsk.", "2024-05-10");
        Assert.Contains(result.Relations, r => r.Type == "MET" && new[] { r.SourceId, r.TargetId }.Contains("sergei-shoigu"));
    }

    [Fact]
    public void A_short_word_before_two_name_words_is_a_family_name_and_negates_nothing()
    {
        var result = TestSupport.Extract("Defence Minister No Kwang Chol visited Minsk on Friday.", "2024-05-10");
        Assert.Contains("no-kwang-chol VISITED belarus", result.Keys());
    }

    [Fact]
    public void An_object_it_names_the_act_said_before()
    {
        var result = TestSupport.Extract("Russia's veto ended the panel's mandate. Poland called it an irresponsible act.", "2024-05-10");
        Assert.Contains("poland OPPOSED russia", result.Keys());
    }

    [Fact]
    public void A_source_after_according_to_reports_and_receives_nothing()
    {
        var result = TestSupport.Extract("Iran has sent drones to Russian construction sites, according to Ukraine's Defence Intelligence Agency.", "2024-05-10");
        var supply = result.Single("iran", "SUPPLIED", "russia");
        Assert.Equal("ukraine", supply.AttributedTo);
        Assert.DoesNotContain(result.Relations, r => r.Type == "SUPPLIED" && r.TargetId == "ukraine");
    }

    [Fact]
    public void He_after_a_reporting_verb_is_the_reporter()
    {
        var result = TestSupport.Extract("Receiving Lavrov, Lukashenko said he fully backed Moscow's efforts.", "2024-05-10");
        Assert.Contains("alexander-lukashenko SUPPORTED russia", result.Keys());
        Assert.DoesNotContain("sergei-lavrov SUPPORTED russia", result.Keys());
    }

    [Fact]
    public void A_pronoun_agrees_with_the_person_it_names()
    {
        var result = TestSupport.Extract("Lukashenko met Choe Son Hui during her three-day visit to Minsk.", "2024-05-10");
        Assert.Contains("choe-son-hui VISITED belarus", result.Keys());
    }

    [Fact]
    public void A_state_s_embassy_is_no_destination()
    {
        var result = TestSupport.Extract("Lukashenko visited the Chinese embassy in Minsk on Friday.", "2024-05-10");
        Assert.DoesNotContain(result.Relations, r => r.Type == "VISITED");
    }

    [Theory]
    [InlineData("A planned visit to Minsk by Lavrov was called off.")]
    [InlineData("Lavrov postponed his visit to Minsk.")]
    public void A_cancelled_event_did_not_happen(string sentence)
    {
        var result = TestSupport.Extract(sentence, "2024-05-10");
        Assert.DoesNotContain(result.Relations, r => r.Type == "VISITED");
    }

    [Fact]
    public void A_planned_visit_is_planned()
    {
        var result = TestSupport.Extract("The planned visit to Minsk by Lavrov will focus on trade.", "2024-05-10");
        Assert.Equal(ClaimStatus.Planned, result.Single("sergei-lavrov", "VISITED", "belarus").Status);
    }

    [Theory]
    [InlineData("Lavrov phoned his Belarusian counterpart on Tuesday.", "sergei-lavrov MESSAGED belarus")]
    [InlineData("Lukashenko personally guided Xi through the tractor plant.", "alexander-lukashenko MET xi-jinping")]
    public void Phoning_messages_and_guiding_meets(string sentence, string key)
    {
        var result = TestSupport.Extract(sentence, "2024-05-10");
        Assert.Contains(key, result.Keys());
    }

    [Fact]
    public void Footage_showing_a_person_meets_no_one()
    {
        var result = TestSupport.Extract("State television footage showed Lukashenko inspecting tractors.", "2024-05-10");
        Assert.DoesNotContain(result.Relations, r => r.Type == "MET");
    }

    [Fact]
    public void A_predicative_as_phrase_between_a_denial_and_its_claim_keeps_the_denial()
    {
        var result = TestSupport.Extract("Tehran rejected as unfounded the Canadian claims that Iran was supplying Russia with drones.", "2024-05-10");
        Assert.Contains("iran DENIED canada", result.Keys());
        Assert.Equal(ClaimStatus.Denied, result.Single("iran", "SUPPLIED", "russia").Status);
    }

    [Fact]
    public void Claims_by_named_parties_are_theirs_to_be_denied()
    {
        var result = TestSupport.Extract("Lukashenko rejected claims by Poland and Lithuania's neighbour Canada that Belarus was sending troops to Russia.", "2024-05-10");
        Assert.Contains("alexander-lukashenko DENIED poland", result.Keys());
        Assert.DoesNotContain(result.Relations, r => r.Type == "OPPOSED");
    }

    [Fact]
    public void The_claim_a_denial_names_is_its_owner_s_accusation()
    {
        var result = TestSupport.Extract("Minsk has rejected Poland's claims that it is supplying Russia with fuel.", "2024-05-10");
        Assert.Contains("belarus DENIED poland", result.Keys());
        Assert.Contains("poland ACCUSED belarus", result.Keys());
    }

    [Fact]
    public void A_state_reporting_what_its_own_leader_did_speaks_first_hand()
    {
        var result = TestSupport.Extract("Lukashenko received Xi in Minsk on Tuesday, Belarus's foreign ministry said.", "2024-05-10");
        var met = Assert.Single(result.Relations, r => r.Type == "MET");
        Assert.Equal(ClaimStatus.Asserted, met.Status);
    }

    [Fact]
    public void A_long_titled_reporter_closing_the_sentence_attributes_it()
    {
        var result = TestSupport.Extract("Iran has supplied Russia with drones, Poland's national security adviser Jan Nowak said on Friday.", "2024-05-10");
        Assert.Equal(ClaimStatus.Alleged, result.Single("iran", "SUPPLIED", "russia").Status);
    }

    [Fact]
    public void A_participle_after_a_determiner_premodifies_the_subject_and_a_titled_apposition_keeps_its_host()
    {
        var result = TestSupport.Extract("The respected Comrade Lukashenko, chairman of the Supreme State Council of Belarus and president of the Republic, sent a message to Xi.", "2024-05-10");
        Assert.Contains("alexander-lukashenko MESSAGED xi-jinping", result.Keys());
    }

    [Fact]
    public void A_quoted_verb_phrase_after_its_own_subject_is_that_subject_s_statement()
    {
        var result = TestSupport.Extract("Canada \"strongly condemns\" Iran's transfer of drones to Russia, a Canadian spokesperson said.", "2024-05-10");
        Assert.Equal(ClaimStatus.Asserted, result.Single("canada", "ACCUSED", "iran").Status);
    }

    [Fact]
    public void Standing_on_the_side_of_a_party_supports_it()
    {
        var result = TestSupport.Extract("Minsk will always stand on the side of the Russian army.", "2024-05-10");
        Assert.Contains("belarus SUPPORTED russia", result.Keys());
    }

    [Fact]
    public void Of_between_title_words_stays_inside_the_title_of_a_subject()
    {
        var result = TestSupport.Extract("Belarusian chief of general staff Pavel Muraveiko praised Russian soldiers.", "2024-05-10");
        Assert.Contains("pavel-muraveiko SUPPORTED russia", result.Keys());
    }

    [Fact]
    public void Dismissing_reports_opposes_no_one_they_name()
    {
        var result = TestSupport.Extract("The Kremlin has dismissed Polish reports of Belarusian troops as fake news.", "2024-05-10");
        Assert.DoesNotContain(result.Relations, r => r.Type == "OPPOSED");
    }

    [Fact]
    public void Condemning_reports_of_an_act_still_opposes_its_agent()
    {
        var result = TestSupport.Extract("Canada condemned reports of Iran supplying drones to Russia.", "2024-05-10");
        Assert.Contains("canada OPPOSED iran", result.Keys());
    }

    [Fact]
    public void A_name_before_a_gerund_after_any_preposition_is_its_subject()
    {
        var result = TestSupport.Extract("Zelenskiy criticised the slow reaction to Iran sending drones to Russia.", "2024-05-10");
        Assert.Contains("iran SUPPLIED russia", result.Keys());
        Assert.DoesNotContain("volodymyr-zelenskiy SUPPLIED russia", result.Keys());
    }

    [Fact]
    public void A_by_gerund_of_manner_shares_the_subject_of_the_gerund_it_modifies()
    {
        var result = TestSupport.Extract("Minsk accused Warsaw of prolonging the war by supplying Kyiv with tanks.", "2024-05-10");
        Assert.Contains("poland SUPPLIED ukraine", result.Keys());
        Assert.DoesNotContain("belarus SUPPLIED ukraine", result.Keys());
    }

    [Fact]
    public void Groups_of_states_and_international_bodies_accuse_as_states_do()
    {
        var result = TestSupport.Extract("Iran has supplied Russia with drones, according to Western governments.", "2024-05-10");
        Assert.Contains("west ACCUSED iran", result.Keys());
        var nato = TestSupport.Extract("NATO said Belarus had sent troops to Russia.", "2024-05-10");
        Assert.Contains("nato ACCUSED belarus", nato.Keys());
    }

    [Fact]
    public void A_news_agency_reporting_an_event_accuses_no_one()
    {
        var result = TestSupport.Extract("Belarus sent troops to Russia, KCNA said.", "2024-05-10");
        Assert.DoesNotContain(result.Relations, r => r.Type == "ACCUSED");
    }

    [Theory]
    [InlineData("Since August 2023, Belarus has shipped shells to Russia, according to Poland's defence ministry.")]
    [InlineData("Since Russia invaded Ukraine, Belarus has shipped shells to Russia, Poland said.")]
    public void A_main_clause_after_a_fronted_time_adjunct_is_not_presupposed(string sentence)
    {
        var result = TestSupport.Extract(sentence, "2024-05-10");
        Assert.Equal(ClaimStatus.Alleged, result.Single("belarus", "SUPPLIED", "russia").Status);
    }

    [Theory]
    [InlineData("The signing of the treaty by Lukashenko and Xi on Friday opened a new chapter.")]
    [InlineData("Lukashenko attended the signing ceremony with Xi.")]
    public void A_signing_noun_names_its_parties(string sentence)
    {
        var result = TestSupport.Extract(sentence, "2024-05-10");
        Assert.Contains(result.Relations, r => r.Type == "SIGNED" && new[] { r.SourceId, r.TargetId }.Order().SequenceEqual(["alexander-lukashenko", "xi-jinping"]));
    }

    [Fact]
    public void A_led_group_s_leader_may_carry_a_title()
    {
        var result = TestSupport.Extract("A Belarusian delegation led by Defence Minister Viktor Khrenin arrived in Beijing on Wednesday.", "2024-05-10");
        Assert.Contains("viktor-khrenin VISITED china", result.Keys());
    }

    [Fact]
    public void A_direct_object_shifted_past_a_short_place_phrase_is_still_the_object()
    {
        var result = TestSupport.Extract("Putin received in the Kremlin Belarusian President Alexander Lukashenko on Monday.", "2024-05-10");
        Assert.Contains(result.Relations, r => r.Type == "MET" && new[] { r.SourceId, r.TargetId }.Order().SequenceEqual(["alexander-lukashenko", "vladimir-putin"]));
        Assert.Contains("alexander-lukashenko VISITED russia", result.Keys());
    }

    [Fact]
    public void Warning_that_a_party_will_pay_for_its_course_opposes_it()
    {
        var result = TestSupport.Extract("Lukashenko warned that Poland would be making a big mistake.", "2024-05-10");
        Assert.Contains("alexander-lukashenko OPPOSED poland", result.Keys());
    }

    [Fact]
    public void Warning_that_a_party_is_doing_something_opposes_no_one()
    {
        var result = TestSupport.Extract("Lukashenko warned that Poland was preparing an exercise.", "2024-05-10");
        Assert.DoesNotContain(result.Relations, r => r.Type == "OPPOSED");
    }
}
