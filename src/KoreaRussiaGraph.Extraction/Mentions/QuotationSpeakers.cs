using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Extraction.Text;

namespace KoreaRussiaGraph.Extraction.Mentions;

/// <summary>
/// Who speaks inside quotation marks, so that "we", "our" and "I" in a quotation resolve to the speaker the sentence
/// reports ("We will stand by our friends," the minister said), including a quotation opened in an earlier sentence.
/// Outside a quotation a first-person pronoun is the writer's and resolves to nobody.
/// </summary>
public sealed class QuotationSpeakers(Func<Token, bool> isReportingVerb)
{
    /// <summary>Which tokens lie inside a quotation (curly marks open and close, straight marks toggle), and whether one is still open after them.</summary>
    public static (bool[] Inside, bool OpenAtEnd) Quotations(IReadOnlyList<Token> tokens, bool startsInside)
    {
        var inside = new bool[tokens.Count];
        var open = startsInside;
        for (var k = 0; k < tokens.Count; k++)
        {
            var text = tokens[k].Text;
            if (text == "“") open = true;
            else if (text == "”") open = false;
            else if (text == "\"") open = !open;
            else inside[k] = open;
        }
        return (inside, open);
    }

    /// <summary>Resolves the sentence's first-person pronouns and records whether a quotation stays open after it.</summary>
    public void Resolve(IReadOnlyList<Token> tokens, List<Mention> mentions, DiscourseState state)
    {
        var (inside, closing) = Quotations(tokens, state.QuotationOpen);
        var speaker = Speaker(tokens, mentions, inside, state);
        foreach (var m in mentions.Where(m => m.Kind == MentionKind.FirstPersonPronoun))
        {
            // in a statement's own text ("Joint Statement of X and Y"), "we" outside a quotation is its authors
            if (!inside[m.First] && state.StatementAuthors.Count > 0)
            {
                m.ActorIds = state.StatementAuthors.ToArray();
                m.Step = $"first person in a statement's own text -> its authors named in the title ({string.Join(", ", state.StatementAuthors)})";
                continue;
            }
            var who = !inside[m.First] ? null
                : speaker?.ActorIds ?? (state.QuotationOpen && !tokens.Take(m.First).Any(t => t.IsQuote) ? state.QuotationSpeaker : null);
            m.ActorIds = who ?? [];
            m.Step = who is null ? "unresolved" : $"first person inside a quotation -> its speaker ({(speaker is null ? "named before this sentence" : speaker.Text)})";
        }
        state.QuotationSpeaker = closing ? speaker?.ActorIds ?? (state.QuotationOpen ? state.QuotationSpeaker : null) : null;
        state.QuotationOpen = closing;
    }

    /// <summary>
    /// The subject of a reporting verb outside the quotation: right before it ("..., Kim said"), right after it
    /// ("said Kim"), else the nearest person, then the nearest state or organisation, before it ("Kim spoke, saying, ...").
    /// </summary>
    private Mention? Speaker(IReadOnlyList<Token> tokens, List<Mention> mentions, bool[] inside, DiscourseState state)
    {
        var outside = mentions.Where(m => m.IsResolved && m.ActorIds.Count == 1 && !m.Possessive && !inside[m.First] && m.Kind != MentionKind.FirstPersonPronoun
                                          && state.KindOf(m.ActorIds[0]) is ActorKind.Person or ActorKind.State or ActorKind.Organization or ActorKind.Group).ToArray();
        for (var k = 0; k < tokens.Count; k++)
        {
            if (inside[k] || !isReportingVerb(tokens[k])) continue;
            // "Kim spoke in Vladivostok, saying, ...": a participle's subject is the clause's, not the name next to it
            if (tokens[k].Lower.EndsWith("ing") && k > 0 && tokens[k - 1].Text == ",")
                return outside.FirstOrDefault(m => m.Last <= k && state.KindOf(m.ActorIds[0]) == ActorKind.Person) ?? outside.FirstOrDefault(m => m.Last <= k);
            var adjacent = outside.LastOrDefault(m => m.Last <= k && k - m.Last <= 2) ?? outside.FirstOrDefault(m => m.First > k && m.First - k <= 3);
            if (adjacent is not null) return adjacent;
            return outside.LastOrDefault(m => m.Last <= k && state.KindOf(m.ActorIds[0]) == ActorKind.Person) ?? outside.LastOrDefault(m => m.Last <= k);
        }
        return null;
    }
}
