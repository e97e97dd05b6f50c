using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Extraction.Tests;

/// <summary>Statements reported without a date of their own happen on the news day; standing positions have no day.</summary>
public class NewsDayTests
{
    [Fact]
    public void A_statement_in_the_simple_past_happened_on_the_publication_day()
    {
        var r = TestSupport.Extract("Japan accused Iran of the drone attacks.", "2023-03-16").Single("japan", "ACCUSED", "iran");
        Assert.Equal(PartialDate.Parse("2023-03-16"), r.Date);
    }

    [Fact]
    public void The_news_day_the_text_gives_earlier_wins_over_the_publication_day()
    {
        var result = TestSupport.Extract("Ministers gathered in Geneva on Monday. Canada accused Syria of blocking aid convoys.", "2023-03-16");
        Assert.Equal(PartialDate.Parse("2023-03-13"), result.Single("canada", "ACCUSED", "syria").Date);
    }

    [Fact]
    public void A_participle_adjunct_takes_the_tense_of_its_finite_verb()
    {
        var result = TestSupport.Extract("Germany repeated its criticism of the tariffs, blaming Iran for the crisis.", "2023-03-16");
        Assert.Equal(PartialDate.Parse("2023-03-16"), result.Single("germany", "ACCUSED", "iran").Date);
    }

    [Fact]
    public void A_performative_present_is_the_statement_itself()
    {
        var r = TestSupport.Extract("The United States and Canada strongly condemn Iran for its missile launches.", "2023-03-16").Single("canada", "OPPOSED", "iran");
        Assert.Equal(PartialDate.Parse("2023-03-16"), r.Date);
    }

    [Theory]
    [InlineData("Japan has long opposed Iran.")]
    [InlineData("Japan opposes Iran on every front.")]
    [InlineData("Japan is opposing Iran at the talks.")]
    public void A_standing_position_has_no_day(string sentence)
    {
        Assert.Null(TestSupport.Extract(sentence, "2023-03-16").Single("japan", "OPPOSED", "iran").Date);
    }

    [Fact]
    public void A_date_phrase_that_cannot_be_resolved_keeps_the_statement_off_the_news_day()
    {
        // the week before Tuesday 5 September 2023 is 28 August - 3 September, four days and three: no month can be given,
        // and no day either
        var r = TestSupport.Extract("Japan accused Iran last week of arming Syria.", "2023-09-05").Single("japan", "ACCUSED", "iran");
        Assert.Null(r.Date);
    }

    [Fact]
    public void Support_is_a_statement_only_when_a_speech_verb_performs_it()
    {
        Assert.Equal(PartialDate.Parse("2023-03-16"), TestSupport.Extract("Iran reiterated its support for Syria.", "2023-03-16").Single("iran", "SUPPORTED", "syria").Date);
        Assert.Null(TestSupport.Extract("Iran supported Syria.", "2023-03-16").Single("iran", "SUPPORTED", "syria").Date);
    }

    [Fact]
    public void A_publication_known_only_to_the_month_dates_the_statement_to_that_month()
    {
        var r = TestSupport.Extract("Japan accused Iran of the drone attacks.", "2023-03").Single("japan", "ACCUSED", "iran");
        Assert.Equal(PartialDate.Parse("2023-03"), r.Date);
    }
}

/// <summary>Noun-phrase structure between a verb and its object.</summary>
public class PremodifierTests
{
    [Theory]
    [InlineData("In March, Syria recognized the self-proclaimed Donetsk People's Republic.")]
    [InlineData("In March, Syria recognized the separatist Donetsk People's Republic.")]
    public void A_lowercase_adjective_or_compound_before_a_name_stays_inside_the_object(string sentence)
    {
        Assert.Contains("syria SUPPORTED donetsk-peoples-republic", TestSupport.Extract(sentence, "2023-05-02").Keys());
    }

    [Fact]
    public void A_lowercase_noun_before_a_name_still_blocks_the_object()
    {
        Assert.DoesNotContain("syria SUPPORTED donetsk-peoples-republic", TestSupport.Extract("In March, Syria recognized the problem in the Donetsk People's Republic.", "2023-05-02").Keys());
    }
}

/// <summary>The DENIED row a denial of one's own act adds.</summary>
public class DeniedRowTests
{
    [Fact]
    public void Denying_ones_own_act_denies_against_its_other_party_on_the_news_day()
    {
        var result = TestSupport.Extract("Iran denied supplying drones to Syria.", "2025-05-02");
        Assert.Equal(ClaimStatus.Denied, result.Single("iran", "SUPPLIED", "syria").Status);
        Assert.Equal(PartialDate.Parse("2025-05-02"), result.Single("iran", "DENIED", "syria").Date);
    }

    [Fact]
    public void A_denial_answers_the_latest_accuser_of_the_denier()
    {
        var keys = TestSupport.Extract("Canada accused Iran of arming Syria. Iran denied supplying drones to Syria.", "2025-05-02").Keys();
        Assert.Contains("iran DENIED canada", keys);
        Assert.DoesNotContain("iran DENIED syria", keys);
    }
}

/// <summary>Counting back from the publication date, and a month placed in a year by a relative phrase.</summary>
public class CountedBackDatesTests
{
    [Theory]
    [InlineData("Xi Jinping met Vladimir Putin two days ago.", "2024-11-19")]
    [InlineData("Xi Jinping met Vladimir Putin 3 months ago.", "2024-08")]
    [InlineData("Xi Jinping met Vladimir Putin in September last year.", "2023-09")]
    [InlineData("Xi Jinping met Vladimir Putin in March this year.", "2024-03")]
    public void The_date_is_counted_from_the_publication_date_at_the_units_precision(string sentence, string expected)
    {
        Assert.Equal(expected, TestSupport.Extract(sentence, "2024-11-21").Single("vladimir-putin", "MET", "xi-jinping").Date?.ToString());
    }

    [Fact]
    public void A_count_back_without_a_publication_day_gives_no_day()
    {
        Assert.Null(TestSupport.Extract("Xi Jinping met Vladimir Putin two days ago.", "2024-11").Single("vladimir-putin", "MET", "xi-jinping").Date);
    }
}

/// <summary>The present perfect of an event is the day's news, unless the clause counts it or places it in a span.</summary>
public class HotNewsPerfectTests
{
    [Theory]
    [InlineData("Xi Jinping has arrived in Moscow, where he will stay two days.")]
    [InlineData("Xi Jinping and Vladimir Putin have concluded their first ever summit in Moscow.")]
    public void The_hot_news_perfect_dates_the_event_at_publication(string sentence)
    {
        var visitOrMeeting = TestSupport.Extract(sentence, "2024-11-21").Relations.First(r => r.Type is "VISITED" or "MET" && (r.SourceId == "xi-jinping" || r.TargetId == "xi-jinping"));
        Assert.Equal("2024-11-21", visitOrMeeting.Date?.ToString());
    }

    [Theory]
    [InlineData("Xi Jinping has visited Moscow twice.")]
    [InlineData("Xi Jinping has never visited Moscow.")]
    [InlineData("Xi Jinping had visited Moscow.")]
    public void A_counted_negated_or_past_perfect_event_has_no_day(string sentence)
    {
        Assert.DoesNotContain(TestSupport.Extract(sentence, "2024-11-21").Relations, r => r.Date?.ToString() == "2024-11-21");
    }
}
