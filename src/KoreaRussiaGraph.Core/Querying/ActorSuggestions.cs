namespace KoreaRussiaGraph.Core.Querying;

/// <summary>
/// Finds the known ids a mistyped or partial id most likely meant ("kim" -> kim-jong-un, kim-jong-il).
/// The work is bounded whatever the input: the probe is cut to <see cref="MaxProbeLength"/> characters, at most
/// <see cref="MaxCandidates"/> known ids are looked at, an id whose length alone rules it out costs no edit distance,
/// and the edit distance stops as soon as it exceeds the threshold (issue 14: a 5 MB id cost 5 s of CPU here).
/// </summary>
public static class ActorSuggestions
{
    public const int MaxProbeLength = 64;
    public const int MaxCandidates = 100_000;

    public static IReadOnlyList<string> Closest(string unknown, IEnumerable<string> knownIds, int max = 5)
    {
        var trimmed = unknown.Trim();
        var probe = (trimmed.Length > MaxProbeLength ? trimmed[..MaxProbeLength] : trimmed).ToLowerInvariant();
        return knownIds
            .Take(MaxCandidates)
            .Select(id => (id, score: Score(probe, id)))
            .Where(x => x.score < int.MaxValue)
            .OrderBy(x => x.score).ThenBy(x => x.id, StringComparer.Ordinal)
            .Take(max)
            .Select(x => x.id)
            .ToArray();
    }

    // Containment beats edit distance: a researcher typing "shoigu" means "sergei-shoigu".
    private static int Score(string probe, string id)
    {
        if (probe.Length == 0) return int.MaxValue;
        if (id.StartsWith(probe, StringComparison.Ordinal) || id.Split('-').Contains(probe)) return id.Length - probe.Length;
        if (id.Contains(probe, StringComparison.Ordinal)) return 100 + id.Length - probe.Length;
        var threshold = Math.Max(2, probe.Length / 3);
        if (Math.Abs(probe.Length - id.Length) > threshold) return int.MaxValue; // the distance is at least the length difference
        var distance = Levenshtein(probe, id, threshold);
        return distance <= threshold ? 1000 + distance : int.MaxValue;
    }

    /// <summary>Edit distance, or a value above <paramref name="threshold"/> as soon as every cell of a row exceeds it.</summary>
    private static int Levenshtein(string a, string b, int threshold)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                best = Math.Min(best, current[j]);
            }
            if (best > threshold) return threshold + 1;
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
