using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.StoreContract;

namespace KoreaRussiaGraph.Storage.Embedded.Tests;

/// <summary>The shared IGraphStore contract, run on the embedded store with a fresh file per test.</summary>
public sealed class EmbeddedStoreContractTests : GraphStoreContract, IDisposable
{
    private readonly TempStoreFiles _files = new();

    protected override async Task<IGraphStore> CreateEmptyStoreAsync()
    {
        var store = new EmbeddedGraphStore(new EmbeddedStoreOptions { Path = _files.NewPath($"{Guid.NewGuid():N}.db") });
        await store.InitializeAsync();
        return store;
    }

    public void Dispose() => _files.Dispose();
}
