using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Extraction.Text;

namespace KoreaRussiaGraph.Extraction.Dates;

/// <summary>
/// Finds explicit dates (2019, July 2023, 15 August 2023, August 15, 2023, 1950-1953, since 2006) and
/// relative ones (last month, last Wednesday, in July, this week, last year) and resolves them against the
/// publication date at the precision the text gives: a month stays a month, a week becomes the month that holds
/// at least five of its days, and no day is ever made up. Hand-written: no date-recognition
/// library restores from the package feed used here.
/// </summary>
public sealed class DateExpressionFinder(DateVocabulary vocabulary)
{
    /// <param name="narrative">The last date the text gave before this sentence: "the next day", "nine months later" count
    /// from it, not from publication.</param>
    public IReadOnlyList<DateExpression> Find(IReadOnlyList<Token> tokens, PartialDate? published, PartialDate? narrative = null)
    {
        var found = new List<DateExpression>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var e = Relative(tokens, i, published, narrative) ?? Ago(tokens, i, published) ?? Later(tokens, i, narrative) ?? MonthPhrase(tokens, i, published) ?? Weekday(tokens, i, published) ?? Year(tokens, i);
            if (e is null) continue;
            found.Add(e);
            narrative = e.Value ?? narrative;
            i = e.Last - 1;
        }
        return found;
    }

    /// <summary>
    /// "nine months later", "two days later": a count of units after the narrative's last date, at the coarser of that
    /// date's precision and the unit's (a week counts as days, kept only to its month); nothing when the text gave no date.
    /// </summary>
    private DateExpression? Later(IReadOnlyList<Token> tokens, int i, PartialDate? narrative)
    {
        if (CountedUnits(tokens, i, vocabulary.LaterMarkers) is not var (count, unit, text)) return null;
        PartialDate? value = narrative is not { } at ? null : unit switch
        {
            "year" => new PartialDate(at.Year + count),
            "month" when at.Precision != DatePrecision.Year => new PartialDate(at.Start.AddMonths(count).Year, at.Start.AddMonths(count).Month),
            "day" when at.Precision == DatePrecision.Day => PartialDate.OfDay(at.Start.AddDays(count)),
            "week" when at.Precision == DatePrecision.Day => new PartialDate(at.Start.AddDays(7 * count).Year, at.Start.AddDays(7 * count).Month),
            _ => null,
        };
        return new DateExpression(i, i + 3, text, value, narrative is null ? $"'{text}' with no date in the text to count from" : $"'{text}' after the text's last date ({narrative})");
    }

    /// <summary>"two days ago", "nine months later": a count (digits or a number word), a unit, and one of the markers.</summary>
    private (int Count, string Unit, string Text)? CountedUnits(IReadOnlyList<Token> tokens, int i, IReadOnlySet<string> markers)
    {
        if (i + 2 >= tokens.Count || !markers.Contains(tokens[i + 2].Lower) || !vocabulary.Units.TryGetValue(tokens[i + 1].Lower, out var unit)) return null;
        int count;
        if (tokens[i].Text.All(char.IsDigit) && tokens[i].Text.Length <= 3) count = int.Parse(tokens[i].Text);
        else if (!vocabulary.NumberWords.TryGetValue(tokens[i].Lower, out count)) return null;
        return (count, unit, string.Join(" ", tokens.Skip(i).Take(3).Select(x => x.Text)));
    }

    private DateExpression? Relative(IReadOnlyList<Token> tokens, int i, PartialDate? published, PartialDate? narrative = null)
    {
        foreach (var phrase in vocabulary.Relative)
        {
            if (i + phrase.Words.Length > tokens.Count) continue;
            var ok = true;
            for (var w = 0; w < phrase.Words.Length && ok; w++) ok = tokens[i + w].Lower == phrase.Words[w];
            if (!ok) continue;
            var text = string.Join(" ", phrase.Words);
            // "the next day", "the day before": counted from the day the narrative is at, never from publication
            if (phrase.Unit == "narrative-day")
                return new DateExpression(i, i + phrase.Words.Length, text,
                    narrative is { Precision: DatePrecision.Day } at ? PartialDate.OfDay(at.Start.AddDays(phrase.Offset)) : null,
                    narrative is { Precision: DatePrecision.Day } ? $"'{text}' after the text's last day ({narrative})" : $"'{text}' with no day in the text to count from");
            return new DateExpression(i, i + phrase.Words.Length, text, ResolveRelative(phrase, published), $"'{text}' relative to publication {published?.ToString() ?? "(unknown)"}");
        }
        return null;
    }

    /// <summary>"two days ago", "three months ago": a count of units back from the publication date, at that unit's precision.</summary>
    private DateExpression? Ago(IReadOnlyList<Token> tokens, int i, PartialDate? published)
    {
        if (CountedUnits(tokens, i, vocabulary.AgoMarkers) is not var (count, unit, text)) return null;
        return new DateExpression(i, i + 3, text, ResolveRelative(new RelativeDatePhrase([], unit, -count), published), $"'{text}' before publication {published?.ToString() ?? "(unknown)"}");
    }

    public static PartialDate? ResolveRelative(RelativeDatePhrase phrase, PartialDate? published)
    {
        if (published is not { } p) return null;
        switch (phrase.Unit)
        {
            case "year": return new PartialDate(p.Year + phrase.Offset);
            case "month":
                if (p.Precision == DatePrecision.Year) return null;
                var m = new DateOnly(p.Year, p.Month!.Value, 1).AddMonths(phrase.Offset);
                return new PartialDate(m.Year, m.Month);
            case "week":
                if (p.Precision != DatePrecision.Day) return phrase.Offset == 0 && p.Precision == DatePrecision.Month ? p : null;
                var day = p.Start;
                var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7)).AddDays(7 * phrase.Offset);
                // a week across a month's end is the month holding at least five of its days, as a reader would say
                // "last week" of 31 October - 6 November is November; a nearer split stays unresolved
                var inMondaysMonth = Enumerable.Range(0, 7).Count(k => monday.AddDays(k).Month == monday.Month);
                var month = inMondaysMonth >= 5 ? monday : inMondaysMonth <= 2 ? monday.AddDays(6) : (DateOnly?)null;
                return month is { } held ? new PartialDate(held.Year, held.Month) : null;
            case "day":
                return p.Precision == DatePrecision.Day ? PartialDate.OfDay(p.Start.AddDays(phrase.Offset)) : null;
            case "weekend":
                // the latest Saturday and Sunday on or before publication (a report of the weekend looks back to it), as a
                // month only when both days fall in one
                if (p.Precision != DatePrecision.Day) return null;
                var saturday = p.Start.AddDays(-(((int)p.Start.DayOfWeek + 1) % 7)).AddDays(7 * phrase.Offset);
                if (saturday.AddDays(1) > p.Start) saturday = saturday.AddDays(-7);
                return saturday.Month == saturday.AddDays(1).Month ? new PartialDate(saturday.Year, saturday.Month) : null;
            default: return null;
        }
    }

    private DateExpression? MonthPhrase(IReadOnlyList<Token> tokens, int i, PartialDate? published)
    {
        var t = tokens[i];
        if (!t.IsCapitalized || !vocabulary.Months.TryGetValue(t.Text, out var month)) return null;
        if (t.Text.Length <= 3 && t.Text != "May" && !(i + 1 < tokens.Count && tokens[i + 1].Text == ".")) return null;
        var at = i + 1;
        if (at < tokens.Count && tokens[at].Text == ".") at++;
        int? day = null;
        var dayRange = false;
        if (at < tokens.Count && IsDayNumber(tokens[at]))
        {
            day = int.Parse(tokens[at].Text);
            at++;
            // "April 24-26"
            if (at + 1 < tokens.Count && tokens[at].Text is "-" or "–" or "—" && IsDayNumber(tokens[at + 1])) { dayRange = true; at += 2; }
            if (at < tokens.Count && tokens[at].Text == ",") at++;
        }
        else if (i > 0 && IsDayNumber(tokens[i - 1])) day = int.Parse(tokens[i - 1].Text);
        int? year = at < tokens.Count && IsYear(tokens[at]) ? int.Parse(tokens[at].Text) : null;
        var end = year is not null ? at + 1 : day is not null && at > i + 1 ? at : i + 1;
        // "in September last year", "March this year": the year a relative phrase names
        if (year is null && Relative(tokens, end, published) is { Value: { Precision: DatePrecision.Year } relativeYear } yearPhrase && relativeYear.Year > 0)
            (year, end) = (relativeYear.Year, yearPhrase.Last);
        if (end > i + 1 && tokens[end - 1].Text == ",") end--;
        var start = day is not null && i > 0 && IsDayNumber(tokens[i - 1]) ? i - 1 : i;
        // "24-26 April"
        if (start == i - 1 && start >= 2 && tokens[start - 1].Text is "-" or "–" or "—" && IsDayNumber(tokens[start - 2]))
            (day, start, dayRange) = (int.Parse(tokens[start - 2].Text), start - 2, true);
        if (t.Text == "May" && year is null && day is null && (i == 0 || tokens[i - 1].Lower is not ("in" or "of" or "last" or "since" or "early" or "late" or "mid" or "until")))
            return null; // the modal verb at the start of a headline
        var text = string.Join(" ", tokens.Skip(start).Take(end - start).Select(x => x.Text));
        if (year is null)
        {
            if (published is not { } p) return new DateExpression(start, end, text, null, "month without year and no publication date");
            var marker = i > 0 ? tokens[i - 1].Lower : "";
            var futureTense = !vocabulary.PastMarkers.Contains(marker) && tokens.Any(x => vocabulary.FutureAuxiliaries.Contains(x.Lower));
            year = vocabulary.FutureMarkers.Contains(marker) ? (month > (p.Month ?? 12) ? p.Year : p.Year + 1)
                : futureTense && p.Month is { } pm ? (month >= pm ? p.Year : p.Year + 1)
                : vocabulary.PastMarkers.Contains(marker) ? (month < (p.Month ?? 13) ? p.Year : p.Year - 1)
                : (p.Month is null || month <= p.Month ? p.Year : p.Year - 1);
        }
        var value = day is not null && day <= DateTime.DaysInMonth(year.Value, month) ? new PartialDate(year.Value, month, day) : new PartialDate(year.Value, month);
        return dayRange
            ? new DateExpression(start, end, text, value, $"range '{text}' -> its start") { SpanMonth = new PartialDate(year.Value, month) }
            : new DateExpression(start, end, text, value, $"'{text}'");
    }

    private DateExpression? Weekday(IReadOnlyList<Token> tokens, int i, PartialDate? published)
    {
        var t = tokens[i];
        if (!t.IsCapitalized || !vocabulary.Weekdays.TryGetValue(t.Text, out var weekday)) return null;
        var last = i > 0 && vocabulary.PastMarkers.Contains(tokens[i - 1].Lower);
        var start = last || (i > 0 && tokens[i - 1].Lower == "on") ? i - 1 : i;
        var text = string.Join(" ", tokens.Skip(start).Take(i + 1 - start).Select(x => x.Text));
        if (published is not { Precision: DatePrecision.Day } p) return new DateExpression(start, i + 1, text, null, "weekday needs a publication day");
        var day = p.Start;
        var back = ((int)day.DayOfWeek - weekday + 7) % 7;
        if (back == 0 && last) back = 7;
        return new DateExpression(start, i + 1, text, PartialDate.OfDay(day.AddDays(-back)), $"'{text}' before publication {p}");
    }

    private DateExpression? Year(IReadOnlyList<Token> tokens, int i)
    {
        if (!IsYear(tokens[i])) return null;
        if (i > 0 && tokens[i - 1].Text is "$" or "€" or "£") return null;
        if (i + 1 < tokens.Count && vocabulary.YearBlockers.Contains(tokens[i + 1].Lower)) return null;
        var end = i + 1;
        // 1950-1953: a range stands for its start; the precision stays a year
        if (i + 2 < tokens.Count && tokens[i + 1].Text is "-" or "–" or "—" && IsYear(tokens[i + 2])) end = i + 3;
        if (i + 1 < tokens.Count && tokens[i + 1].Lower == "s") return null; // the 1990s: a decade is no year
        var text = string.Join("", tokens.Skip(i).Take(end - i).Select(x => x.Text));
        return new DateExpression(i, end, text, new PartialDate(int.Parse(tokens[i].Text)), end > i + 1 ? $"range '{text}' -> its start" : $"year '{text}'");
    }

    private bool IsYear(Token t) => t.Text.Length == 4 && t.Text.All(char.IsDigit) && int.Parse(t.Text) is var y && y >= vocabulary.YearMin && y <= vocabulary.YearMax;

    private static bool IsDayNumber(Token t) => t.Text.Length <= 2 && t.Text.All(char.IsDigit) && int.Parse(t.Text) is >= 1 and <= 31;
}
