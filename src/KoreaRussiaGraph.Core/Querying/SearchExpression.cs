using System.Text;

namespace KoreaRussiaGraph.Core.Querying;

/// <summary>
/// The search syntax both stores accept (issue 18), parsed once here so they agree on what a query means and
/// refuse the same malformed ones with the same message: words (all must match), "quoted phrases", prefixes
/// (<c>sanction*</c>), AND and OR (upper case; AND binds tighter, adjacent terms are ANDed) and parentheses.
/// It is rendered to SQLite FTS5 (<see cref="ToFts5"/>) and to Lucene for Neo4j's full-text indexes (<see cref="ToLucene"/>).
/// </summary>
public abstract record SearchExpression
{
    /// <summary>Longest search text accepted anywhere (query, RelationFilter.text, DocumentFilter.text).</summary>
    public const int MaxLength = 500;

    public sealed record Term(string Text, bool Prefix) : SearchExpression;
    public sealed record Phrase(IReadOnlyList<string> Words) : SearchExpression;
    public sealed record And(SearchExpression Left, SearchExpression Right) : SearchExpression;
    public sealed record Or(SearchExpression Left, SearchExpression Right) : SearchExpression;

    /// <exception cref="GraphQueryException">INVALID_SEARCH naming the problem and its position.</exception>
    public static SearchExpression Parse(string text, string argument = "query")
    {
        if (text.Length > MaxLength)
            throw new GraphQueryException("BOUND_EXCEEDED", $"'{argument}' is {text.Length} characters long; at most {MaxLength} are accepted.",
                new Dictionary<string, object?> { ["bound"] = argument, ["length"] = text.Length, ["max"] = MaxLength });
        return new Parser(text, argument).ParseAll();
    }

    public string ToFts5() => this switch
    {
        Term t => Quote(t.Text) + (t.Prefix ? "*" : ""),
        Phrase p => Quote(string.Join(' ', p.Words)),
        And a => $"({a.Left.ToFts5()} AND {a.Right.ToFts5()})",
        Or o => $"({o.Left.ToFts5()} OR {o.Right.ToFts5()})",
        _ => throw new InvalidOperationException(),
    };

    // FTS5 strings are double-quoted with inner quotes doubled; inside one nothing is an operator.
    private static string Quote(string s) => "\"" + s.Replace("\"", "\"\"") + "\"";

    public string ToLucene() => this switch
    {
        // Lucene does not analyse wildcard terms, so a prefix is lower-cased here as the index's analyser does words.
        Term t => t.Prefix ? LuceneEscape(t.Text.ToLowerInvariant()) + "*" : LuceneEscape(t.Text),
        Phrase p => "\"" + string.Join(' ', p.Words.Select(w => w.Replace("\\", "\\\\").Replace("\"", "\\\""))) + "\"",
        And a => $"({a.Left.ToLucene()} AND {a.Right.ToLucene()})",
        Or o => $"({o.Left.ToLucene()} OR {o.Right.ToLucene()})",
        _ => throw new InvalidOperationException(),
    };

    private static string LuceneEscape(string s)
    {
        var b = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if ("+-&|!(){}[]^\"~*?:\\/".Contains(c)) b.Append('\\');
            b.Append(c);
        }
        return b.ToString();
    }

    /// <summary>The words a match must contain, for tests and highlighting: every term and phrase word, lower-cased.</summary>
    public IEnumerable<string> MatchedWords() => this switch
    {
        Term t => [t.Text.ToLowerInvariant()],
        Phrase p => p.Words.Select(w => w.ToLowerInvariant()),
        And a => a.Left.MatchedWords().Concat(a.Right.MatchedWords()),
        Or o => o.Left.MatchedWords().Concat(o.Right.MatchedWords()),
        _ => [],
    };

    private sealed class Parser(string text, string argument)
    {
        private int _at;

        public SearchExpression ParseAll()
        {
            if (string.IsNullOrWhiteSpace(text)) throw Error("is empty; give at least one word");
            var expression = ParseOr();
            SkipSpace();
            if (_at < text.Length) throw Error(text[_at] == ')' ? $"has a ')' without a matching '(' at position {_at + 1}" : $"cannot be read past position {_at + 1}");
            return expression;
        }

        private SearchExpression ParseOr()
        {
            var left = ParseAnd();
            while (TryKeyword("OR")) left = new Or(left, ParseAnd("OR"));
            return left;
        }

        private SearchExpression ParseAnd(string? after = null)
        {
            var left = ParsePrimary(after);
            while (true)
            {
                if (TryKeyword("AND")) { left = new And(left, ParsePrimary("AND")); continue; }
                SkipSpace();
                if (_at >= text.Length || text[_at] == ')' || PeekKeyword("OR")) return left;
                left = new And(left, ParsePrimary());
            }
        }

        private SearchExpression ParsePrimary(string? after = null)
        {
            SkipSpace();
            if (_at >= text.Length) throw Error(after is null ? "ends where a word was expected" : $"ends after {after}; a word must follow it");
            var c = text[_at];
            if (PeekKeyword("AND") || PeekKeyword("OR"))
                throw Error($"has an operator where a word was expected at position {_at + 1}" + (after is null ? "" : $" (after {after})"));
            if (c == '(')
            {
                var open = _at++;
                var inner = ParseOr();
                SkipSpace();
                if (_at >= text.Length || text[_at] != ')') throw Error($"has a '(' at position {open + 1} that is never closed");
                _at++;
                return inner;
            }
            if (c == ')') throw Error($"has a ')' where a word was expected at position {_at + 1}");
            if (c == '"')
            {
                var open = _at++;
                var close = text.IndexOf('"', _at);
                if (close < 0) throw Error($"has a '\"' at position {open + 1} that is never closed");
                var words = WordsOf(text[_at..close]);
                _at = close + 1;
                if (words.Count == 0) throw Error($"has an empty phrase at position {open + 1}");
                return words.Count == 1 ? new Term(words[0], false) : new Phrase(words);
            }
            var start = _at;
            while (_at < text.Length && !char.IsWhiteSpace(text[_at]) && text[_at] is not ('(' or ')' or '"')) _at++;
            var raw = text[start.._at];
            var prefix = raw.EndsWith('*');
            var word = prefix ? raw[..^1] : raw;
            if (word.Contains('*')) throw Error($"has '*' inside '{raw}'; it may only end a word (sanction*)");
            if (!word.Any(char.IsLetterOrDigit)) throw Error($"has '{raw}' at position {start + 1}, which holds no letter or digit");
            return new Term(word, prefix);
        }

        // Words of a phrase: the characters the indexes treat as separators split them too.
        private static List<string> WordsOf(string phrase) =>
            phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(w => w.Any(char.IsLetterOrDigit)).ToList();

        private bool PeekKeyword(string keyword)
        {
            SkipSpace();
            var end = _at + keyword.Length;
            return string.CompareOrdinal(text, _at, keyword, 0, keyword.Length) == 0
                   && (end == text.Length || char.IsWhiteSpace(text[end]) || text[end] is '(' or '"');
        }

        private bool TryKeyword(string keyword)
        {
            if (!PeekKeyword(keyword)) return false;
            _at += keyword.Length;
            return true;
        }

        private void SkipSpace()
        {
            while (_at < text.Length && char.IsWhiteSpace(text[_at])) _at++;
        }

        private GraphQueryException Error(string problem) => new("INVALID_SEARCH",
            $"'{argument}' {problem}. Search syntax: words, \"a phrase\", prefix*, AND, OR, parentheses.",
            new Dictionary<string, object?> { ["argument"] = argument, ["position"] = _at + 1 });
    }
}
