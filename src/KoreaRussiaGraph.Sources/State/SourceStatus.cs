namespace KoreaRussiaGraph.Sources.State;

public enum SourcePollStatus { NeverPolled, Ok, NotModified, Partial, Failed }

/// <summary>One followed feed as the CLI and GraphQL show it.</summary>
/// <param name="ItemsSeen">Distinct items the feed has listed since it was first polled.</param>
/// <param name="ItemsIngested">Of those, the items whose page is stored (ingested or unchanged).</param>
/// <param name="Error">Why the last poll failed, or what failed among its items.</param>
public sealed record SourceStatus(
    string Url,
    DateTimeOffset? LastPolledAt,
    SourcePollStatus LastStatus,
    int ItemsSeen,
    int ItemsIngested,
    string? Error,
    int? PollIntervalSeconds = null);

/// <summary>What the state keeps of a feed between polls: the validators for conditional requests and the last outcome.</summary>
public sealed record FeedState(string Url, string? ETag, string? LastModified, DateTimeOffset? LastPolledAt, SourcePollStatus LastStatus, string? Error)
{
    public static FeedState New(string url) => new(url, null, null, null, SourcePollStatus.NeverPolled, null);
}

/// <summary>An item's page as last handled: the version of the item it came from and how its ingestion went.</summary>
public sealed record SeenItem(string Key, string Version, string? Link, string? DocumentId, bool Ingested, string? Error);
