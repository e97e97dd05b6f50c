using System.Diagnostics;

namespace KoreaRussiaGraph.Benchmarks.Graph;

/// <summary>
/// Per-query wall times in milliseconds of the queries that finished within the cap, with nearest-rank percentiles, and
/// a count of the queries that did not (interrupted, timed out, or slower than the cap): those are never folded into a
/// percentile as if they had finished.
/// </summary>
internal sealed class Latencies(string name)
{
    private readonly List<double> _ms = [];

    public string Name { get; } = name;
    /// <summary>Queries that finished within the cap.</summary>
    public int Count => _ms.Count;
    /// <summary>Queries that ran past the cap or failed.</summary>
    public int Capped { get; private set; }
    public int Measured => Count + Capped;
    public IReadOnlyList<double> Values => _ms;

    /// <summary>Records a finished query; one slower than <paramref name="capMs"/> counts as capped, like a peer's interrupted one.</summary>
    public void Add(double ms, double capMs = double.PositiveInfinity)
    {
        if (ms > capMs) AddCapped(capMs);
        else _ms.Add(ms);
    }

    public void AddCapped(double capMs = double.NaN)
    {
        Capped++;
        CapMs = capMs;
    }

    /// <summary>The cap the capped queries ran into.</summary>
    public double CapMs { get; private set; } = double.NaN;

    public double Percentile(double p)
    {
        if (_ms.Count == 0) return double.NaN;
        var sorted = _ms.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public double Max => _ms.Count == 0 ? double.NaN : _ms.Max();

    public string Summary() =>
        $"p50 {Percentile(50),9:F3}  p90 {Percentile(90),9:F3}  p99 {Percentile(99),9:F3}  max {Max,9:F3}  ({Count} finished, {Capped} capped)";

    public static double Time(Action action)
    {
        var start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
}
