namespace KoreaRussiaGraph.Ingestion;

/// <summary>Configuration section <c>Ingestion</c>.</summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Folder the inbox worker watches; relative paths resolve against the working directory.</summary>
    public string InboxPath { get; set; } = "data/inbox";

    /// <summary>Whether <c>serve</c> runs the inbox worker at all.</summary>
    public bool InboxEnabled { get; set; } = true;

    /// <summary>Documents larger than this are recorded as failed without being read into memory.</summary>
    public long MaxDocumentBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>
    /// Most relations one document may yield. Past it the document is recorded as FAILED with the count and the limit:
    /// a few megabytes of one repeated sentence yielded 178,182 relations (+515 MB) and made every neighbourhood of
    /// its actors huge. Real articles yield tens.
    /// </summary>
    public int MaxRelationsPerDocument { get; set; } = 2_000;

    /// <summary>How long a file must stay quiet after its last change event before it is read (copies arrive in pieces).</summary>
    public int DebounceMilliseconds { get; set; } = 200;

    /// <summary>
    /// Interval of the full rescan of the inbox. It is the safety net for lost or impossible file-system events
    /// (inotify limits, network shares), so it is short enough to keep the two-second promise on its own.
    /// </summary>
    public int RescanIntervalMilliseconds { get; set; } = 1000;

    /// <summary>Documents loaded and extracted at once in a batch; extraction is CPU-bound, so the core count by default.</summary>
    public int MaxParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>Whether the first start on an empty store ingests the seeds folder (<c>Seeds:Path</c>).</summary>
    public bool SeedOnFirstStart { get; set; } = true;

    /// <summary>
    /// Name endings of files that folder scans pass over: partial downloads and editor scratch files that
    /// a copy into the inbox leaves behind for a moment. An explicitly named file is never ignored.
    /// Suffixes configured under <c>Ingestion:IgnoredSuffixes</c> are added to these.
    /// </summary>
    public string[] IgnoredSuffixes { get; set; } = [".tmp", ".part", ".partial", ".crdownload", ".swp", "~"];

    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(InboxPath)) yield return "Ingestion:InboxPath must not be empty";
        if (MaxDocumentBytes <= 0) yield return "Ingestion:MaxDocumentBytes must be positive";
        if (DebounceMilliseconds < 0) yield return "Ingestion:DebounceMilliseconds must not be negative";
        if (RescanIntervalMilliseconds < 50) yield return "Ingestion:RescanIntervalMilliseconds must be at least 50";
        if (MaxRelationsPerDocument < 1) yield return "Ingestion:MaxRelationsPerDocument must be at least 1";
        if (MaxParallelism < 1) yield return "Ingestion:MaxParallelism must be at least 1";
    }
}

/// <summary>Configuration section <c>Seeds</c>.</summary>
public sealed class SeedsOptions
{
    public const string Section = "Seeds";

    /// <summary>Relative paths resolve against the working directory, then against the binary's folder.</summary>
    public string Path { get; set; } = "seeds";
}
