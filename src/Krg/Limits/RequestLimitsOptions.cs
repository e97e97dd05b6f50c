namespace KoreaRussiaGraph.Krg.Limits;

/// <summary>Section <c>Limits</c>.</summary>
public sealed class RequestLimitsOptions
{
    /// <summary>Largest request body accepted, in bytes. Room for a 5 MB document sent through the API, JSON-escaped.</summary>
    public long MaxRequestBodyBytes { get; set; } = 6 * 1024 * 1024;
}

/// <summary>Section <c>RateLimiting</c>: a token bucket per client on the GraphQL endpoint.</summary>
public sealed class RateLimitingOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Requests a client may send at once after being idle (the bucket's size).</summary>
    public int BurstLimit { get; set; } = 200;

    /// <summary>Requests per second a client may sustain.</summary>
    public int RequestsPerSecond { get; set; } = 100;

    /// <summary>Requests that may wait for a token instead of being refused at once.</summary>
    public int QueueLimit { get; set; }
}
