using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Storage.Embedded.Index;

/// <summary>Partial dates rebuilt from the day intervals an edge record stores (event date and reportedOn).</summary>
internal static class PackedDate
{
    /// <summary>
    /// The partial date an edge's [StartDay, EndDay] stands for: a single day, a whole month or a whole year are the only
    /// intervals a PartialDate covers, so the precision is recovered exactly.
    /// </summary>
    public static PartialDate? OfEdge(in EdgeRecord e) => e.Dated ? OfDays(e.StartDay, e.EndDay) : null;

    /// <summary>The relation's reportedOn (its document's publication date), recovered the same way.</summary>
    public static PartialDate? OfReported(in EdgeRecord e) => e.Reported ? OfDays(e.ReportedStartDay, e.ReportedEndDay) : null;

    public static PartialDate OfDays(int startDay, int endDay)
    {
        var start = DateOnly.FromDayNumber(startDay);
        if (startDay == endDay) return PartialDate.OfDay(start);
        var end = DateOnly.FromDayNumber(endDay);
        return start.Month == end.Month ? new PartialDate(start.Year, start.Month) : new PartialDate(start.Year);
    }
}
