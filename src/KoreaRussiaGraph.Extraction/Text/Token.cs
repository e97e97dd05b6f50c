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
}
