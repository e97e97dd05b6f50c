using System.Diagnostics;

namespace KoreaRussiaGraph.Storage.Embedded.Import;

internal enum ImportPhase { Waiting, Rows, Commits, Indexes, QuoteIndex, Counts }

/// <summary>Wall time spent per phase of a bulk import, so a slow import says where its time went.</summary>
internal sealed class ImportPhases
{
    private readonly long[] _ticks = new long[Enum.GetValues<ImportPhase>().Length];

    public void Add(ImportPhase phase, long startedAt) => _ticks[(int)phase] += Stopwatch.GetTimestamp() - startedAt;

    public async Task TimeAsync(ImportPhase phase, Func<Task> work)
    {
        var started = Stopwatch.GetTimestamp();
        try { await work(); }
        finally { Add(phase, started); }
    }

    public override string ToString() => string.Join(", ",
        Enum.GetValues<ImportPhase>().Select(p => $"{p.ToString().ToLowerInvariant()} {_ticks[(int)p] / (double)Stopwatch.Frequency:F1} s"));
}
