namespace KoreaRussiaGraph.Sources.Fetching;

/// <summary>Why a page or feed could not be used; <see cref="Kind"/> is one of the <see cref="FetchProblems"/> names.</summary>
/// <param name="Transient">A later attempt may succeed (network, timeout, 5xx, open circuit); a feed item failing so is offered again at the next poll.</param>
public sealed record FetchProblem(string Kind, string Message, bool Transient = false)
{
    public override string ToString() => Message;
}

/// <summary>The reasons a fetch fails, as recorded on documents and sources.</summary>
public static class FetchProblems
{
    public const string Unreachable = "unreachable";
    public const string Timeout = "timeout";
    public const string NotFound = "not found";
    public const string HttpError = "http error";
    public const string NotHtml = "not html";
    public const string NotAFeed = "not a feed";
    public const string RedirectLoop = "redirect loop";
    public const string TooManyRedirects = "too many redirects";
    public const string Oversized = "oversized body";
    public const string Disallowed = "disallowed by robots.txt";
    public const string CircuitOpen = "circuit open";
    public const string NoArticleText = "no article text";
}

/// <summary>The validators a server gave, sent back to ask "has it changed?".</summary>
public sealed record Validators(string? ETag, string? LastModified)
{
    public static readonly Validators None = new(null, null);
    public bool Any => ETag is not null || LastModified is not null;
}

/// <summary>One fetch: the body of the final address after redirects, or a 304, or the problem.</summary>
public sealed record FetchResult(
    Uri Requested,
    Uri Final,
    int? StatusCode,
    byte[] Body,
    string? MediaType,
    string? Charset,
    Validators Validators,
    FetchProblem? Problem,
    bool NotModified = false)
{
    public bool Succeeded => Problem is null && !NotModified;

    public static FetchResult Failed(Uri requested, Uri final, FetchProblem problem, int? status = null) =>
        new(requested, final, status, [], null, null, Validators.None, problem);
}
