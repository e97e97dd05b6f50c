namespace KoreaRussiaGraph.Ingestion.Ingesting;

/// <summary>
/// One lock per document id, approximately: ids hash onto a fixed set of semaphores, so the worker and an
/// API call never interleave their "is it unchanged?" check and write for one document, and memory stays flat.
/// </summary>
internal sealed class StripedLocks
{
    private readonly SemaphoreSlim[] _stripes = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public async Task<IDisposable> AcquireAsync(string key, CancellationToken ct)
    {
        var stripe = _stripes[(StringComparer.Ordinal.GetHashCode(key) & int.MaxValue) % _stripes.Length];
        await stripe.WaitAsync(ct);
        return new Release(stripe);
    }

    private sealed class Release(SemaphoreSlim stripe) : IDisposable
    {
        private int _released;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) stripe.Release();
        }
    }
}
