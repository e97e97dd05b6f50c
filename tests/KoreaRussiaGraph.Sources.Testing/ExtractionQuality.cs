using System.Text.RegularExpressions;

namespace KoreaRussiaGraph.Sources.Testing;

/// <summary>
/// How well extracted text matches the clean article: the share of the article's sentences it keeps, and the
/// share of its own sentences that are not the article's (boilerplate admitted). Sentences are compared with
/// whitespace and quote styles folded, so markup reflow does not count as a loss.
/// </summary>
public static partial class ExtractionQuality
{
    public sealed record Score(int ArticleSentences, int Kept, int ExtractedSentences, int Boilerplate)
    {
        public double KeptShare => ArticleSentences == 0 ? 1 : (double)Kept / ArticleSentences;
        public double BoilerplateShare => ExtractedSentences == 0 ? 0 : (double)Boilerplate / ExtractedSentences;
        public static Score operator +(Score a, Score b) =>
            new(a.ArticleSentences + b.ArticleSentences, a.Kept + b.Kept, a.ExtractedSentences + b.ExtractedSentences, a.Boilerplate + b.Boilerplate);
        public static readonly Score Zero = new(0, 0, 0, 0);
    }

    public static Score Measure(string cleanText, string extractedText)
    {
        var clean = Fold(cleanText);
        var extracted = Fold(extractedText);
        var articleSentences = Sentences(cleanText).ToList();
        var extractedSentences = Sentences(extractedText).ToList();
        return new Score(
            articleSentences.Count, articleSentences.Count(s => extracted.Contains(s, StringComparison.Ordinal)),
            extractedSentences.Count, extractedSentences.Count(s => !clean.Contains(s, StringComparison.Ordinal)));
    }

    /// <summary>The article sentences lost (prefixed "-") and the foreign sentences admitted ("+"), for reports.</summary>
    public static IEnumerable<string> Differences(string cleanText, string extractedText)
    {
        var clean = Fold(cleanText);
        var extracted = Fold(extractedText);
        return Sentences(cleanText).Where(s => !extracted.Contains(s, StringComparison.Ordinal)).Select(s => "-" + s)
            .Concat(Sentences(extractedText).Where(s => !clean.Contains(s, StringComparison.Ordinal)).Select(s => "+" + s));
    }

    public static IEnumerable<string> Sentences(string text) =>
        text.Replace("\r\n", "\n").Split("\n").SelectMany(line => Boundary().Split(line)).Select(Fold).Where(s => s.Length > 0);

    private static string Fold(string text) =>
        string.Join(' ', text.Replace('“', '"').Replace('”', '"').Replace('’', '\'').Replace('‘', '\'')
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"(?<=[.!?][""'”’)]?)\s+(?=[A-Z""“‘(])")]
    private static partial Regex Boundary();
}
