using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Ingestion.Documents;
using KoreaRussiaGraph.Ingestion.Ingesting;
using KoreaRussiaGraph.Sources.Fetching;
using KoreaRussiaGraph.Sources.Pages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KoreaRussiaGraph.Sources.Ingesting;

/// <summary>What the caller already knows about a page; each given value wins over what the page says.</summary>
public sealed record PageHints(string? Id = null, string? Title = null, string? Outlet = null, PartialDate? Published = null, DateTimeOffset? FeedDate = null);

/// <summary>One page: the ingestion outcome, the canonical address it was stored under, and the fetch problem when there was one.</summary>
public sealed record PageOutcome(IngestOutcome Outcome, Uri Requested, Uri? Canonical, FetchProblem? Problem)
{
    /// <summary>Worth another attempt later (network, timeout, 5xx, open circuit).</summary>
    public bool Transient => Problem?.Transient == true || Outcome.Transient;
}

/// <summary>
/// Fetches pages and ingests their articles through the same <see cref="DocumentIngestor"/> as files: the
/// stored text is the extracted article (title, then its paragraphs), the id comes from the canonical address, so
/// one article reached by two addresses is one document. A page that cannot be fetched or holds no article is
/// recorded as a failed document with the reason, and never stops the other pages of a batch.
/// </summary>
public sealed class WebPageIngestor(WebFetcher fetcher, DocumentIngestor ingestor, SourcesOptions options, ILogger<WebPageIngestor>? logger = null)
{
    /// <summary>Fewer characters of prose than this, title aside, is a page without an article (a landing page, a paywall stub).</summary>
    public const int MinArticleCharacters = 200;

    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    public WebFetcher Fetcher => fetcher;

    public async Task<PageOutcome> IngestAsync(Uri url, PageHints? hints, bool keepRelations, CancellationToken ct)
    {
        hints ??= new PageHints();
        FetchResult fetched;
        try { fetched = await fetcher.GetAsync(url, FetchPurpose.Page, null, ct); }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Whatever a server managed to make the fetcher throw, it costs this page only.
            _logger.LogWarning(e, "Fetching {Url} failed unexpectedly", url);
            return await FailAsync(url, url, hints, new FetchProblem(FetchProblems.HttpError, $"{FetchProblems.HttpError}: fetching {url} failed ({e.Message})", Transient: true), keepRelations, ct);
        }
        if (!fetched.Succeeded)
            return await FailAsync(url, fetched.Final, hints, fetched.Problem!, keepRelations, ct);

        WebArticle article;
        try { article = PageReader.Read(fetched.Body, fetched.Charset, fetched.Final, hints.FeedDate); }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A page the parser or the content scorer chokes on is one failed document, not a failed batch.
            _logger.LogWarning(e, "Page {Url} could not be read", fetched.Final);
            return await FailAsync(url, fetched.Final, hints, new FetchProblem(FetchProblems.NoArticleText, $"{FetchProblems.NoArticleText}: the page could not be read ({e.Message})"), keepRelations, ct);
        }

        var prose = article.Blocks.Where(b => b != article.Title).Sum(b => b.Length);
        if (prose < MinArticleCharacters)
            return await FailAsync(url, article.Canonical, hints with { Title = hints.Title ?? article.Title },
                new FetchProblem(FetchProblems.NoArticleText, $"{FetchProblems.NoArticleText}: {fetched.Final} holds {prose} characters of prose outside its title; at least {MinArticleCharacters} make an article"),
                keepRelations, ct);

        var text = article.Text;
        var bytes = Encoding.UTF8.GetBytes(text);
        var metadata = new DocumentMetadata(
            Title: hints.Title ?? article.Title,
            Url: article.Canonical.AbsoluteUri,
            Outlet: hints.Outlet ?? article.Outlet,
            Published: hints.Published ?? article.Published,
            PublishedBasis: hints.Published is not null ? "given with the request" : article.PublishedBasis);
        var id = hints.Id ?? WebAddress.DocumentId(article.Canonical);
        var candidate = new DocumentCandidate(id, DocumentFormats.Text, Convert.ToHexStringLower(SHA256.HashData(bytes)), fetched.Body.LongLength, text, metadata, null, url.AbsoluteUri);
        var outcome = await ingestor.IngestCandidateAsync(candidate, keepRelations, ct);
        return new PageOutcome(outcome, url, article.Canonical, null);
    }

    /// <summary>
    /// Ingests many pages, <see cref="SourcesOptions.MaxParallelPages"/> at once (each host still within its own limits),
    /// reporting each outcome as it lands. The report keeps the order of <paramref name="urls"/>.
    /// </summary>
    public async Task<(BatchReport Report, IReadOnlyList<PageOutcome> Pages)> IngestManyAsync(
        IReadOnlyList<Uri> urls, IProgress<IngestOutcome>? progress, CancellationToken ct, Func<Uri, PageHints?>? hints = null)
    {
        var clock = Stopwatch.StartNew();
        var pages = new PageOutcome[urls.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, urls.Count),
            new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelPages, CancellationToken = ct },
            async (i, token) =>
            {
                pages[i] = await IngestAsync(urls[i], hints?.Invoke(urls[i]), keepRelations: false, token);
                progress?.Report(pages[i].Outcome);
            });
        return (new BatchReport(pages.Select(p => p.Outcome).ToList(), clock.Elapsed), pages);
    }

    private async Task<PageOutcome> FailAsync(Uri requested, Uri final, PageHints hints, FetchProblem problem, bool keepRelations, CancellationToken ct)
    {
        var metadata = new DocumentMetadata(Title: hints.Title, Url: requested.AbsoluteUri, Outlet: hints.Outlet, Published: hints.Published);
        var id = hints.Id ?? WebAddress.DocumentId(requested);
        var candidate = new DocumentCandidate(id, DocumentFormats.Html, "", 0, null, metadata, problem.Message, requested.AbsoluteUri);
        var outcome = await ingestor.IngestCandidateAsync(candidate, keepRelations, ct);
        _logger.LogInformation("Page {Url} (final {Final}) not ingested: {Problem}", requested, final, problem.Message);
        return new PageOutcome(outcome, requested, null, problem);
    }
}
