using System.Net;
using System.Text;

namespace KoreaRussiaGraph.Core.Querying;

/// <summary>
/// The snippet of a search hit, made the same way for both stores: the matched text (a sentence, a title, a name and
/// its aliases) HTML-escaped, cut to a window around the first match when long, with every word the query names
/// (or starts, for a prefix) inside &lt;mark&gt;…&lt;/mark&gt;.
/// </summary>
public static class SearchSnippet
{
    public const int MaxLength = 240;

    /// <summary>The text an actor hit shows: its name, then its aliases in parentheses.</summary>
    public static string NamesOf(KoreaRussiaGraph.Core.Model.Actor actor) =>
        actor.Aliases.Count == 0 ? actor.Name : $"{actor.Name} ({string.Join(", ", actor.Aliases)})";

    public static string Mark(string text, SearchExpression expression)
    {
        var exact = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var prefixes = new List<string>();
        Collect(expression, exact, prefixes);

        var words = Words(text).ToList();
        bool IsMatch((int Start, int Length) w)
        {
            var word = text.AsSpan(w.Start, w.Length);
            if (exact.Contains(word.ToString())) return true;
            foreach (var prefix in prefixes)
                if (word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }

        var (from, to) = (0, text.Length);
        if (text.Length > MaxLength)
        {
            var first = words.FirstOrDefault(IsMatch);
            from = Math.Max(0, Math.Min(first.Start - MaxLength / 3, text.Length - MaxLength));
            to = Math.Min(text.Length, from + MaxLength);
            // Whole words only at the cut ends.
            while (from > 0 && from < to && char.IsLetterOrDigit(text[from - 1])) from++;
            while (to < text.Length && to > from && char.IsLetterOrDigit(text[to])) to--;
        }

        var b = new StringBuilder();
        if (from > 0) b.Append('…');
        var at = from;
        foreach (var w in words)
        {
            if (w.Start < from || w.Start + w.Length > to || !IsMatch(w)) continue;
            b.Append(WebUtility.HtmlEncode(text[at..w.Start])).Append("<mark>").Append(WebUtility.HtmlEncode(text.Substring(w.Start, w.Length))).Append("</mark>");
            at = w.Start + w.Length;
        }
        b.Append(WebUtility.HtmlEncode(text[at..to]));
        if (to < text.Length) b.Append('…');
        return b.ToString();
    }

    private static void Collect(SearchExpression e, HashSet<string> exact, List<string> prefixes)
    {
        switch (e)
        {
            case SearchExpression.Term t when t.Prefix:
                prefixes.AddRange(Words(t.Text).Select(w => t.Text.Substring(w.Start, w.Length)));
                break;
            case SearchExpression.Term t:
                foreach (var w in Words(t.Text)) exact.Add(t.Text.Substring(w.Start, w.Length));
                break;
            case SearchExpression.Phrase p:
                foreach (var word in p.Words)
                foreach (var w in Words(word)) exact.Add(word.Substring(w.Start, w.Length));
                break;
            case SearchExpression.And a:
                Collect(a.Left, exact, prefixes);
                Collect(a.Right, exact, prefixes);
                break;
            case SearchExpression.Or o:
                Collect(o.Left, exact, prefixes);
                Collect(o.Right, exact, prefixes);
                break;
        }
    }

    /// <summary>Runs of letters and digits: what both full-text indexes treat as words.</summary>
    private static IEnumerable<(int Start, int Length)> Words(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            if (i > start) yield return (start, i - start);
        }
    }
}
