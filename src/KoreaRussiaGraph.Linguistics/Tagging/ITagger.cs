namespace KoreaRussiaGraph.Linguistics.Tagging;

/// <summary>Part-of-speech tagging with lemmas and sentence boundaries; the one place the pipeline learns word classes.</summary>
public interface ITagger
{
    /// <summary>A name that changes whenever the tagger's model or code does, so extractor versions move with it.</summary>
    string Version { get; }

    TaggedText Tag(string text);
}
