namespace KoreaRussiaGraph.Core.Querying;

/// <summary>Finds the known ids a mistyped or partial id most likely meant ("kim" -> kim-jong-un, kim-jong-il).</summary>
public static class ActorSuggestions
{
    public static IReadOnlyList<string> Closest(string unknown, IEnumerable<string> knownIds, int max = 5)
    {
        var probe = unknown.Trim().ToLowerInvariant();
        return knownIds
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
        var distance = Levenshtein(probe, id);
        return distance <= Math.Max(2, probe.Length / 3) ? 1000 + distance : int.MaxValue;
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
