using KoreaRussiaGraph.Extraction.Sentences;
using KoreaRussiaGraph.Linguistics.Tagging;

namespace KoreaRussiaGraph.Extraction.Text;

/// <summary>
/// The linguistic layer's pipeline component: tags the whole clean text once and writes each token's Universal
/// POS and lemma onto the document's tokens, which every later stage reads. The tagger's tokens and ours can
/// differ ("Jong-un" is one of its tokens and three of ours), so each of our tokens takes the tag of the tagger
/// token it overlaps most, and that token's lemma only when the two spans are the same.
/// </summary>
public sealed class PartOfSpeechAnnotator(ITagger tagger)
{
    public string Version => tagger.Version;

    public IReadOnlyList<Sentence> Annotate(string cleanText, IReadOnlyList<Sentence> sentences)
    {
        var tagged = tagger.Tag(cleanText).Tokens;
        var cursor = 0;
        var result = new Sentence[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            var tokens = new Token[sentences[s].Tokens.Count];
            for (var i = 0; i < tokens.Length; i++)
            {
                var token = sentences[s].Tokens[i];
                while (cursor < tagged.Count && tagged[cursor].End <= token.Start) cursor++;
                var best = -1;
                var bestOverlap = 0;
                for (var k = cursor; k < tagged.Count && tagged[k].Start < token.End; k++)
                {
                    var overlap = Math.Min(token.End, tagged[k].End) - Math.Max(token.Start, tagged[k].Start);
                    if (overlap > bestOverlap) (best, bestOverlap) = (k, overlap);
                }
                tokens[i] = best < 0 ? token : token with
                {
                    Pos = tagged[best].Pos,
                    Lemma = tagged[best].Start == token.Start && tagged[best].End == token.End ? tagged[best].Lemma.ToLowerInvariant() : token.Lower,
                };
            }
            RepairFiniteParticiples(tokens);
            result[s] = sentences[s] with { Tokens = tokens };
        }
        return result;
    }

    /// <summary>
    /// "Seoul alleged that ...": the tagger reads an -ed form as an adjective ("the alleged transfer") even where a name or
    /// noun before it and a complementizer after it make it the clause's finite verb. An adjective needs a noun to
    /// modify, and "that" is not one, so such a word is retagged as a verb.
    /// </summary>
    private static void RepairFiniteParticiples(Token[] tokens)
    {
        for (var i = 1; i + 1 < tokens.Length; i++)
            if (tokens[i].IsAdjective && tokens[i].Lower.EndsWith("ed", StringComparison.Ordinal) && tokens[i + 1].Lower == "that"
                && tokens[i - 1].Pos is "PROPN" or "NOUN" or "PRON")
                tokens[i] = tokens[i] with { Pos = "VERB", Lemma = tokens[i].Lemma == tokens[i].Lower ? tokens[i].Lower[..^1] : tokens[i].Lemma };
            // "the agency estimates that ...": likewise a plural-looking noun between a singular noun and "that" is the
            // third-person verb whose subject that noun is (a noun taking a that-clause would need a determiner or possessor)
            // ("Seoul claims Pyongyang has shipped ...": the complementizer may be left out before a clause whose subject is a
            // name or pronoun and whose verb follows it)
            else if (tokens[i].Pos == "NOUN" && IsThirdPersonForm(tokens[i].Lower) && (tokens[i + 1].Lower == "that" || (OpensClause(tokens, i + 1) && OpensSentence(tokens, i - 1)))
                     && tokens[i - 1].Pos is "PROPN" or "NOUN" && !tokens[i - 1].Lower.EndsWith('s') && tokens[i - 1].IsWord && !GovernedNounPhrase(tokens, i - 1))
                tokens[i] = tokens[i] with { Pos = "VERB", Lemma = ThirdPersonLemma(tokens[i].Lower) };
            // "US officials estimate that ...": and a base form after a plural noun that opens the sentence
            else if (tokens[i].Pos == "NOUN" && !tokens[i].Lower.EndsWith('s') && tokens[i].Lemma == tokens[i].Lower
                     && tokens[i - 1].Pos == "NOUN" && IsThirdPersonForm(tokens[i - 1].Lower)
                     && (tokens[i + 1].Lower == "that" || OpensClause(tokens, i + 1)) && OpensSentence(tokens, i - 1))
                tokens[i] = tokens[i] with { Pos = "VERB" };
            // "Russia cast a veto": a noun between the name that opens the sentence and a determiner is its verb (a
            // determiner opens a new noun phrase, which a noun cannot take)
            else if (tokens[i].Pos == "NOUN" && tokens[i - 1].Pos == "PROPN" && tokens[i + 1].Pos == "DET" && OpensSentence(tokens, i - 1))
                tokens[i] = tokens[i] with { Pos = "VERB" };
    }

    /// <summary>"denied U.S. claims that", "according to agency estimates that": a noun phrase a verb or preposition governs is no subject; nor is a noun after a plural one.</summary>
    private static bool GovernedNounPhrase(Token[] tokens, int noun)
    {
        var k = noun;
        while (k >= 0 && (tokens[k].Pos is "PROPN" or "NOUN" or "ADJ" or "DET" or "PART" || tokens[k].IsPossessiveMarker || tokens[k].Text == "."))
        {
            // ("Some commentators repeat claims that": a plural noun before is the subject, and the tagger misread its verb)
            if (k < noun && tokens[k].Pos == "NOUN" && tokens[k].Lower.EndsWith('s')) return true;
            k--;
        }
        // ("rejected as unfounded the Canadian claims that": a determined noun phrase after a predicative as-phrase is an object)
        return k >= 0 && (tokens[k].Pos is "VERB" or "ADP" or "AUX"
                          || (tokens[k].Pos is "ADJ" or "ADV" && Enumerable.Range(k + 1, noun - k).Any(j => tokens[j].Pos == "DET")));
    }

    /// <summary>A subject name whose finite verb follows it at once.</summary>
    private static bool OpensClause(Token[] tokens, int start)
    {
        var k = start;
        while (k < tokens.Length && tokens[k].Pos == "PROPN") k++;
        return k > start && k < tokens.Length && tokens[k].Pos is "AUX" or "VERB";
    }

    /// <summary>The noun phrase ending at <paramref name="noun"/> begins the sentence, where a clause's subject stands ("the North Korean soldiers Russia deployed" is an object with a relative clause).</summary>
    private static bool OpensSentence(Token[] tokens, int noun)
    {
        var k = noun;
        while (k >= 0 && (tokens[k].Pos is "PROPN" or "NOUN" or "ADJ" or "DET" or "PART" || tokens[k].IsPossessiveMarker)) k--;
        return k < 0 || tokens[k].IsQuote;
    }

    private static bool IsThirdPersonForm(string word) => word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal);

    private static string ThirdPersonLemma(string word) =>
        word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y"
        : word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal) ? word[..^2]
        : word[..^1];
}
