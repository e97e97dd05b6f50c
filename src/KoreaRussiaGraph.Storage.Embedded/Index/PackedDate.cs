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
        // Outlines and links rebuild the same few dates thousands of times per answer (a document's relations share their
        // reportedOn); rebuilding one takes three calendar decompositions and a validation, a cached one two compares.
        var recent = _recent ??= new Recent[RecentSize];
        ref var slot = ref recent[(int)((uint)(startDay * 31 + endDay) % RecentSize)];
        if (slot.Filled && slot.StartDay == startDay && slot.EndDay == endDay) return slot.Date;
        slot = new Recent(startDay, endDay, Build(startDay, endDay), true);
        return slot.Date;
    }

    private const int RecentSize = 1024;
    [ThreadStatic] private static Recent[]? _recent;
    private readonly record struct Recent(int StartDay, int EndDay, PartialDate Date, bool Filled);

    // One calendar decomposition of the start (the properties of a DateOnly decompose it once each), and the end's month
    // only when the interval is longer than a day.
    private static PartialDate Build(int startDay, int endDay)
    {
        DateOnly.FromDayNumber(startDay).Deconstruct(out var year, out var month, out var day);
        if (startDay == endDay) return new PartialDate(year, month, day);
        return DateOnly.FromDayNumber(endDay).Month == month ? new PartialDate(year, month) : new PartialDate(year);
    }
}
