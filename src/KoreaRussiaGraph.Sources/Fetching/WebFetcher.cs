using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace KoreaRussiaGraph.Sources.Fetching;

public enum FetchPurpose { Page, Feed, Robots }

/// <summary>
/// The one way this project reads the web. Every request names the project in its User-Agent, passes its host's
/// gate (concurrency, rate, retries, circuit breaker, timeout; see <see cref="HostGate"/>), asks robots.txt first,
/// follows redirects itself (to catch loops and to check robots.txt on every hop), decompresses gzip/brotli and
/// stops reading at the size limit. It never throws for what a server does: every failure comes back as a
/// <see cref="FetchProblem"/>.
/// </summary>
public sealed class WebFetcher : IDisposable
{
    private readonly SourcesOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly HttpClient _client;
    private readonly ConcurrentDictionary<string, HostGate> _gates = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, (Task<RobotsVerdict> Rules, DateTimeOffset Expires)> _robots = new(StringComparer.OrdinalIgnoreCase);
    private readonly string _productToken;
    private long _requests;

    public WebFetcher(SourcesOptions options, ILogger<WebFetcher>? logger = null, TimeProvider? time = null, HttpMessageHandler? handler = null)
    {
        var problems = options.Problems().ToList();
        if (problems.Count > 0) throw new ArgumentException(string.Join("; ", problems), nameof(options));
        _options = options;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _time = time ?? TimeProvider.System;
        _client = new HttpClient(handler ?? new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(Math.Min(10, options.TimeoutSeconds)),
        })
        {
            Timeout = Timeout.InfiniteTimeSpan, // the host gate's Polly timeout governs each attempt
        };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        _productToken = options.UserAgent.Split('/', ' ')[0];
    }

    /// <summary>HTTP requests sent so far, robots.txt and retries included (for status, tests and benchmarks).</summary>
    public long Requests => Interlocked.Read(ref _requests);

    public async Task<FetchResult> GetAsync(Uri uri, FetchPurpose purpose, Validators? conditional, CancellationToken ct)
    {
        var current = uri;
        var visited = new HashSet<string>(StringComparer.Ordinal) { uri.AbsoluteUri };
        for (var hop = 0; ; hop++)
        {
            if (purpose != FetchPurpose.Robots && _options.RespectRobotsTxt)
            {
                var verdict = await RobotsAsync(current, ct);
                if (verdict.Problem is not null) return FetchResult.Failed(uri, current, verdict.Problem);
                if (!verdict.Rules.Allows(current))
                    return FetchResult.Failed(uri, current, new FetchProblem(FetchProblems.Disallowed, $"{FetchProblems.Disallowed}: {current.GetLeftPart(UriPartial.Authority)}/robots.txt disallows {current.PathAndQuery} for {_productToken}"));
            }

            BufferedResponse response;
            try { response = await SendAsync(current, purpose, hop == 0 ? conditional : null, ct); }
            catch (Exception e) when (Problem(e, current) is { } problem)
            {
                return FetchResult.Failed(uri, current, problem);
            }

            using (response.Headers)
            {
                var status = (int)response.Status;
                if (status is >= 300 and < 400 && response.Status != HttpStatusCode.NotModified && response.Headers.Headers.Location is { } location)
                {
                    var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                    if (!WebAddress.TryParse(next.AbsoluteUri, out next))
                        return FetchResult.Failed(uri, current, new FetchProblem(FetchProblems.HttpError, $"{FetchProblems.HttpError}: {current} redirects to {location}, which is not http(s)"), status);
                    if (!visited.Add(next.AbsoluteUri))
                        return FetchResult.Failed(uri, current, new FetchProblem(FetchProblems.RedirectLoop, $"{FetchProblems.RedirectLoop}: {current} redirects back to {next} after {hop + 1} hop(s)"), status);
                    if (hop + 1 > _options.MaxRedirects)
                        return FetchResult.Failed(uri, current, new FetchProblem(FetchProblems.TooManyRedirects, $"{FetchProblems.TooManyRedirects}: more than {_options.MaxRedirects} from {uri} (Sources:MaxRedirects)"), status);
                    current = next;
                    continue;
                }
                return Finish(uri, current, purpose, response);
            }
        }
    }

    private FetchResult Finish(Uri requested, Uri final, FetchPurpose purpose, BufferedResponse response)
    {
        var status = (int)response.Status;
        var headers = response.Headers;
        var validators = new Validators(headers.Headers.ETag?.ToString(), headers.Content.Headers.LastModified?.ToString("R"));
        if (response.Status == HttpStatusCode.NotModified)
            return new FetchResult(requested, final, status, [], null, null, validators, null, NotModified: true);
        if (response.Status is HttpStatusCode.NotFound or HttpStatusCode.Gone)
            return FetchResult.Failed(requested, final, new FetchProblem(FetchProblems.NotFound, $"{FetchProblems.NotFound}: {final} answered {status} {headers.ReasonPhrase}"), status);
        if (status is < 200 or >= 300)
            return FetchResult.Failed(requested, final, new FetchProblem(FetchProblems.HttpError, $"{FetchProblems.HttpError}: {final} answered {status} {headers.ReasonPhrase}", HostGate.IsTransientStatus(response.Status)), status);
        if (response.Oversized)
        {
            var size = response.DeclaredLength is { } declared ? $"{declared:N0} bytes" : $"more than {_options.MaxBodyBytes:N0} bytes";
            return FetchResult.Failed(requested, final, new FetchProblem(FetchProblems.Oversized, $"{FetchProblems.Oversized}: {final} sent {size}; the limit is {_options.MaxBodyBytes:N0} (Sources:MaxBodyBytes)"), status);
        }
        var mediaType = headers.Content.Headers.ContentType?.MediaType?.ToLowerInvariant();
        if (purpose == FetchPurpose.Page && !IsHtml(mediaType, response.Body))
            return FetchResult.Failed(requested, final, new FetchProblem(FetchProblems.NotHtml, $"{FetchProblems.NotHtml}: {final} is {mediaType ?? "of no declared type"}, not an HTML page"), status);
        return new FetchResult(requested, final, status, response.Body, mediaType, headers.Content.Headers.ContentType?.CharSet, validators, null);
    }

    private async Task<BufferedResponse> SendAsync(Uri uri, FetchPurpose purpose, Validators? conditional, CancellationToken ct)
    {
        var gate = _gates.GetOrAdd(uri.Authority, host => new HostGate(host, _options, _logger, _time));
        return await gate.SendAsync(async token =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.Accept.ParseAdd(purpose switch
            {
                FetchPurpose.Page => "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
                FetchPurpose.Feed => "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5",
                _ => "text/plain,*/*;q=0.5",
            });
            if (conditional?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag)) request.Headers.IfNoneMatch.Add(tag);
            if (conditional?.LastModified is { } modified && DateTimeOffset.TryParse(modified, out var since)) request.Headers.IfModifiedSince = since;
            Interlocked.Increment(ref _requests);
            var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token);
            try
            {
                var declared = response.Content.Headers.ContentLength;
                if (declared > _options.MaxBodyBytes) return new BufferedResponse(response.StatusCode, response, [], true, declared);
                var (body, oversized) = await ReadCappedAsync(response.Content, _options.MaxBodyBytes, token);
                return new BufferedResponse(response.StatusCode, response, body, oversized, declared);
            }
            catch
            {
                response.Dispose();
                throw;
            }
        }, ct);
    }

    private static async Task<(byte[] Body, bool Oversized)> ReadCappedAsync(HttpContent content, long max, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > max) return ([], true);
            buffer.Write(chunk, 0, read);
        }
        return (buffer.ToArray(), false);
    }

    private async Task<RobotsVerdict> RobotsAsync(Uri uri, CancellationToken ct)
    {
        var site = uri.GetLeftPart(UriPartial.Authority);
        var now = _time.GetUtcNow();
        var entry = _robots.AddOrUpdate(site,
            _ => (LoadRobotsAsync(site), now.AddMinutes(_options.RobotsCacheMinutes)),
            (_, old) => old.Expires > now ? old : (LoadRobotsAsync(site), now.AddMinutes(_options.RobotsCacheMinutes)));
        return await entry.Rules.WaitAsync(ct);
    }

    private async Task<RobotsVerdict> LoadRobotsAsync(string site)
    {
        var robots = new Uri(site + "/robots.txt");
        var result = await GetAsync(robots, FetchPurpose.Robots, null, CancellationToken.None);
        if (result.Succeeded)
        {
            var rules = RobotsRules.Parse(TextDecoding.Decode(result.Body, result.Charset), _productToken);
            if (rules.CrawlDelay is { } delay)
                _gates.GetOrAdd(robots.Authority, host => new HostGate(host, _options, _logger, _time)).HonourCrawlDelay(delay, _options.PerHostRequestsPerSecond);
            return new RobotsVerdict(rules, null);
        }
        // RFC 9309 §2.3.1: a missing robots.txt (4xx) allows everything; an unreachable one (5xx, network) allows nothing
        // until it answers, so the verdict is forgotten soon.
        if (result.StatusCode is >= 400 and < 500) return new RobotsVerdict(RobotsRules.AllowAll, null);
        _robots.TryRemove(site, out _);
        return result.Problem!.Kind is FetchProblems.Unreachable or FetchProblems.Timeout or FetchProblems.CircuitOpen
            ? new RobotsVerdict(RobotsRules.DisallowAll, result.Problem)
            : new RobotsVerdict(RobotsRules.DisallowAll, new FetchProblem(FetchProblems.Disallowed,
                $"{FetchProblems.Disallowed}: {robots} could not be read ({result.Problem.Message}); RFC 9309 treats the site as disallowed until it can", Transient: true));
    }

    private sealed record RobotsVerdict(RobotsRules Rules, FetchProblem? Problem);

    private FetchProblem? Problem(Exception e, Uri uri) => e switch
    {
        BrokenCircuitException => new FetchProblem(FetchProblems.CircuitOpen,
            $"{FetchProblems.CircuitOpen}: {uri.Authority} failed repeatedly; its requests fail fast for up to {_options.BreakerBreakSeconds} s", Transient: true),
        TimeoutRejectedException => new FetchProblem(FetchProblems.Timeout,
            $"{FetchProblems.Timeout}: {uri} did not answer within {_options.TimeoutSeconds} s, {_options.RetryCount + 1} attempt(s)", Transient: true),
        HttpRequestException h => new FetchProblem(FetchProblems.Unreachable,
            $"{FetchProblems.Unreachable}: {uri.Authority} ({h.HttpRequestError}: {h.Message}) after {_options.RetryCount + 1} attempt(s)", Transient: true),
        IOException io => new FetchProblem(FetchProblems.Unreachable,
            $"{FetchProblems.Unreachable}: the connection to {uri.Authority} broke while the answer was read ({io.Message}) after {_options.RetryCount + 1} attempt(s)", Transient: true),
        _ => null,
    };

    private static bool IsHtml(string? mediaType, byte[] body) => mediaType switch
    {
        "text/html" or "application/xhtml+xml" => true,
        null => TextDecoding.LooksLikeHtml(body), // no Content-Type: sniff, as browsers do
        _ => false,
    };

    public void Dispose()
    {
        _client.Dispose();
        foreach (var gate in _gates.Values) gate.Dispose();
    }
}
