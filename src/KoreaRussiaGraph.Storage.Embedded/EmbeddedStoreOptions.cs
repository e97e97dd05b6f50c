namespace KoreaRussiaGraph.Storage.Embedded;

/// <summary>Where the embedded store keeps its SQLite file, plus a crash-safety hook for tests.</summary>
public sealed class EmbeddedStoreOptions
{
    /// <summary>The SQLite file; its folder is created when missing.</summary>
    public string Path { get; set; } = "data/graph.db";

    /// <summary>
    /// Runs inside a document's write transaction just before commit, with the document id.
    /// Throwing from it rolls the whole document back (and the in-memory index never sees it).
    /// </summary>
    public Func<string, CancellationToken, Task>? BeforeCommit { get; set; }
}
