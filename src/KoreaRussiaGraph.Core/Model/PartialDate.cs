using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace KoreaRussiaGraph.Core.Model;

/// <summary>
/// A date known to year, month or day precision. It stands for the whole interval it covers
/// (2019 = 2019-01-01..2019-12-31), which is what date filters overlap against; it never
/// pretends to know a day the text did not give.
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    public int Year { get; }
    public int? Month { get; }
    public int? Day { get; }

    public PartialDate(int year, int? month = null, int? day = null)
    {
        if (year is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(year), year, "year must be 1..9999");
        if (day is not null && month is null) throw new ArgumentException("a day needs a month");
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "month must be 1..12");
        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value)))
            throw new ArgumentOutOfRangeException(nameof(day), day, $"{year}-{month:00} has no day {day}");
        Year = year; Month = month; Day = day;
    }

    public static PartialDate OfDay(DateOnly d) => new(d.Year, d.Month, d.Day);

    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>First day of the interval this date stands for.</summary>
    public DateOnly Start => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>Last day of the interval this date stands for.</summary>
    public DateOnly End => Precision switch
    {
        DatePrecision.Day => new DateOnly(Year, Month!.Value, Day!.Value),
        DatePrecision.Month => new DateOnly(Year, Month!.Value, DateTime.DaysInMonth(Year, Month!.Value)),
        _ => new DateOnly(Year, 12, 31),
    };

    /// <summary>True when this date's interval and [from, to] share at least one day; an open end is unbounded.</summary>
    public bool Overlaps(PartialDate? from, PartialDate? to) =>
        (from is null || End >= from.Value.Start) && (to is null || Start <= to.Value.End);

    public override string ToString() => Precision switch
    {
        DatePrecision.Day => $"{Year:0000}-{Month:00}-{Day:00}",
        DatePrecision.Month => $"{Year:0000}-{Month:00}",
        _ => $"{Year:0000}",
    };

    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a partial date (expected YYYY, YYYY-MM or YYYY-MM-DD)");

    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Trim().Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2)) return false;
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i])) return false;
        try
        {
            date = numbers.Length switch
            {
                1 => new PartialDate(numbers[0]),
                2 => new PartialDate(numbers[0], numbers[1]),
                _ => new PartialDate(numbers[0], numbers[1], numbers[2]),
            };
            return true;
        }
        catch (ArgumentException) { return false; }
    }

    /// <summary>Orders by start day, then the more precise first (2023-07-01 before 2023-07 before 2023).</summary>
    public int CompareTo(PartialDate other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : other.Precision.CompareTo(Precision);
    }
}
