namespace KoreaRussiaGraph.Extraction.Text;

/// <summary>
/// A word or punctuation mark with its character span in the clean text. <see cref="Pos"/> (Universal POS) and
/// <see cref="Lemma"/> are filled once by <see cref="PartOfSpeechAnnotator"/>; until then they say "X" and the
/// lowercase form, so a stage switched off upstream degrades to surface matching rather than failing.
/// </summary>
public sealed record Token(string Text, int Start, int End)
{
    public string Lower { get; } = Text.ToLowerInvariant();
    public string Pos { get; init; } = "X";
    public string Lemma { get; init; } = Text.ToLowerInvariant();
    public bool IsWord => char.IsLetterOrDigit(Text[0]);
    public bool IsCapitalized => char.IsUpper(Text[0]);
    public bool IsPossessiveMarker => Lower is "'s" or "’s" or "'" or "’";
    public bool IsHyphen => Text is "-" or "‐" or "‑";
    public bool IsQuote => Text is "\"" or "“" or "”";
    public bool IsVerb => Pos is "VERB";
    public bool IsAuxiliary => Pos is "AUX";
    public bool IsNoun => Pos is "NOUN" or "PROPN";
    public bool IsAdverb => Pos is "ADV";
    public bool IsAdjective => Pos is "ADJ";
    public bool IsTagged => Pos != "X";
    /// <summary>A word of a model name ("KN-23", "M1991", "ICBM"): one with a digit, or a short acronym.</summary>
    public bool IsDesignationWord => (IsWord && Text.Any(char.IsDigit)) || (Text.Length is >= 2 and <= 4 && Text.All(char.IsUpper));

    /// <summary>
    /// Whether the token at <paramref name="k"/> belongs to a model name: a designation word, or a capitalised word and
    /// the hyphen joining it to a number ("KN-23", "T-72", "Shahed-136"; not "Soviet-era").
    /// </summary>
    public static bool InDesignation(IReadOnlyList<Token> tokens, int k)
    {
        bool Numbered(int hyphen) => hyphen > 0 && hyphen + 1 < tokens.Count && tokens[hyphen].IsHyphen && tokens[hyphen + 1].Text.Any(char.IsDigit)
                                     && tokens[hyphen - 1].IsWord && tokens[hyphen - 1].IsCapitalized;
        return tokens[k].IsDesignationWord || Numbered(k) || Numbered(k + 1);
    }
}
