using KoreaRussiaGraph.Extraction.Sentences;
using KoreaRussiaGraph.Extraction.Text;
using KoreaRussiaGraph.Linguistics.Tagging;

namespace KoreaRussiaGraph.Extraction.Tests;

/// <summary>The shared annotation: wink-nlp's tags and lemmas reach every token, aligned by character offsets.</summary>
public class LinguisticLayerTests
{
    [Fact]
    public void The_tagger_gives_universal_tags_lemmas_and_offsets_that_point_into_the_text()
    {
        const string text = "The envoys were flying to Minsk. They didn't stay.";
        var tagged = WinkTagger.Shared.Tag(text);
        Assert.Equal(2, tagged.Sentences.Count);
        var flying = Assert.Single(tagged.Tokens, t => text[t.Start..t.End] == "flying");
        Assert.Equal("VERB", flying.Pos);
        Assert.Equal("fly", flying.Lemma);
        Assert.Equal("AUX", Assert.Single(tagged.Tokens, t => text[t.Start..t.End] == "were").Pos);
        Assert.All(tagged.Tokens, t => Assert.True(t.Start >= 0 && t.End <= text.Length && t.Start < t.End));
    }

    [Fact]
    public void Each_token_takes_the_tag_of_the_tagger_token_it_overlaps_and_a_lemma_only_when_the_spans_agree()
    {
        const string text = "Ms. Park bought grain from Kazakh-owned firms.";
        var tokens = Tokenizer.Tokenize(text);
        var sentence = new Sentence(0, 0, text.Length, text, false, tokens);
        var annotated = new PartOfSpeechAnnotator(WinkTagger.Shared).Annotate(text, [sentence])[0].Tokens;
        var bought = annotated.Single(t => t.Text == "bought");
        Assert.True(bought.IsVerb);
        Assert.Equal("buy", bought.Lemma);
        Assert.True(annotated.Single(t => t.Text == "grain").IsNoun);
        Assert.All(annotated.Where(t => t.IsWord), t => Assert.True(t.IsTagged, t.Text));
    }

    [Fact]
    public void A_verb_form_the_lexicon_does_not_spell_out_is_found_through_its_lemma_and_only_as_a_verb()
    {
        var lexicon = KoreaRussiaGraph.Extraction.Relations.TriggerLexicon.Load(TestSupport.Schema);
        // "furnisht" is no form the inflection rules produce; its lemma, as a tagger would give it, is a listed verb.
        Token[] asVerb = [new("Iran", 0, 4) { Pos = "PROPN" }, new("furnisht", 5, 13) { Pos = "VERB", Lemma = "furnish" }, new("Russia", 14, 20) { Pos = "PROPN" }];
        Assert.Equal("SUPPLIED", Assert.Single(lexicon.Find(asVerb)).Entry.Type);
        Token[] asNoun = [asVerb[0], asVerb[1] with { Pos = "NOUN" }, asVerb[2]];
        Assert.Empty(lexicon.Find(asNoun));
    }

    [Fact]
    public void A_capitalised_common_word_opening_a_sentence_does_not_hide_the_name_after_it()
    {
        var result = TestSupport.Extract("Officially Mongolia recognised Taiwan in 2002.");
        Assert.Contains("mongolia SUPPORTED taiwan", result.Keys());
    }

    [Fact]
    public void The_extractor_version_names_the_tagger_and_changes_with_it()
    {
        var schema = TestSupport.Schema;
        var a = RuleBasedExtractor.Load(schema, new FixedTagger("t1")).Version;
        var b = RuleBasedExtractor.Load(schema, new FixedTagger("t2")).Version;
        Assert.NotEqual(a, b);
        Assert.StartsWith(RuleBasedExtractor.CodeVersion + "+", a);
    }

    private sealed class FixedTagger(string version) : ITagger
    {
        public string Version => version;
        public TaggedText Tag(string text) => new([], []);
    }
}
