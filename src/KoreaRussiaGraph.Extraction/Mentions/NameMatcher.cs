using KoreaRussiaGraph.Extraction.Text;

namespace KoreaRussiaGraph.Extraction.Mentions;

/// <summary>
/// Longest-match lookup of gazetteer forms over a sentence's words. Hyphens are skipped so "Kim Jong-un"
/// meets "Kim Jong Un"; the first word must match in case ("US" is not "us"), the rest need not.
/// </summary>
public sealed class NameMatcher
{
    private readonly Dictionary<string, List<(string[] Words, NameEntry Entry)>> _byFirstWord = new(StringComparer.OrdinalIgnoreCase);

    public NameMatcher(IEnumerable<NameEntry> entries)
    {
        foreach (var e in entries)
        {
            var words = Tokenizer.Tokenize(e.Text).Where(t => !t.IsHyphen).Select(t => t.Text).ToArray();
            if (words.Length == 0) continue;
            if (!_byFirstWord.TryGetValue(words[0], out var list)) _byFirstWord[words[0]] = list = [];
            list.Add((words, e));
        }
        foreach (var list in _byFirstWord.Values) list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    /// <summary>Every entry of the longest form matching at token <paramref name="start"/>, with the exclusive end token.</summary>
    public (IReadOnlyList<NameEntry> Entries, int End) Match(IReadOnlyList<Token> tokens, int start)
    {
        if (!_byFirstWord.TryGetValue(tokens[start].Text, out var candidates)) return ([], start);
        foreach (var group in candidates.GroupBy(c => c.Words.Length))
        {
            var matched = new List<NameEntry>();
            var end = start;
            foreach (var (words, entry) in group)
            {
                var at = MatchAt(tokens, start, words);
                if (at > 0) { matched.Add(entry); end = at; }
            }
            if (matched.Count > 0) return (matched, end);
        }
        return ([], start);
    }

    private static int MatchAt(IReadOnlyList<Token> tokens, int start, string[] words)
    {
        var i = start;
        for (var w = 0; w < words.Length; w++)
        {
            while (w > 0 && i < tokens.Count && tokens[i].IsHyphen) i++;
            // "Vladimir V. Putin": a middle initial the alias leaves out
            if (w > 0 && i + 1 < tokens.Count && IsInitial(tokens[i]) && !string.Equals(tokens[i].Text, words[w], StringComparison.Ordinal))
                i += tokens[i + 1].Text == "." ? 2 : 1;
            if (i >= tokens.Count) return -1;
            var caseSensitive = w == 0 && !words[0].Equals("the", StringComparison.OrdinalIgnoreCase);
            if (!string.Equals(tokens[i].Text, words[w], caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase)
                && !(tokens[i].IsPossessiveMarker && IsApostropheForm(words[w]))) return -1; // "People’s" and "People's" are one name
            i++;
        }
        // A name does not end inside a longer word run: "Korea" must not match the start of "Koreans".
        return i;
    }

    private static bool IsInitial(Token t) => t.Text.Length is 1 or 2 && char.IsUpper(t.Text[0]) && (t.Text.Length == 1 || t.Text[1] == '.');

    private static bool IsApostropheForm(string word) => word is "'s" or "’s" or "'" or "’";
}
