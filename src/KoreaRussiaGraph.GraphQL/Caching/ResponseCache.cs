using System.Collections.Concurrent;
using System.Text;
using KoreaRussiaGraph.Core.Ports;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Net.Http.Headers;

namespace KoreaRussiaGraph.GraphQL.Caching;

/// <summary>An answer as it went over the wire, with the cost it was priced at (for the metrics of a replay).</summary>
public sealed record CachedResponse(byte[] Body, int StatusCode, string ContentType, double? Cost);

/// <param name="Key">Null when the request is not cached at all.</param>
/// <param name="Keep">Whether the client lets its answer be kept.</param>
/// <param name="Hit">The kept answer to replay, if any.</param>
/// <param name="Pending">The answer an identical request is computing right now, to wait for instead of computing it
/// again; it comes back null when that answer cannot be replayed (errors), and then this request computes its own.</param>
/// <param name="Flight">Set when this request computes the answer others wait for; <see cref="ResponseCache.Finish"/> releases them.</param>
public readonly record struct CacheLookup(string? Key, bool Keep, CachedResponse? Hit,
    Task<CachedResponse?>? Pending = null, TaskCompletionSource<CachedResponse?>? Flight = null)
{
    public static CacheLookup None => new(null, false, null);
}

/// <summary>
/// Whole answers to read-only operations, replayed byte for byte when the same request comes again and nothing in
/// the store has changed since: front-ends poll the same few queries, and every answer of this API is a function
/// of the request and the store's contents. Keys hold the store's <see cref="IGraphStore.Generation"/>, which moves
/// once a write is visible to readers, so no answer computed before a completed write is replayed after it.
/// A store that cannot tell when it changes (Neo4j: other processes may write) gets no caching.
/// Bounded in bytes by Microsoft's MemoryCache; entries of earlier generations are dropped when the store moves on.
/// </summary>
public sealed class ResponseCache : IDisposable
{
    /// <summary>Set in the user context by a resolver whose answer depends on state outside the store: that answer is neither kept nor given an ETag.</summary>
    public const string OutsideTheStoreKey = "krg.answer-outside-the-store";

    private readonly ResponseCacheOptions _options;
    private readonly IGraphStore _store;
    private readonly string[] _varyByHeaders;
    private readonly MemoryCache _entries;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<CachedResponse?>> _inFlight = new(StringComparer.Ordinal);
    private long _generationSeen = long.MinValue;

    /// <param name="varyByHeaders">Request headers that change an answer (the cost header adds <c>extensions.cost</c>).</param>
    public ResponseCache(ResponseCacheOptions options, IGraphStore store, IEnumerable<string> varyByHeaders)
    {
        _options = options;
        _store = store;
        _varyByHeaders = varyByHeaders.ToArray();
        _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.MaxBytes) });
    }

    /// <summary>
    /// The cache's view of one request: its key (none when caching is off, the store has no generations, or the
    /// request text is longer than <see cref="ResponseCacheOptions.MaxRequestCharacters"/>), whether the client lets
    /// the answer be kept, and the kept answer when there is one it lets be replayed.
    /// </summary>
    /// <param name="requestText">Everything the client sent that names the operation: the POST body or the GET query string.</param>
    public CacheLookup Lookup(HttpRequest request, string mediaType, string requestText)
    {
        if (_options.MaxBytes <= 0 || requestText.Length > _options.MaxRequestCharacters || _store.Generation is not { } generation)
            return CacheLookup.None;
        DropEarlierGenerations(generation);
        var key = new StringBuilder(requestText.Length + 96)
            .Append(generation).Append('\n').Append(request.Method).Append('\n').Append(mediaType).Append('\n');
        foreach (var header in _varyByHeaders) key.Append(request.Headers[header].ToString()).Append('\n');
        var keyText = key.Append(requestText).ToString();

        var (replay, keep) = ClientAllows(request);
        if (!replay) return new CacheLookup(keyText, keep, null);
        if (_entries.TryGetValue(keyText, out CachedResponse? kept) && kept is not null) return new CacheLookup(keyText, keep, kept);

        // A write empties the cache for every polling client at once; the first of identical requests computes the
        // answer and the others wait for it rather than all computing the same thing on the same cores.
        var flight = new TaskCompletionSource<CachedResponse?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var leader = _inFlight.GetOrAdd(keyText, flight);
        return leader == flight
            ? new CacheLookup(keyText, keep, null, Flight: flight)
            : new CacheLookup(keyText, keep, null, Pending: leader.Task);
    }

    /// <summary>
    /// What the client's Cache-Control allows: <c>no-cache</c> asks for a freshly computed answer (which then
    /// replaces the kept one), <c>no-store</c> for one that is computed and not kept.
    /// </summary>
    private static (bool Replay, bool Keep) ClientAllows(HttpRequest request)
    {
        var header = request.Headers.CacheControl.ToString();
        if (header.Length == 0 || !CacheControlHeaderValue.TryParse(header, out var directives) || directives is null) return (true, true);
        return (!directives.NoCache && !directives.NoStore, !directives.NoStore);
    }

    /// <summary>Keeps a clean answer and hands it to the identical requests waiting for it.</summary>
    public void Store(CacheLookup lookup, CachedResponse response)
    {
        if (lookup.Key is not { } key) return;
        if (response.Body.Length <= _options.MaxEntryBytes)
            _entries.Set(key, response, new MemoryCacheEntryOptions { Size = response.Body.Length + key.Length * sizeof(char) });
        Finish(lookup, response);
    }

    /// <summary>Ends the request's computation: those waiting get its answer, or null (compute your own) when there is none to share.</summary>
    public void Finish(CacheLookup lookup, CachedResponse? response = null)
    {
        if (lookup is not { Key: { } key, Flight: { } flight }) return;
        _inFlight.TryRemove(new KeyValuePair<string, TaskCompletionSource<CachedResponse?>>(key, flight));
        flight.TrySetResult(response);
    }

    private void DropEarlierGenerations(long generation)
    {
        var seen = Interlocked.Read(ref _generationSeen);
        if (seen == generation || Interlocked.CompareExchange(ref _generationSeen, generation, seen) != seen) return;
        _entries.Clear();
    }

    public void Dispose() => _entries.Dispose();
}

/// <summary>Section <c>GraphQL:ResponseCache</c>.</summary>
public sealed class ResponseCacheOptions
{
    /// <summary>Total bytes of answers kept (keys included); 0 turns the cache off.</summary>
    public long MaxBytes { get; set; } = 128L * 1024 * 1024;

    /// <summary>Largest single answer kept; bigger ones are always computed.</summary>
    public int MaxEntryBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Longest request text (body or query string) that is looked up at all.</summary>
    public int MaxRequestCharacters { get; set; } = 16_384;
}
