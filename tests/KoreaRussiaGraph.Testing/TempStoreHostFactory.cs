using KoreaRussiaGraph.Core.Ports;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KoreaRussiaGraph.Testing;

/// <summary>
/// The real krg host on a fresh embedded store in a temp folder. With no seeds folder (the default), the graph is
/// whatever a test writes; the folder goes when the factory is disposed.
/// </summary>
public class TempStoreHostFactory : WebApplicationFactory<Program>
{
    private readonly string _root = Directory.CreateTempSubdirectory("krg-host-").FullName;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _written;

    protected virtual string SeedsPath => Directory.CreateDirectory(Path.Combine(_root, "no-seeds")).FullName;

    protected virtual IEnumerable<KeyValuePair<string, string>> Settings => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Store:Kind", "embedded");
        builder.UseSetting("Store:Path", Path.Combine(_root, "graph.db"));
        builder.UseSetting("Seeds:Path", SeedsPath);
        builder.UseSetting("Ingestion:InboxPath", Path.Combine(_root, "inbox"));
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    public IGraphStore Store => Services.GetRequiredService<IGraphStore>();

    /// <summary>Writes the test graph once, however many tests of the fixture ask for it at the same time.</summary>
    protected async Task WriteOnceAsync(Func<IGraphStore, Task> write)
    {
        await _gate.WaitAsync();
        try
        {
            if (!_written) await write(Store);
            _written = true;
        }
        finally { _gate.Release(); }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}
