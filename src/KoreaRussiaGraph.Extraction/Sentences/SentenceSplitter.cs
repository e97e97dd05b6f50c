using KoreaRussiaGraph.Extraction.Documents;
using KoreaRussiaGraph.Extraction.Text;

namespace KoreaRussiaGraph.Extraction.Sentences;

/// <summary>
/// Splits each block at . ! ? followed by a space and a capital or an opening quote, except after a known
/// abbreviation (Mr., Feb.), a dotted abbreviation followed by a lowercase word, or a single initial; and where a
/// lowercase word's full stop (or its closing quote) runs straight into a capitalised word or a bracketed label
/// (a space lost in scraping).
/// Offsets stay those of the clean text.
/// </summary>
public sealed class SentenceSplitter(LanguageVocabulary language)
{
    public IReadOnlyList<Sentence> Split(CleanDocument document)
    {
        var sentences = new List<Sentence>();
        foreach (var block in document.Blocks)
            foreach (var (start, end) in SplitBlock(block.Text))
            {
                var text = block.Text[start..end];
                var absolute = block.Start + start;
                sentences.Add(new Sentence(sentences.Count, absolute, absolute + text.Length, text, block.IsTitle, Tokenizer.Tokenize(text, absolute)));
            }
        return sentences;
    }

    public IEnumerable<(int Start, int End)> SplitBlock(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '!' or '?')) continue;
            var end = i + 1;
            while (end < text.Length && text[end] is '"' or '”' or '’' or '\'' or ')') end++;
            if (end >= text.Length) break;
            if (IsMissingSpace(text, i, end)) { yield return Trim(text, start, end); start = end; continue; }
            if (!char.IsWhiteSpace(text[end])) continue;
            var next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
            if (next >= text.Length) break;
            var c = text[next];
            if (!(char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '(')) continue;
            if (text[i] == '.' && IsAbbreviation(text, i, next)) continue;
            yield return Trim(text, start, end);
            start = next;
        }
        if (start < text.Length)
        {
            var (s, e) = Trim(text, start, text.Length);
            if (e > s) yield return (s, e);
        }
    }

    /// <summary>"...to Wagner's command.The group is", "...more equipment.”This came": scraped text that lost the space between two sentences.</summary>
    private static bool IsMissingSpace(string text, int mark, int end) =>
        mark >= 2 && end + 1 < text.Length && char.IsLower(text[mark - 1]) && char.IsLower(text[mark - 2])
        && ((char.IsUpper(text[end]) && char.IsLower(text[end + 1])) || (text[end] == '[' && char.IsUpper(text[end + 1])));

    private bool IsAbbreviation(string text, int dot, int nextWord)
    {
        var wordStart = dot;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '"' or '“')) wordStart--;
        var word = text[wordStart..dot];
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        if (language.Abbreviations.Contains(word)) return !IsSentenceStarter(text, nextWord);
        return false;
    }

    /// <summary>After "U.S." a capitalised pronoun or article most likely opens a new sentence.</summary>
    private static bool IsSentenceStarter(string text, int at)
    {
        var end = at;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return text[at..end] is "The" or "He" or "She" or "It" or "They" or "We" or "But" or "In" or "This";
    }

    private static (int, int) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end);
    }
}
