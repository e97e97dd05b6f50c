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

    /// <summary>
    /// Whether requests from the machine itself (127.0.0.1, ::1) skip the limit: a researcher's own scripts beside the
    /// server. Turn it off when a reverse proxy on the same machine forwards the public's requests.
    /// </summary>
    public bool ExemptLoopback { get; set; } = true;

    /// <summary>
    /// Requests that carry the configured API key (the only ones that can run mutations) draw on a bucket of their own
    /// per client, so a flood of anonymous reads from the same address cannot starve the writes.
    /// </summary>
    public int KeyedRequestsPerSecond { get; set; } = 20;

    /// <summary>Size of the keyed requests' bucket.</summary>
    public int KeyedBurstLimit { get; set; } = 40;
}
