using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Extraction.Dates;

/// <summary>
/// The day the news happened. A news report anchors the statements it reports without a time adjunct to the time of
/// reporting (TimeML's document creation time): "Russia condemned the sanctions" in a report of Thursday happened on
/// that Thursday, or on the day the report names for its news ("on Wednesday", "yesterday"). That day is the latest
/// day-precise date within the week before publication (within the publication month, when only the month is known) that
/// the text gave up to the statement's sentence, else the first such date it gives later, else the publication date at
/// whatever precision the publication date is known.
/// </summary>
public sealed class NewsDay(PartialDate? published)
{
    private const int DaysOfNews = 7;
    private readonly List<(int Sentence, PartialDate Day, string Text)> _recent = [];

    public void Observe(int sentence, IEnumerable<DateExpression> dates)
    {
        if (published is not { } p || p.Precision == DatePrecision.Year) return;
        foreach (var d in dates)
            if (d.Value is { Precision: DatePrecision.Day } day && IsNewsDay(p, day))
                _recent.Add((sentence, day, d.Text));
    }

    /// <summary>A day of the week before a dated report, or any day of the month a report is only known to.</summary>
    private static bool IsNewsDay(PartialDate published, PartialDate day) => published.Precision == DatePrecision.Day
        ? published.Start.DayNumber - day.Start.DayNumber is >= 0 and <= DaysOfNews
        : day.Start.Year == published.Start.Year && day.Start.Month == published.Start.Month;

    public (PartialDate? Day, string How) For(int sentence)
    {
        if (_recent.LastOrDefault(r => r.Sentence <= sentence) is { Text: not null } before)
            return (before.Day, $"a statement reported without a date happened on the news day the text gave before it ('{before.Text}', {before.Day})");
        if (_recent.FirstOrDefault() is { Text: not null } after)
            return (after.Day, $"a statement reported without a date happened on the news day the text gives ('{after.Text}', {after.Day})");
        return published is { } p
            ? (p, $"a statement reported without a date happened when it was reported (publication {p})")
            : (null, "no publication date to anchor the statement to");
    }
}
