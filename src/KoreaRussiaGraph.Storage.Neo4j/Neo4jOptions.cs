namespace KoreaRussiaGraph.Storage.Neo4j;

/// <summary>Where Neo4j is and how hard to try reaching it; bound from configuration section <c>Store:Neo4j</c>.</summary>
public sealed class Neo4jOptions
{
    public const string Section = "Store:Neo4j";

    /// <summary>The HTTP endpoint of the server (the Query API lives under it), e.g. http://localhost:7474.</summary>
    public string Uri { get; set; } = "http://localhost:7474";
    public string User { get; set; } = "neo4j";
    public string Password { get; set; } = "";
    public string Database { get; set; } = "neo4j";

    /// <summary>graph-schema/ directory holding neo4j/*.cypher; null finds it the usual way (next to the binary, then upwards).</summary>
    public string? SchemaPath { get; set; }

    /// <summary>Longest one HTTP call may take before it counts as a (transient) failure.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt on transient failures (connection refused, 502/503/504, Neo.TransientError.*).</summary>
    public int RetryCount { get; set; } = 4;

    /// <summary>First retry delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Share of failed calls within <see cref="BreakerSamplingDuration"/> that opens the circuit.</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Calls needed within the sampling window before the breaker may open.</summary>
    public int BreakerMinimumThroughput { get; set; } = 10;

    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit fails calls fast before letting one probe through.</summary>
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The endpoint with any trailing slash removed, for building request URLs.</summary>
    internal string BaseUri => Uri.TrimEnd('/');
}
