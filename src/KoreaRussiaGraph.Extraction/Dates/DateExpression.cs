using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Extraction.Dates;

/// <summary>A date phrase in a sentence (token span) and the partial date it resolves to, or null when the publication date is needed but unknown.</summary>
public sealed record DateExpression(int First, int Last, string Text, PartialDate? Value, string How)
{
    /// <summary>"April 24-26": a range of days within one month; <see cref="Value"/> is its first day, and what happened
    /// somewhere inside it is known only to the month.</summary>
    public PartialDate? SpanMonth { get; init; }
}
