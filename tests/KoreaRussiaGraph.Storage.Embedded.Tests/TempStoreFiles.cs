namespace KoreaRussiaGraph.Storage.Embedded.Tests;

/// <summary>A throwaway folder per test for SQLite files (and their -wal/-shm companions).</summary>
internal sealed class TempStoreFiles : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("krg-store-").FullName;

    public string NewPath(string name = "graph.db") => System.IO.Path.Combine(Folder, name);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { /* a pooled handle can outlive the test by a moment; the OS temp folder is cleaned anyway */ }
    }
}
