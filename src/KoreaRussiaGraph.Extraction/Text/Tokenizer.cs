using System.Text.RegularExpressions;

namespace KoreaRussiaGraph.Extraction.Text;

/// <summary>
/// Splits text into words and marks. Dotted abbreviations (U.S., U.N.) stay whole; the possessive 's and
/// the negation n't are tokens of their own so rules can see them; a hyphen is its own token so
/// "Kim Jong-un" and "Kim Jong Un" meet on the same words.
/// </summary>
public static partial class Tokenizer
{
    [GeneratedRegex(@"(?:\p{Lu}\.){2,}|\d+(?:[.,]\d+)*|\p{L}+(?=n['’]t\b)|n['’]t\b|['’]s\b|[\p{L}\p{M}]+|\S", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    public static IReadOnlyList<Token> Tokenize(string text, int offset = 0) =>
        TokenPattern().Matches(text).Select(m => new Token(m.Value, offset + m.Index, offset + m.Index + m.Length)).ToArray();
}
