using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Querying;

namespace KoreaRussiaGraph.Core.Timelines;

public enum TimeBucket { Year, Month }

/// <summary>Relations passing <see cref="Filter"/> per period: around <see cref="ActorId"/> (touching it, direction relative to it), else the whole graph.</summary>
public sealed record TimelineQuery(string? ActorId = null, RelationFilter? Filter = null, TimeBucket Bucket = TimeBucket.Year)
{
    public RelationFilter EffectiveFilter => Filter ?? RelationFilter.Default;

    public void Validate()
    {
        if (ActorId is not null) QueryGuard.ValidId("actor", ActorId);
        QueryGuard.ValidFilter(Filter);
    }
}

public sealed record TimelineTypeCount(string Type, int Count);

/// <param name="Period">The year (YEAR buckets) or the month (MONTH buckets).</param>
public sealed record TimelineBucket(PartialDate Period, int Count, IReadOnlyList<TimelineTypeCount> Types);

/// <summary>
/// Buckets in order, the empty ones between the first and the last included.
/// A relation is counted in the period its event date starts in.
/// </summary>
/// <param name="Undated">Relations that passed the filter but have no event date: in no bucket.</param>
/// <param name="Imprecise">Dated relations known only to a year, left out of MONTH buckets rather than put in a month the text never gave.</param>
public sealed record Timeline(TimeBucket Bucket, IReadOnlyList<TimelineBucket> Buckets, int Undated, int Imprecise);

/// <summary>Counts relations into a <see cref="Timeline"/>; both stores feed it, so they bucket alike.</summary>
public sealed class TimelineBuilder(TimeBucket bucket)
{
    private readonly Dictionary<(int Period, string Type), int> _counts = [];
    private int _undated, _imprecise;

    public void Add(PartialDate? date, string type, int count = 1)
    {
        if (date is not { } d) { _undated += count; return; }
        if (bucket == TimeBucket.Month && d.Month is null) { _imprecise += count; return; }
        var key = (PeriodNumber(d.Year, d.Month ?? 1), type);
        _counts[key] = _counts.GetValueOrDefault(key) + count;
    }

    public Timeline Build()
    {
        var buckets = new List<TimelineBucket>();
        if (_counts.Count > 0)
        {
            var byPeriod = _counts.GroupBy(c => c.Key.Period).ToDictionary(g => g.Key, g => g.ToArray());
            var (first, last) = (byPeriod.Keys.Min(), byPeriod.Keys.Max());
            var step = bucket == TimeBucket.Year ? 12 : 1;
            for (var period = first; period <= last; period += step)
            {
                var types = byPeriod.TryGetValue(period, out var counts)
                    ? counts.OrderBy(c => c.Key.Type, StringComparer.Ordinal).Select(c => new TimelineTypeCount(c.Key.Type, c.Value)).ToArray()
                    : [];
                buckets.Add(new TimelineBucket(PeriodDate(period), types.Sum(t => t.Count), types));
            }
        }
        return new Timeline(bucket, buckets, _undated, _imprecise);
    }

    // Months since year 0, rounded down to the year's January for YEAR buckets, so one int orders both.
    private int PeriodNumber(int year, int month) => year * 12 + (bucket == TimeBucket.Year ? 0 : month - 1);

    private PartialDate PeriodDate(int period) =>
        bucket == TimeBucket.Year ? new PartialDate(period / 12) : new PartialDate(period / 12, period % 12 + 1);
}
