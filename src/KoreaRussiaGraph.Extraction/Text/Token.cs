namespace KoreaRussiaGraph.Extraction.Text;

/// <summary>A word or punctuation mark with its character span in the clean text.</summary>
public sealed record Token(string Text, int Start, int End)
{
    public string Lower { get; } = Text.ToLowerInvariant();
    public bool IsWord => char.IsLetterOrDigit(Text[0]);
    public bool IsCapitalized => char.IsUpper(Text[0]);
    public bool IsPossessiveMarker => Lower is "'s" or "’s" or "'" or "’";
    public bool IsHyphen => Text is "-" or "‐" or "‑";
    public bool IsQuote => Text is "\"" or "“" or "”";
}
