namespace KoreaRussiaGraph.Sources;

/// <summary>Configuration section <c>Sources</c>: how pages and feeds are fetched, and which feeds the worker follows.</summary>
public sealed class SourcesOptions
{
    public const string Section = "Sources";

    /// <summary>Sent with every request, so site operators can see who reads them and how to reach the project.</summary>
    public string UserAgent { get; set; } = "KoreaRussiaGraph/1.0 (+https://github.com/korea-russia-graph; research news reader; honours robots.txt)";

    /// <summary>The feeds the worker polls.</summary>
    public List<FeedOptions> Feeds { get; set; } = [];

    /// <summary>How often a feed without its own interval is polled.</summary>
    public int DefaultPollIntervalSeconds { get; set; } = 900;

    /// <summary>Requests in flight to one host at once.</summary>
    public int PerHostConcurrency { get; set; } = 2;

    /// <summary>Requests started per second against one host; 0 lifts the limit (local mirrors, benchmarks).</summary>
    public double PerHostRequestsPerSecond { get; set; } = 1;

    /// <summary>Pages fetched and extracted at once across all hosts.</summary>
    public int MaxParallelPages { get; set; } = 8;

    /// <summary>One attempt's budget, headers and body together.</summary>
    public int TimeoutSeconds { get; set; } = 20;

    /// <summary>Further attempts after a transient failure (network, timeout, 429, 5xx), with exponential backoff and jitter.</summary>
    public int RetryCount { get; set; } = 2;

    public int RetryBaseDelayMilliseconds { get; set; } = 500;

    /// <summary>Share of failed requests to one host, over the sampling window, that opens its circuit.</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    public int BreakerMinimumThroughput { get; set; } = 4;

    public int BreakerSamplingSeconds { get; set; } = 60;

    /// <summary>How long an open circuit fails a host's requests fast before trying again.</summary>
    public int BreakerBreakSeconds { get; set; } = 60;

    /// <summary>Larger bodies are refused without being read to the end.</summary>
    public long MaxBodyBytes { get; set; } = 5 * 1024 * 1024;

    public int MaxRedirects { get; set; } = 5;

    /// <summary>Whether robots.txt is fetched and obeyed. Turn off only for hosts you run yourself.</summary>
    public bool RespectRobotsTxt { get; set; } = true;

    /// <summary>How long a host's robots.txt is trusted before it is fetched again.</summary>
    public int RobotsCacheMinutes { get; set; } = 60;

    /// <summary>Where the feeds' state (seen items, validators, status) is kept; empty means sources.db beside Store:Path.</summary>
    public string StatePath { get; set; } = "";

    /// <summary>Whether <c>serve</c> runs the feed worker (it idles when no feeds are listed).</summary>
    public bool PollingEnabled { get; set; } = true;

    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(UserAgent)) yield return "Sources:UserAgent must not be empty";
        if (DefaultPollIntervalSeconds < 1) yield return "Sources:DefaultPollIntervalSeconds must be at least 1";
        if (PerHostConcurrency < 1) yield return "Sources:PerHostConcurrency must be at least 1";
        if (PerHostRequestsPerSecond < 0) yield return "Sources:PerHostRequestsPerSecond must not be negative (0 lifts the limit)";
        if (MaxParallelPages < 1) yield return "Sources:MaxParallelPages must be at least 1";
        if (TimeoutSeconds < 1) yield return "Sources:TimeoutSeconds must be at least 1";
        if (RetryCount < 0) yield return "Sources:RetryCount must not be negative";
        if (BreakerFailureRatio is <= 0 or > 1) yield return "Sources:BreakerFailureRatio must be in (0, 1]";
        if (BreakerMinimumThroughput < 2) yield return "Sources:BreakerMinimumThroughput must be at least 2";
        if (BreakerBreakSeconds < 1) yield return "Sources:BreakerBreakSeconds must be at least 1";
        if (MaxBodyBytes < 1024) yield return "Sources:MaxBodyBytes must be at least 1024";
        if (MaxRedirects < 0) yield return "Sources:MaxRedirects must not be negative";
        for (var i = 0; i < Feeds.Count; i++)
        {
            var feed = Feeds[i];
            if (!WebAddress.TryParse(feed.Url, out _)) yield return $"Sources:Feeds:{i}:Url \"{feed.Url}\" is not an absolute http(s) URL";
            if (feed.PollIntervalSeconds is < 1) yield return $"Sources:Feeds:{i}:PollIntervalSeconds must be at least 1";
        }
    }
}

/// <summary>One feed to follow.</summary>
public sealed class FeedOptions
{
    public string Url { get; set; } = "";

    /// <summary>Overrides <see cref="SourcesOptions.DefaultPollIntervalSeconds"/>.</summary>
    public int? PollIntervalSeconds { get; set; }
}
