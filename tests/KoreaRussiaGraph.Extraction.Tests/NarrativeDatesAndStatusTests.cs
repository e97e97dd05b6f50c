using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Extraction.Tests;

/// <summary>Dates carried by the narrative, dates of claims, and status cues read with their part of speech.</summary>
public class NarrativeDatesAndStatusTests
{
    [Fact]
    public void An_undated_event_sharing_a_participant_with_the_event_just_dated_takes_its_date()
    {
        var result = TestSupport.Extract("Lukashenko arrived in Pyongyang on March 3. Lukashenko met Kim Jong Un at the airport.", "2024-03-10");
        Assert.Equal("2024-03-03", result.Single("alexander-lukashenko", "MET", "kim-jong-un").Date?.ToString());
    }

    [Fact]
    public void A_date_is_not_carried_to_a_state_of_affairs_or_to_other_parties_or_far_away()
    {
        var result = TestSupport.Extract(
            "Lukashenko arrived in Pyongyang on March 3. Belarus has long supported North Korea. Iran met Syria at the UN. "
            + "The weather was cold. The talks went on. The hosts were polite. Lukashenko met Kim Jong Un again.", "2024-03-10");
        Assert.Null(result.Single("belarus", "SUPPORTED", "north-korea").Date);
        Assert.Null(result.Single("iran", "MET", "syria").Date);
        Assert.Null(result.Single("alexander-lukashenko", "MET", "kim-jong-un").Date);
    }

    [Fact]
    public void A_bare_month_in_a_future_tense_sentence_is_the_next_such_month()
    {
        var future = TestSupport.Extract("In February, Lukashenko will travel to Pyongyang.", "2024-10-01");
        Assert.Equal("2025-02", future.Single("alexander-lukashenko", "VISITED", "north-korea").Date?.ToString());
        var past = TestSupport.Extract("In February, Lukashenko travelled to Pyongyang.", "2024-10-01");
        Assert.Equal("2024-02", past.Single("alexander-lukashenko", "VISITED", "north-korea").Date?.ToString());
    }

    [Fact]
    public void A_headline_in_the_present_tense_dates_its_relations_by_publication_even_when_the_trigger_is_a_noun()
    {
        var result = TestSupport.Extract("Lukashenko pledges support to Kim\n\nThe Belarusian leader spoke in Minsk.", "2024-03-10", title: "Lukashenko pledges support to Kim");
        var support = result.Single("alexander-lukashenko", "SUPPORTED", "kim-jong-un");
        Assert.Equal("2024-03-10", support.Date?.ToString());
        Assert.Equal(ClaimStatus.Asserted, support.Status); // pledging support performs it; it does not plan it
    }

    [Fact]
    public void An_accusation_read_from_a_claim_is_dated_where_the_claim_was_made()
    {
        var result = TestSupport.Extract("Last month, Canada claimed Iran had shipped drones to Russia in 2022.", "2024-06-15");
        Assert.Equal("2024-05", result.Single("canada", "ACCUSED", "iran").Date?.ToString());
        Assert.Equal("2022", result.Single("iran", "SUPPLIED", "russia").Date?.ToString());
    }

    [Fact]
    public void A_reporting_word_counts_only_as_a_verb()
    {
        var noun = TestSupport.Extract("The United States imposed sanctions on Iran.");
        Assert.Equal(ClaimStatus.Asserted, noun.Single("united-states", "SANCTIONED", "iran").Status);
        var verb = TestSupport.Extract("Japan told reporters that Iran shipped drones to Russia.");
        Assert.Equal(ClaimStatus.Alleged, verb.Single("iran", "SUPPLIED", "russia").Status);
    }

    [Fact]
    public void A_negative_implicative_verb_cancels_its_complement()
    {
        var result = TestSupport.Extract("Brazil has resisted imposing sanctions on Iran.");
        Assert.DoesNotContain(result.Relations, r => r.Type == "SANCTIONED");
    }
}
