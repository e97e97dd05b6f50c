using KoreaRussiaGraph.Extraction.Text;

namespace KoreaRussiaGraph.Extraction.Sentences;

/// <summary>One sentence: its index in the document, its span in the clean text, its words.</summary>
public sealed record Sentence(int Index, int Start, int End, string Text, bool IsTitle, IReadOnlyList<Token> Tokens);
