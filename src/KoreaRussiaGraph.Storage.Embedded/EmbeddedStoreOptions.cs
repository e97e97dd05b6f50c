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

    /// <summary>
    /// For tests: runs just after a document's transaction committed, before the index learns of it, with the write's
    /// cancellation token (a test cancels it here to stand for a client that goes away at the worst moment).
    /// </summary>
    public Action<string, CancellationToken>? AfterCommit { get; set; }

    /// <summary>
    /// How often the store looks for commits made by other processes (krg ingest beside a running serve) and brings
    /// its index up to date with them; the same check repairs an index update that once failed. Zero turns it off.
    /// </summary>
    public TimeSpan ChangePollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Relation payloads (quote, details, citation...) kept in memory at most, most recently read ones; the rest are read
    /// from the file when a query returns them. About 0.5 KB each. Payloads are read only for relations a client shows
    /// (the API asks for outlines and reads quotes for at most maxEdges relations of an answer) and for exports, so
    /// 32,768 (about 20 MB) holds dozens of full answers.
    /// </summary>
    public int PayloadCacheSize { get; set; } = 1 << 15;

    /// <summary>
    /// Keep the index in a snapshot file next to the store file (<c>graph.db.index</c>), written after a rebuild and when
    /// the store is disposed, so the next start reads it instead of every relation row. Used only while it matches the file.
    /// </summary>
    public bool IndexSnapshot { get; set; } = true;

    /// <summary>
    /// Rows per transaction of a bulk import into an empty store (at most; a transaction also ends after 20 s). Large,
    /// because each commit rewrites most of the id index; tests lower it to see a commit with few rows.
    /// </summary>
    internal int EmptyStoreImportTransactionRows { get; set; } = Import.BulkImporter.EmptyStoreTransactionRows;
}
