namespace KoreaRussiaGraph.Sources.State;

/// <summary>The feeds as users see them: every configured feed (polled or not yet), then any feed polled earlier and since removed from the settings.</summary>
public sealed class SourceDirectory(SourceStateStore state, SourcesOptions options)
{
    public IReadOnlyList<SourceStatus> List()
    {
        var known = state.List().ToDictionary(s => s.Url, StringComparer.Ordinal);
        var configured = options.Feeds.Select(f => (Url: new Uri(f.Url).AbsoluteUri, Interval: f.PollIntervalSeconds ?? options.DefaultPollIntervalSeconds)).ToList();
        var list = configured.Select(f => known.TryGetValue(f.Url, out var s)
                ? s with { PollIntervalSeconds = f.Interval }
                : new SourceStatus(f.Url, null, SourcePollStatus.NeverPolled, 0, 0, null, f.Interval))
            .ToList();
        list.AddRange(known.Values.Where(s => configured.All(f => f.Url != s.Url)));
        return list;
    }
}
