using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Extraction.Tests;

/// <summary>Constructions met while reading articles from outlets other than the seeds.</summary>
public class MoreRelationsTests
{
    [Fact]
    public void The_two_leaders_are_the_two_most_recent_people()
    {
        var result = TestSupport.Extract("Xi Jinping hosted Putin in Beijing in May, where the two leaders signed a joint statement.", "2024-06-01");
        Assert.Equal("2024-05", result.Single("vladimir-putin", "SIGNED", "xi-jinping").Date?.ToString());
        // a guest hosted in a place abroad came there ("in Pyongyang" is travel wording in the annotation conventions' VISITED)
        Assert.Contains("vladimir-putin VISITED china", result.Keys());
    }

    [Fact]
    public void A_counterpart_named_after_a_possessive_is_the_other_party()
    {
        var result = TestSupport.Extract("Sergei Lavrov flew in for talks with his North Korean counterpart Choe Son Hui.", "2023-10-20");
        Assert.Contains("choe-son-hui MET sergei-lavrov", result.Keys());
    }

    [Fact]
    public void A_noun_inside_a_participle_phrase_belongs_to_its_head_not_the_clause_subject()
    {
        var result = TestSupport.Extract("The European Union sanctioned North Korean officials involved in arms transfers to Russia.");
        Assert.DoesNotContain("european-union SUPPLIED russia", result.Keys());
        Assert.Contains("european-union SANCTIONED north-korea", result.Keys());
    }

    [Fact]
    public void An_invitation_is_a_plan()
    {
        var r = TestSupport.Extract("Putin praised Kim and invited him to visit Moscow.", "2023-09-14").Single("kim-jong-un", "VISITED", "russia");
        Assert.Equal(ClaimStatus.Planned, r.Status);
    }

    [Fact]
    public void Receiving_a_message_is_a_message_not_a_supply()
    {
        var result = TestSupport.Extract("Kim received a birthday message from Putin.", "2024-01-10");
        Assert.Equal(["vladimir-putin MESSAGED kim-jong-un"], result.Keys());
    }

    [Fact]
    public void Since_a_year_dates_a_lasting_relation_from_its_start()
    {
        var r = TestSupport.Extract("The U.N. Security Council has imposed nine rounds of sanctions on North Korea since 2006.").Single("unsc", "SANCTIONED", "north-korea");
        Assert.Equal("2006", r.Date?.ToString());
    }

    [Fact]
    public void Coordinated_demonyms_each_count()
    {
        var result = TestSupport.Extract("Washington imposed new sanctions on Russian and North Korean entities on Wednesday.", "2024-10-18");
        var toRussia = result.Single("united-states", "SANCTIONED", "russia");
        Assert.Equal("2024-10-16", toRussia.Date?.ToString());
        Assert.Contains("united-states SANCTIONED north-korea", result.Keys());
    }

    [Fact]
    public void A_news_agency_reporting_an_event_accuses_no_one()
    {
        var result = TestSupport.Extract("Kim Jong Un met Andrei Belousov in Pyongyang, state media KCNA said.", "2024-09-14");
        Assert.DoesNotContain(result.Relations, r => r.Type == "ACCUSED");
        var met = result.Single("andrei-belousov", "MET", "kim-jong-un");
        Assert.Equal((ClaimStatus.Alleged, "kcna"), (met.Status, met.AttributedTo));
    }

    [Fact]
    public void A_place_is_never_a_party_except_as_a_visited_country()
    {
        var result = TestSupport.Extract("Kim left Vladivostok after meeting Sergei Shoigu at an airport.");
        Assert.Equal(["kim-jong-un MET sergei-shoigu"], result.Keys());
    }

    [Fact]
    public void A_list_needs_a_conjunction_commas_alone_do_not_coordinate()
    {
        var result = TestSupport.Extract("Russia resumed oil exports to North Korea, United Nations data shows.");
        Assert.Equal(["russia SUPPLIED north-korea"], result.Keys());
        Assert.Equal("oil", result.Relations[0].Details);
    }

    [Fact]
    public void A_party_reporting_its_own_act_is_first_hand_and_a_benign_claim_accuses_no_one()
    {
        var result = TestSupport.Extract("Kim Jong Un arrived in Russia on Tuesday for talks with Putin, the Kremlin said.", "2023-09-12");
        var visit = result.Single("kim-jong-un", "VISITED", "russia");
        Assert.Equal((ClaimStatus.Asserted, null, "2023-09-12"), (visit.Status, visit.AttributedTo, visit.Date?.ToString()));
        Assert.DoesNotContain(result.Relations, r => r.Type == "ACCUSED");
    }

    [Fact]
    public void That_opens_a_clause_whose_first_name_is_its_subject()
    {
        var r = TestSupport.Extract("U.S. officials have warned that Pyongyang could provide artillery shells to Moscow.").Single("north-korea", "SUPPLIED", "russia");
        Assert.Equal(ClaimStatus.Planned, r.Status);
        Assert.Equal("artillery shells", r.Details);
    }

    [Fact]
    public void Since_an_event_dates_a_relation_from_that_event()
    {
        var result = TestSupport.Extract("Iran invaded Iraq in September 1980. Syria has backed Iran since the Iranian invasion of Iraq.");
        Assert.Equal("1980-09", result.Single("syria", "SUPPORTED", "iran").Date?.ToString());
    }

    [Fact]
    public void Its_after_and_is_the_name_before_and_a_second_its_keeps_the_first_referent()
    {
        var result = TestSupport.Extract("China was vocal in its support of Iran, in its criticism of Japan and its decision to impose sanctions on Iran.");
        Assert.Contains("china SUPPORTED iran", result.Keys());
        Assert.Contains("china OPPOSED japan", result.Keys());
        Assert.Contains("japan SANCTIONED iran", result.Keys());
    }

    [Fact]
    public void Title_like_words_after_a_possessive_state_keep_the_state()
    {
        var result = TestSupport.Extract("Both Iran and Syria oppose the United States' foreign policy.");
        Assert.Contains("iran OPPOSED united-states", result.Keys());
        Assert.Contains("syria OPPOSED united-states", result.Keys());
    }
}
