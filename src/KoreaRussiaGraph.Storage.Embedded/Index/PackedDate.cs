using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Storage.Embedded.Index;

/// <summary>Partial dates as the index keeps them: in an int, or rebuilt from the day interval an edge record stores.</summary>
internal static class PackedDate
{
    /// <summary>yyyymmdd with 00 for the parts the date does not know; 0 for no date.</summary>
    public static int Pack(PartialDate? date) => date is { } d ? d.Year * 10_000 + (d.Month ?? 0) * 100 + (d.Day ?? 0) : 0;

    public static PartialDate? Unpack(int packed)
    {
        if (packed == 0) return null;
        int year = packed / 10_000, month = packed / 100 % 100, day = packed % 100;
        return month == 0 ? new PartialDate(year) : day == 0 ? new PartialDate(year, month) : new PartialDate(year, month, day);
    }

    /// <summary>
    /// The partial date an edge's [StartDay, EndDay] stands for: a single day, a whole month or a whole year are the only
    /// intervals a PartialDate covers, so the precision is recovered exactly.
    /// </summary>
    public static PartialDate? OfEdge(in EdgeRecord e)
    {
        if (!e.Dated) return null;
        var start = DateOnly.FromDayNumber(e.StartDay);
        if (e.StartDay == e.EndDay) return PartialDate.OfDay(start);
        var end = DateOnly.FromDayNumber(e.EndDay);
        return start.Month == end.Month ? new PartialDate(start.Year, start.Month) : new PartialDate(start.Year);
    }
}
