using KoreaRussiaGraph.Extraction.Documents;
using KoreaRussiaGraph.Extraction.Sentences;
using KoreaRussiaGraph.Extraction.Text;

namespace KoreaRussiaGraph.Extraction.Tests;

public class SentenceSplitterTests
{
    private static readonly SentenceSplitter Splitter = new(LanguageVocabulary.Load(TestSupport.Schema));

    private static IReadOnlyList<Sentence> Split(string text) =>
        Splitter.Split(new CleanDocument(text, null, [new TextBlock(text, 0, false)], []));

    [Fact]
    public void Abbreviations_do_not_end_sentences()
    {
        var sentences = Split("Mr. Lavrov met U.S. officials on Feb. 3 at the U.N. headquarters. Dr. Kim left early.");
        Assert.Equal(2, sentences.Count);
        Assert.Equal("Dr. Kim left early.", sentences[1].Text);
    }

    [Fact]
    public void A_dotted_acronym_ends_a_sentence_when_a_new_one_clearly_starts()
    {
        var sentences = Split("The envoy flew to the U.S. He met officials there.");
        Assert.Equal(2, sentences.Count);
    }

    [Fact]
    public void Offsets_point_into_the_clean_text_and_closing_quotes_stay_with_their_sentence()
    {
        const string text = "He said “we agree.” Then he left! Was it over? Yes.";
        var sentences = Split(text);
        Assert.Equal(["He said “we agree.”", "Then he left!", "Was it over?", "Yes."], sentences.Select(s => s.Text));
        foreach (var s in sentences) Assert.Equal(s.Text, text[s.Start..s.End]);
    }

    [Fact]
    public void Tokens_keep_possessives_negation_and_dotted_abbreviations_apart()
    {
        var tokens = Tokenizer.Tokenize("North Korea’s envoy hasn't met U.S.-led groups").Select(t => t.Text).ToArray();
        Assert.Equal(["North", "Korea", "’s", "envoy", "has", "n't", "met", "U.S.", "-", "led", "groups"], tokens);
    }
}
