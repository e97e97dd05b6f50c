using System.Diagnostics;

namespace KoreaRussiaGraph.Benchmarks.Graph;

/// <summary>Per-query wall times in milliseconds, with nearest-rank percentiles.</summary>
internal sealed class Latencies(string name)
{
    private readonly List<double> _ms = [];

    public string Name { get; } = name;
    public int Count => _ms.Count;
    public int Failures { get; private set; }
    public IReadOnlyList<double> Values => _ms;

    public void Add(double ms) => _ms.Add(ms);

    /// <summary>A query the peer gave up on (timeout or error): counted at the cap, so percentiles are lower bounds.</summary>
    public void AddFailure(double capMs)
    {
        Failures++;
        _ms.Add(capMs);
    }

    public double Percentile(double p)
    {
        if (_ms.Count == 0) return double.NaN;
        var sorted = _ms.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public Latencies Take(int n)
    {
        var subset = new Latencies(Name);
        foreach (var v in _ms.Take(n)) subset.Add(v);
        return subset;
    }

    public static double Time(Action action)
    {
        var start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    public static async Task<double> TimeAsync(Func<Task> action)
    {
        var start = Stopwatch.GetTimestamp();
        await action();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
}
