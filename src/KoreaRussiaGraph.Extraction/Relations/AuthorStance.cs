using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Extraction.Mentions;

namespace KoreaRussiaGraph.Extraction.Relations;

/// <summary>One stance a statement's authors take in their own voice: who they take it towards, and the words that show it.</summary>
public sealed record AuthorStanceFinding(string Type, IReadOnlyList<Mention> Targets, int Cue, string How, bool Quoted);

/// <summary>
/// The stance of a statement's authors, read from the appraisal in its own text (cues.json "appraisal"). A government's
/// statement ("Statement of the Foreign Ministry of X", "X-Y Joint Statement on ...") says
/// what it opposes and supports by how it describes others, not with a verb of opposing:
/// "the hegemonic policy of the U.S." and "Russia's war of aggression" oppose their owners, "X have systematically
/// undermined ..." accuses its subject, "Russia's reasonable and just demand" supports its owner.
/// The same appraisal in reported speech ("Kim said the US's hostile policy ...") is the speaker's stance; words inside
/// quotation marks are marked, since in a statement's own text they cite others.
/// </summary>
public sealed class AuthorStance(CueLexicon cues, RelationReader reader, TriggerMatch subjectProbe)
{
    public IEnumerable<AuthorStanceFinding> Find(SentenceView view, IReadOnlyList<TriggerMatch> verbs)
    {
        var tokens = view.Tokens;
        var quoted = new bool[tokens.Count];
        var open = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsQuote) open = tokens[i].Text == "“" || (tokens[i].Text == "\"" && !open);
            quoted[i] = open || tokens[i].IsQuote;
        }
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord) continue;
            var word = tokens[i].Lower;
            if (tokens[i].IsVerb && cues.NegativeActs.Contains(tokens[i].Lemma))
            {
                var subject = reader.Subject(view, subjectProbe with { First = i, Last = i + 1, Text = tokens[i].Text }, verbs);
                if (subject.Count > 0) yield return new AuthorStanceFinding("ACCUSED", subject, i, $"its subject '{tokens[i].Text}'", quoted[i]);
                continue;
            }
            if (!tokens[i].IsAdjective && !tokens[i].IsNoun) continue;
            var negative = cues.NegativeAppraisal.Contains(word);
            if (!negative && !cues.PositiveAppraisal.Contains(word)) continue;
            var owners = Owners(view, i, verbs);
            if (owners.Count > 0)
                yield return new AuthorStanceFinding(negative ? "OPPOSED" : "SUPPORTED", owners, i, $"what it owns is called '{tokens[i].Text}'", quoted[i]);
        }
    }

    /// <summary>
    /// Who owns the appraised thing: the possessor or demonym before its noun phrase ("Russia's just demand", "U.S.
    /// hegemony"), the of- or by-phrase after it ("the hegemonic policy of the U.S.", "arbitrariness by the U.S."), or
    /// the possessor of the noun it qualifies ("Russia's war of aggression").
    /// </summary>
    private IReadOnlyList<Mention> Owners(SentenceView view, int cue, IReadOnlyList<TriggerMatch> verbs)
    {
        var tokens = view.Tokens;
        // the noun phrase: the cue and the modifiers and coordinated appraisals around it, up to its head noun
        var start = cue;
        while (start > 0 && tokens[start - 1].IsWord && char.IsLower(tokens[start - 1].Text[0]) && (tokens[start - 1].IsAdjective || tokens[start - 1].IsAdverb || tokens[start - 1].Lower == "and")) start--;
        var end = cue + 1;
        while (end < tokens.Count && tokens[end].IsWord && char.IsLower(tokens[end].Text[0]) && (tokens[end].IsAdjective || tokens[end].IsNoun || tokens[end].Lower == "and" || tokens[end].IsHyphen)
               && !view.IsPreposition(tokens[end])) end++;
        while (end < tokens.Count && tokens[end].IsHyphen && end + 1 < tokens.Count) end += 2;
        var before = view.Mentions.LastOrDefault(m => m.Last == start && (m.Possessive || m.Kind == MentionKind.Demonym || m.Modifier));
        if (before is null && start > 0 && tokens[start - 1].IsPossessiveMarker) before = view.Mentions.LastOrDefault(m => m.Last == start - 1);
        if (before is not null) return view.Group(view.IndexOf(before));
        if (end < tokens.Count && tokens[end].Lower is "of" or "by")
        {
            var after = view.Mentions.FirstOrDefault(m => m.First > end && m.First <= end + 2 && !m.Possessive);
            if (after is not null) return view.Group(view.IndexOf(after));
        }
        // "Russia's war of aggression": the appraisal qualifies the possessed noun before "of"
        if (start >= 3 && tokens[start - 1].Lower == "of")
        {
            var owner = view.Mentions.LastOrDefault(m => m.Possessive && m.Last >= start - 4 && m.Last <= start - 2);
            if (owner is not null) return [owner];
        }
        // "Russia's veto was regrettable", "called Russia's veto \"regrettable\"": a predicative appraisal describes the noun
        // phrase before it (through a copula, or as the small clause of a verb of calling), and so its owner
        // ("X's deployment of troops marked a dangerous escalation": a predicative noun, after its determiner, through the
        // copula or a linking verb)
        if (tokens[cue].IsAdjective || tokens[cue].IsNoun)
        {
            var p = start - 1;
            while (p >= 0 && (tokens[p].IsQuote || tokens[p].IsAdverb)) p--;
            var linked = false;
            if (tokens[cue].IsNoun)
            {
                while (p >= 0 && view.IsDeterminer(tokens[p])) p--;
                if (p >= 1 && tokens[p].Lower == "to" && cues.AppraisalLinkingVerbs.Contains(tokens[p - 1].Lemma)) p--;
                linked = p >= 0 && (tokens[p].IsAuxiliary || cues.AppraisalLinkingVerbs.Contains(tokens[p].Lemma));
                if (linked) p--;
            }
            else if (p >= 0 && tokens[p].IsAuxiliary) p--;
            if ((tokens[cue].IsAdjective || linked) && p >= 1 && tokens[p].IsNoun && !view.InMention(p) && (SubjectOwner(view, p) ?? OwnerPastPrepositionalPhrase(view, p)) is { } owner)
                return view.Group(view.IndexOf(owner));
            // ("the sanctions imposed by Washington were illegal": the agent of a reduced relative on the subject noun owns it)
            if (tokens[cue].IsAdjective || linked)
                if (view.Mentions.FirstOrDefault(m => m.Last == p + 1 && !m.Possessive) is { First: >= 3 } agent && tokens[agent.First - 1].Lower == "by"
                    && tokens[agent.First - 2].IsVerb && tokens[agent.First - 2].Lower.EndsWith("ed", StringComparison.Ordinal) && tokens[agent.First - 3].IsNoun && !view.InMention(agent.First - 3))
                    return view.Group(view.IndexOf(agent));
        }
        // "the U.S. is resorting to reckless provocations", "X staged provocative drills": an act the clause's verb governs
        // (directly or through its particle) is its subject's
        var k = start - 1;
        while (k >= 0 && view.IsDeterminer(tokens[k])) k--;
        if (k >= 0 && view.IsPreposition(tokens[k]) && k > 0 && tokens[k - 1].IsVerb) k--;
        if (k >= 0 && tokens[k].IsVerb && !view.InMention(k))
        {
            var subject = reader.Subject(view, subjectProbe with { First = k, Last = k + 1, Text = tokens[k].Text }, verbs);
            if (subject.Count > 0) return subject;
        }
        return [];
    }

    /// <summary>
    /// "the EU's sanctions against North Korean officials were illegitimate": the owner of the noun a prepositional phrase
    /// ending at <paramref name="end"/> modifies.
    /// </summary>
    private Mention? OwnerPastPrepositionalPhrase(SentenceView view, int end)
    {
        var tokens = view.Tokens;
        var k = end;
        while (k > 0 && !view.IsPreposition(tokens[k]) && (view.InMention(k) || view.IsDeterminer(tokens[k]) || (tokens[k].IsWord && char.IsLower(tokens[k].Text[0]) && !tokens[k].IsVerb)))
            k--;
        return k >= 2 && k < end && view.IsPreposition(tokens[k]) && tokens[k - 1].IsNoun && !view.InMention(k - 1) ? SubjectOwner(view, k - 1) : null;
    }

    /// <summary>
    /// Who owns the noun phrase ending at <paramref name="head"/>: its possessor ("Russia's veto"), or the demonym of the
    /// goods or personnel its of-phrase moves ("the deployment of North Korean troops").
    /// </summary>
    private Mention? SubjectOwner(SentenceView view, int head)
    {
        var tokens = view.Tokens;
        var owner = view.Mentions.LastOrDefault(m => (m.Possessive || (m.Kind == MentionKind.Demonym && view.PrepositionBefore(m, 0) == "of" && reader.IsGoodsOrigin(view, m)))
                                                     && m.Last <= head && head - m.Last <= 3);
        return owner is not null && tokens.Skip(owner.Last).Take(head + 1 - owner.Last).All(x => x.IsPossessiveMarker || (x.IsWord && char.IsLower(x.Text[0]) && !x.IsVerb))
            ? owner : null;
    }
}
