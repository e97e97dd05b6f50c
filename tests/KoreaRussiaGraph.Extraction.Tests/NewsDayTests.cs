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
    public void A_publication_known_only_to_the_month_dates_the_statement_to_that_month()
    {
        var r = TestSupport.Extract("Japan accused Iran of the drone attacks.", "2023-03").Single("japan", "ACCUSED", "iran");
        Assert.Equal(PartialDate.Parse("2023-03"), r.Date);
    }
}
