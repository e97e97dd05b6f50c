using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Extraction.Dates;
using KoreaRussiaGraph.Extraction.Text;

namespace KoreaRussiaGraph.Extraction.Tests;

public class DatesTests
{
    private static readonly DateExpressionFinder Finder = new(DateVocabulary.Load(TestSupport.Schema));

    private static string? Resolve(string text, string? published)
    {
        var found = Finder.Find(Tokenizer.Tokenize(text), published is null ? null : PartialDate.Parse(published));
        return Assert.Single(found).Value?.ToString();
    }

    [Theory]
    [InlineData("in 2019", "2019")]
    [InlineData("in July 2023", "2023-07")]
    [InlineData("on 15 August 2023", "2023-08-15")]
    [InlineData("on August 15, 2023", "2023-08-15")]
    [InlineData("on Feb. 24, 2022", "2022-02-24")]
    [InlineData("in the 1950-1953 war", "1950")]
    [InlineData("since 2006", "2006")]
    public void Explicit_dates_keep_the_precision_the_text_gives(string text, string expected) => Assert.Equal(expected, Resolve(text, null));

    [Theory]
    [InlineData("last month", "2023-08-16", "2023-07")]
    [InlineData("earlier this month", "2023-08-16", "2023-08")]
    [InlineData("last year", "2023-08-16", "2022")]
    [InlineData("this week", "2022-10-07", "2022-10")]
    [InlineData("later this week", "2023-08-16", "2023-08")]
    [InlineData("last Wednesday", "2022-10-07", "2022-10-05")]
    [InlineData("last Wednesday", "2022-10-05", "2022-09-28")]
    [InlineData("on Tuesday", "2023-08-16", "2023-08-15")]
    [InlineData("in July", "2023-09-05", "2023-07")]
    [InlineData("in November", "2023-09-05", "2022-11")]
    [InlineData("last February", "2022-10-07", "2022-02")]
    [InlineData("yesterday", "2024-01-01", "2023-12-31")]
    public void Relative_dates_resolve_against_the_publication_date(string text, string published, string expected) =>
        Assert.Equal(expected, Resolve(text, published));

    [Theory]
    [InlineData("last Wednesday", "2022-10")]
    [InlineData("last month", null)]
    [InlineData("this week", "2023")]
    public void Without_a_precise_enough_publication_date_no_day_is_invented(string text, string? published) =>
        Assert.Null(Resolve(text, published));

    [Fact]
    public void A_week_spanning_two_months_has_no_month()
    {
        Assert.Null(Resolve("this week", "2023-08-31"));
    }

    [Theory]
    [InlineData("$25 million in 2015 loans cost 2015 million")]
    public void Money_amounts_are_not_years(string text) =>
        Assert.Single(Finder.Find(Tokenizer.Tokenize(text), null));

    [Fact]
    public void Modal_may_is_not_a_month() => Assert.Empty(Finder.Find(Tokenizer.Tokenize("May Russia and China meet?"), PartialDate.Parse("2023-09-01")));

    [Fact]
    public void Relations_take_the_date_of_their_clause_or_a_fronted_date()
    {
        var result = TestSupport.Extract("Last month, Lavrov visited Pyongyang. In 2014, Russia wrote off most of North Korea's debt.", "2024-07-10");
        Assert.Equal("2024-06", result.Single("sergei-lavrov", "VISITED", "north-korea").Date?.ToString());
        Assert.Equal("2014", result.Single("russia", "SUPPLIED", "north-korea").Date?.ToString());
    }

    [Fact]
    public void A_continuation_takes_the_previous_sentence_date_and_a_plain_one_stays_undated()
    {
        var result = TestSupport.Extract("In March 2021, Iran signed a deal with China. Shortly after that, Iran exported oil to China. Iran supported Russia.", "2023-01-01");
        Assert.Equal("2021-03", result.Single("iran", "SUPPLIED", "china").Date?.ToString());
        Assert.Null(result.Single("iran", "SUPPORTED", "russia").Date);
    }
}
