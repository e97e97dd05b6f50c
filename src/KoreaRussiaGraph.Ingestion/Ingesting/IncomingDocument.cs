using System.Text.RegularExpressions;
using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Ingestion.Ingesting;

/// <summary>A document handed over by an API call (the GraphQL mutation <c>ingestDocument</c>): exactly one of Text or Html.</summary>
public sealed partial record IncomingDocument
{
    public const int MaxIdLength = 200;

    public string Id { get; init; } = "";
    public string? Title { get; init; }
    public string? Url { get; init; }
    public string? Outlet { get; init; }

    /// <summary>A partial date: YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    public string? Published { get; init; }

    public string? Text { get; init; }
    public string? Html { get; init; }

    /// <summary>A request to fetch <see cref="Url"/> and ingest the article there: no text, no html. The id is then optional.</summary>
    public bool IsFetch => Text is null && Html is null && Url is not null;

    /// <summary>Everything wrong with the request's shape; content problems (empty, too large) are recorded as a failed document instead.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Id)) { if (!IsFetch) problems.Add("id is required (or give only a url, to fetch the page)"); }
        else if (Id.Length > MaxIdLength) problems.Add($"id is {Id.Length} characters long; at most {MaxIdLength} are allowed");
        else if (!IdShape().IsMatch(Id)) problems.Add($"id \"{Id}\" may hold only letters, digits, '.', '_' and '-', and must start with a letter or digit");

        if (Text is not null && Html is not null) problems.Add("give either text or html, not both");
        else if (Text is null && Html is null && Url is null) problems.Add("give the document's content as text or as html, or a url to fetch");

        if (Published is not null && !PartialDate.TryParse(Published, out _))
            problems.Add($"published \"{Published}\" is not a partial date (YYYY, YYYY-MM or YYYY-MM-DD)");

        if (Url is not null && !(Uri.TryCreate(Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            problems.Add($"url \"{Url}\" is not an absolute http(s) URL");

        return problems;
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex IdShape();
}

/// <summary>An <see cref="IncomingDocument"/> whose shape is wrong; nothing was recorded.</summary>
public sealed class InvalidIncomingDocumentException(IReadOnlyList<string> problems)
    : ArgumentException("invalid document: " + string.Join("; ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
