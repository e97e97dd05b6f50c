namespace KoreaRussiaGraph.Linguistics.Tagging;

/// <summary>One token as the tagger read it: its span in the text, its Universal POS tag and its lemma.</summary>
public readonly record struct TaggedToken(int Start, int End, string Pos, string Lemma, int Sentence);

/// <summary>A text's sentences (spans) and tokens, in text order.</summary>
public sealed record TaggedText(IReadOnlyList<(int Start, int End)> Sentences, IReadOnlyList<TaggedToken> Tokens);
