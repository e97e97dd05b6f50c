using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Core.Tests;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2019", DatePrecision.Year, "2019-01-01", "2019-12-31")]
    [InlineData("2024-02", DatePrecision.Month, "2024-02-01", "2024-02-29")]
    [InlineData("2023-07-26", DatePrecision.Day, "2023-07-26", "2023-07-26")]
    public void A_partial_date_stands_for_the_interval_it_covers(string text, DatePrecision precision, string start, string end)
    {
        var date = PartialDate.Parse(text);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(DateOnly.Parse(start), date.Start);
        Assert.Equal(DateOnly.Parse(end), date.End);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("19")]
    [InlineData("2019-13")]
    [InlineData("2023-02-29")]
    [InlineData("2019-1")]
    [InlineData("2019/01")]
    [InlineData("July 2019")]
    public void Malformed_or_impossible_dates_do_not_parse(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
        Assert.Throws<FormatException>(() => PartialDate.Parse(text));
    }

    [Theory]
    [InlineData("2019", "2019-06-01", "2019-06-30", true)]
    [InlineData("2019", "2020", null, false)]
    [InlineData("2023-07", "2023-07-31", "2023-08-05", true)]
    [InlineData("2023-07", null, "2023-06", false)]
    [InlineData("2006", null, null, true)]
    public void Overlap_compares_whole_intervals(string date, string? from, string? to, bool overlaps)
    {
        PartialDate? Parse(string? s) => s is null ? null : PartialDate.Parse(s);
        Assert.Equal(overlaps, PartialDate.Parse(date).Overlaps(Parse(from), Parse(to)));
    }

    [Fact]
    public void Ordering_is_by_start_then_finer_precision_first()
    {
        var ordered = new[] { "2023-07", "2023", "2023-07-01", "2022-12-31" }.Select(PartialDate.Parse).Order().Select(d => d.ToString());
        Assert.Equal(["2022-12-31", "2023", "2023-07-01", "2023-07"], ordered);
    }
}
