using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Extraction.Mentions;

namespace KoreaRussiaGraph.Extraction.Relations;

/// <summary>The claim status a trigger's context gives it, the speaker when one is named, and why.</summary>
public sealed record StatusDecision(ClaimStatus Status, Mention? Speaker, string How, bool ByReportingVerb)
{
    /// <summary>Everyone making the claim: the speaker and those coordinated with it ("Seoul and Washington have claimed").</summary>
    public IReadOnlyList<Mention> Speakers { get; init; } = Speaker is null ? [] : [Speaker];

    /// <summary>The token of the reporting verb, when one decided the status: the claim's own date is read around it.</summary>
    public int? CueToken { get; init; }

    /// <summary>Who made the claim a denial answers, when the claim noun names its owner ("denied US accusations that ...").</summary>
    public Mention? Claimant { get; init; }
}

/// <summary>
/// Decides the claim status of a trigger from its context: negation or speculation drop it; "denied
/// supplying" makes it DENIED; modality in its clause (may, will, expected to, discussed) makes it PLANNED;
/// an evidential cue (allegations of, signs of, reportedly) or a reporting verb with its speaker (X says,
/// X accused Y of) or a quotation makes it ALLEGED; otherwise ASSERTED. Triggers inside a temporal
/// adjunct (since/after ...) are presupposed and stay ASSERTED.
/// </summary>
public sealed class StatusClassifier(CueLexicon cues, TriggerLexicon lexicon)
{
    /// <summary>How a decision says the trigger is presupposed (inside a temporal adjunct): background, not news.</summary>
    public const string Presupposed = "presupposed";

    public StatusDecision? Classify(SentenceView view, TriggerMatch t, bool verbal, RelationReader reader, IReadOnlyList<TriggerMatch> verbs)
    {
        var tokens = view.Tokens;
        var clause = view.Clause[t.First];
        var before = Enumerable.Range(0, t.First).Reverse().ToArray();
        var inClause = before.Where(k => view.Clause[k] == clause).ToArray();
        foreach (var k in inClause.Take(cues.NegationWindow))
            // ("Defence Minister No Kwang Chol met ...": a word of a name negates nothing)
            if (cues.Negation.Contains(tokens[k].Lower) && !view.InMention(k)) return null;
        foreach (var k in inClause.Take(3))
            if (cues.Suppressors.Contains(tokens[k].Lower)) return null;
        // "any materials that Russia provides": a relative clause on a noun that speculation quantifies is no fact
        var segment = before.TakeWhile(k => tokens[k].Text is not ("," or ";" or ":")).ToArray();
        if (segment.FirstOrDefault(k => tokens[k].Lower is "that" or "which", -1) is var relativizer and > 1 && tokens[relativizer - 1].IsNoun
            && Enumerable.Range(Math.Max(0, relativizer - 4), Math.Min(3, relativizer - 1)).Any(k => cues.Suppressors.Contains(tokens[k].Lower) && tokens[k].Pos == "DET"))
            return null;
        // "A planned visit by X was called off", "Lavrov postponed his trip": a noun event whose predicate cancels it, or
        // that a cancelling verb governs, did not happen
        if (!verbal && inClause.Take(4).Any(k => tokens[k].Pos == "VERB" && cues.Cancels(tokens, k))) return null;
        if (!verbal && PredicateOf(view, t).Any(k => tokens[k].Pos == "VERB" && cues.Cancels(tokens, k))) return null;
        // "warned X against sending troops", "cautioned against providing": what one is warned against is not done
        if (verbal && t.First > 0 && tokens[t.First - 1].Lower == "against" && tokens[t.First].Lower.EndsWith("ing", StringComparison.Ordinal)) return null;
        // "If North Korea decides to send arms, ...": a conditional conjunction anywhere before the trigger in its segment
        foreach (var k in segment)
            if (tokens[k].Pos is "SCONJ" or "ADP" && cues.Suppressors.Contains(tokens[k].Lower)) return null;

        if (t.Entry.Type is not ("DENIED" or "ACCUSED"))
            foreach (var k in before.Take(3))
                if (cues.Denial.Contains(tokens[k].Lower))
                {
                    var denier = reader.SubjectAt(view, t, k, verbs);
                    var possessor = view.Mentions.LastOrDefault(m => m.Last <= k && m.Possessive);
                    return new StatusDecision(ClaimStatus.Denied, denier.FirstOrDefault() ?? possessor, $"denial '{tokens[k].Text}' before the trigger", false) { CueToken = k };
                }

        // "would promote cooperation following Kim's first Russia visit": the noun of a temporal adjunct is presupposed,
        // outside the scope of the clause's modality
        if (!verbal && HeadsTemporalAdjunct(view, t))
            return new StatusDecision(ClaimStatus.Asserted, null, $"{Presupposed} (noun of a temporal adjunct)", false);

        // "claims that Russia is becoming its main sponsor": what a claim noun's that-clause says is alleged
        // ("denied US accusations that it supplied arms": a claim noun a denial governs carries a denied claim)
        // ("US claims it supplied arms": the complementizer may be left out before the clause's subject)
        StatusDecision? ClaimNounDecision()
        {
            foreach (var k in before)
                if (k + 1 < t.First && cues.ClaimNouns.Contains(tokens[k].Lower) && tokens[k].IsNoun
                    && (tokens[k + 1].Lower == "that" || (verbal && view.Mentions.Any(m => m.First == k + 1 && !m.Possessive && !m.Modifier)) || ByPhraseThen(view, k + 1, "that")))
                {
                    // ("a South Korean intelligence report": a noun may modify the claim noun between them; "claims by Seoul")
                    var claimant = view.Mentions.LastOrDefault(m => m.Last <= k && k - m.Last <= 2 && m.IsResolved
                                                                   && view.Tokens.Skip(m.Last).Take(k - m.Last).All(x => x.IsPossessiveMarker || x.IsAdjective || (x.Pos == "NOUN" && char.IsLower(x.Text[0]))))
                                   ?? (ByPhraseThen(view, k + 1, "that") ? view.Mentions.FirstOrDefault(m => m.First == k + 2) : null);
                    // ("rejected as \"unfounded\" the US claims that": a predicative as-phrase may stand between the denial and its claim)
                    var asPhrase = Enumerable.Range(Math.Max(0, k - 10), Math.Min(10, k)).LastOrDefault(d => tokens[d].Lower == "as" && d > 0 && IsDenial(tokens[d - 1]), -1);
                    var from = asPhrase > 0 ? asPhrase - 1 : Math.Max(0, k - 4);
                    var denial = Enumerable.Range(from, k - from).LastOrDefault(d => IsDenial(tokens[d]) || CallsFalse(view, d, k), -1);
                    if (denial >= 0)
                    {
                        var denier = reader.SubjectAt(view, t, denial, verbs);
                        return new StatusDecision(ClaimStatus.Denied, denier.FirstOrDefault(), $"denied '{tokens[k].Text} that'", false) { CueToken = denial, Claimant = claimant };
                    }
                    // ("X said reports that his country had sent troops were false": a claim whose predicate calls it false is
                    // denied by whoever says so)
                    if (Enumerable.Range(t.Last, Math.Max(0, Math.Min(tokens.Count, t.Last + 20) - t.Last))
                            .FirstOrDefault(j => tokens[j].Pos is "AUX" or "VERB" && cues.AppraisalLinkingVerbs.Contains(tokens[j].Lemma)
                                                 && Enumerable.Range(j + 1, Math.Min(3, tokens.Count - j - 1)).Any(f => cues.FalsityWords.Contains(tokens[f].Lower)), -1) is var linking and >= 0)
                    {
                        var saying = Enumerable.Range(0, k).LastOrDefault(d => cues.IsReportingVerb(tokens[d]), -1);
                        var denier = saying >= 0 ? reader.SubjectAt(view, t, saying, verbs).FirstOrDefault() : null;
                        return new StatusDecision(ClaimStatus.Denied, denier, $"'{tokens[k].Text} that' called false", false) { CueToken = linking, Claimant = claimant };
                    }
                    // ("Ukraine's accusation that X supplied ...", "allegations by Ukraine that ...": a claim a party owns or makes is
                    // its report, as "Ukraine said" is)
                    var owned = claimant is { Possessive: true } || (claimant is not null && ByPhraseThen(view, k + 1, "that") && claimant.First == k + 2);
                    return new StatusDecision(ClaimStatus.Alleged, owned ? claimant : null, $"content of '{tokens[k].Text} that'", owned);
                }
            return null;
        }
        // ("denied reports that Kim would travel": a denied claim is denied, whatever its modality)
        var claim = ClaimNounDecision();
        if (claim is { Status: ClaimStatus.Denied }) return claim;

        // ("Kim said Russia would win, praising Putin": a free adjunct after a comma is outside the modality of the clause before)
        // ("urged Iran to stop supplying drones": nor is a gerund a cessative verb presupposes going on)
        var presupposedOngoing = verbal && t.First > 0 && tokens[t.First].Lower.EndsWith("ing", StringComparison.Ordinal) && cues.CessativeVerbs.Contains(tokens[t.First - 1].Lemma);
        foreach (var k in (verbal && view.OpensFreeAdjunct(t.First)) || presupposedOngoing ? [] : inClause)
        {
            // ("In May 2022, ...": a capitalised word after a preposition or before a number is a month's name, no modal)
            var infinitiveNext = k + 2 < tokens.Count && tokens[k + 1].Lower == "to" && tokens[k + 2].IsVerb && tokens[k + 2].Lower == tokens[k + 2].Lemma;
            if (!cues.Plans(tokens[k].Lower, t.Entry.Type) && !(cues.PlannedBeforeInfinitive.Contains(tokens[k].Lower) && infinitiveNext)) continue;
            // ("Pyongyang is likely receiving technology": a hedge on an inflected verb is no future, the evidential cue reads it)
            if (cues.Evidential.Contains(tokens[k].Lower) && k + 1 < tokens.Count && tokens[k + 1].IsVerb && tokens[k + 1].Lower != tokens[k + 1].Lemma) continue;
            if (tokens[k].IsCapitalized && ((k > 0 && view.IsPreposition(tokens[k - 1])) || (k + 1 < tokens.Count && tokens[k + 1].Text.All(char.IsDigit)))) continue;
            // "we will always support", "would continue to oppose": a modal of a lasting stance commits to it now
            // ("would \"invariably support\"": a quotation mark may open between the modal and its adverb)
            var next = k + 1 < tokens.Count && tokens[k + 1].IsQuote ? k + 2 : k + 1;
            if (cues.StanceTypes.Contains(t.Entry.Type) && next < tokens.Count && cues.LastingAdverbs.Contains(tokens[next].Lower)) continue;
            // "Kim said relations will be ... in his message": the modal belongs to the reported words, not to the message
            // ("said preparations were under way for a visit": unless it is a planning noun whose phrase holds the trigger)
            if (!verbal && tokens.Take(k).Any(cues.IsReportingVerb) && !GovernsByPreposition(view, k, t)) break;
            return new StatusDecision(ClaimStatus.Planned, null, $"modality '{tokens[k].Text}'", false);
        }

        var presupposed = inClause.Length > 0 && cues.Presupposition.Contains(tokens[inClause[^1]].Lower)
                          || (inClause.Length == 0 && t.First > 0 && cues.Presupposition.Contains(tokens[t.First].Lower));
        var clauseStart = inClause.Length > 0 ? inClause[^1] : t.First;
        presupposed = presupposed || cues.Presupposition.Contains(tokens[clauseStart].Lower);
        // "weeks after Seoul said X had sent troops": what is presupposed is the saying, not what was said
        if (presupposed)
        {
            var adjunct = Enumerable.Range(0, t.First).LastOrDefault(k => cues.Presupposition.Contains(tokens[k].Lower), -1);
            presupposed = !Enumerable.Range(adjunct + 1, t.First - adjunct - 1).Any(k => cues.IsReportingVerb(tokens[k]));
            // ("Since August 2023, Pyongyang has shipped ...": a preposition with only a date frames the clause in time, and
            // "Since Russia invaded Ukraine, X has shipped ...": a fronted adjunct clause ends at its comma; what follows is the
            // main clause, which is not presupposed)
            var comma = Enumerable.Range(adjunct + 1, Math.Max(0, t.First - adjunct - 1)).FirstOrDefault(k => tokens[k].Text == ",", -1);
            if (adjunct >= 0 && comma > adjunct + 1 && (Enumerable.Range(adjunct + 1, comma - adjunct - 1).All(k => view.InDate[k] || view.IsDeterminer(tokens[k]))
                                                        || Enumerable.Range(adjunct + 1, comma - adjunct - 1).Any(k => tokens[k].IsVerb)))
                presupposed = false;
        }

        if (claim is not null) return claim;

        foreach (var k in before.Take(cues.EvidentialWindow))
            // ("South Korea's National Intelligence Service said": a word of a name is no cue; "its intelligence agency" still is)
            if (cues.Evidential.Contains(tokens[k].Lower) && !(tokens[k].IsCapitalized && view.InMention(k)) && !(verbal && IsActiveAccusation(view, k, verbs)) && !(verbal && ReportsWithSpeaker(view, t, k, reader, verbs))
                && !(verbal && InsideAccordingTo(view, k)))
                return new StatusDecision(ClaimStatus.Alleged, null, $"evidential '{tokens[k].Text}'", false);
        // "Putin's visit to Pyongyang will be discussed": a noun that is the subject of a modal or planning predicate is planned
        if (!verbal && !presupposed && PredicateOf(view, t).FirstOrDefault(k => cues.Plans(tokens[k].Lower, t.Entry.Type) && tokens[k].Pos is "AUX" or "VERB", -1) is var modal and >= 0)
            return new StatusDecision(ClaimStatus.Planned, null, $"modality '{tokens[modal].Text}' of the noun's predicate", false);
        if (presupposed || !verbal) return new StatusDecision(ClaimStatus.Asserted, null, presupposed ? $"{Presupposed} (temporal adjunct)" : "asserted", false);

        // A speech act (a denial, an accusation) is the journalist's report of what someone said: only a reporting
        // verb of its own clause makes it second-hand ("Seoul accused X of Y, which X denied": the denial is asserted).
        foreach (var k in t.Entry.Type is "DENIED" or "ACCUSED" ? inClause : before)
        {
            var word = tokens[k].Lower;
            var accusation = lexicon.EntriesForWord(word).Any(e => e.EmbedsClaim);
            if (!accusation && !cues.IsReportingVerb(tokens[k])) continue;
            // "..., the military said on Tuesday, as Kim pledged ...": an adverbial clause set off after the report is the
            // writer's, outside what was reported
            // ("Seoul said Pyongyang, while denying it, had ..." and "said that X, while ..." keep the report: there the clause
            // after the comma sits inside the reported complement, which has begun)
            if (Enumerable.Range(k + 1, Math.Max(0, t.First - k - 2)).FirstOrDefault(c => tokens[c].Text == ",", -1) is var comma and > 0
                && cues.AdverbialSubordinators.Contains(tokens[comma + 1].Lower)
                && !Enumerable.Range(k + 1, comma - k - 1).Any(c => tokens[c].Lower == "that" || view.Mentions.Any(m => m.First <= c && c < m.Last)))
                continue;
            // ("X accused Seoul of playing with fire and warned that ...": a speech verb coordinated after the cue is the
            // subject's own second statement, not part of what the first reports)
            if (verbal && cues.SpeechVerbs.Contains(tokens[t.First].Lemma) && tokens[t.First - 1].Lower == "and"
                && !view.Mentions.Any(m => m.Last == t.First - 1)) continue;
            var speakers = AccordingTo(view, k) ?? reader.SubjectAt(view, t, k, verbs);
            return new StatusDecision(ClaimStatus.Alleged, speakers.FirstOrDefault(), $"{(accusation ? "accusation" : "reporting verb")} '{tokens[k].Text}'", !accusation)
                { Speakers = speakers, CueToken = k };
        }
        // "..., X said." / "..., said X": a short closing segment with a reporting verb attributes what came before
        // "..., X said." closing the sentence, or "..., X said on Tuesday, as ..." set off by commas after the trigger's clause;
        // a denial or accusation attributed that way ("X rejected the claims, said spokesman Y") is still reported as done
        var commas = t.Entry.Type is "DENIED" or "ACCUSED" ? [] : Enumerable.Range(t.Last, Math.Max(0, tokens.Count - t.Last)).Where(i => tokens[i].Text == ",").ToArray();
        // ("Lukashenko, who met Xi in May, said ...": a non-restrictive relative clause the first comma after the trigger closes
        // is the writer's description of the subject, outside what the subject then says)
        var relativeOpen = Enumerable.Range(0, t.First).LastOrDefault(k => tokens[k].Text == "," && k + 1 < tokens.Count && view.IsRelativePronoun(tokens[k + 1]) && tokens[k + 1].Lower != "that", -1);
        if (relativeOpen >= 0 && commas.Length > 0 && !Enumerable.Range(relativeOpen + 1, t.First - relativeOpen - 1).Any(k => tokens[k].Text == ","))
            commas = commas.Skip(1).ToArray();
        for (var c = 0; c < commas.Length; c++)
        {
            var (comma, end) = (commas[c], c + 1 < commas.Length ? commas[c + 1] : tokens.Count);
            // ("..., according to South Korea's Joint Chiefs of Staff.": a source named after "according to" may be long)
            // (or a long title: "..., South Korea's national security adviser Shin Won-sik said on Friday.", when only adverbials
            // follow the reporting verb to the sentence's end)
            if (end - comma > 10 && !(comma + 2 < end && tokens[comma + 1].Lower == "according" && tokens[comma + 2].Lower == "to")
                && !(end - comma <= 18 && end == tokens.Count && Enumerable.Range(comma + 1, end - comma - 1).LastOrDefault(i => cues.IsReportingVerb(tokens[i]), -1) is var said and > 0
                     && Enumerable.Range(said + 1, end - said - 1).All(i => tokens[i].Pos is not ("VERB" or "AUX") && tokens[i].Lower != "that")))
                continue;
            for (var k = comma + 1; k < end; k++)
                if (cues.IsReportingVerb(tokens[k]))
                {
                    // "..., CNN reported": a news report the journalist cites as the source of an event, not a party's claim
                    if (cues.SourcingVerbs.Contains(tokens[k].Lemma)) return new StatusDecision(ClaimStatus.Asserted, null, $"sourced to a news report '..., {tokens[k].Text}'", false);
                    // (a state owning the speaker's name or title is not the speaker: "South Korea's national security adviser Shin")
                    var speaker = view.Mentions.FirstOrDefault(m => m.First > comma && m.First < end && m.IsResolved && !m.RoleOwner);
                    // "..., state media said": an outlet named by a common noun is a news source, not a party
                    if (speaker is null && Enumerable.Range(comma + 1, k - comma - 1).Any(i => cues.MediaNouns.Contains(tokens[i].Lower)
                                                                                          || (i + 1 < k && cues.MediaNouns.Contains(tokens[i].Lower + " " + tokens[i + 1].Lower))))
                        return new StatusDecision(ClaimStatus.Asserted, null, $"sourced to the media '..., {tokens[k].Text}'", false);
                    return new StatusDecision(ClaimStatus.Alleged, speaker, $"reported '..., {tokens[k].Text}'", true) { CueToken = k };
                }
        }
        // after the closing segment, which may name the quotation's speaker
        var quotes = tokens.Take(t.First).Count(x => x.Text is "“") - tokens.Take(t.First).Count(x => x.Text is "”") + tokens.Take(t.First).Count(x => x.Text == "\"") % 2;
        // ('The EU "strongly condemns" X': a quoted verb phrase whose subject stands before the quotation is that subject's own
        // statement, performed, not a claim about another party)
        var opening = Enumerable.Range(0, t.First).LastOrDefault(k => tokens[k].Text is "“" or "\"", -1);
        var ownWords = verbal && opening >= 0 && (cues.SpeechActTypes.Contains(t.Entry.Type) || cues.StanceTypes.Contains(t.Entry.Type))
                       && reader.Subject(view, t, verbs).Any(m => m.Last <= opening);
        if (!ownWords && (quotes > 0 || (tokens.Count > 0 && tokens[0].Text == "“" && !tokens.Take(t.First).Any(x => x.Text == "”"))))
            return new StatusDecision(ClaimStatus.Alleged, null, "inside a quotation", false);
        return new StatusDecision(ClaimStatus.Asserted, null, "asserted", false);
    }

    /// <summary>The words after a noun trigger up to its predicate's verb ("the visit will be discussed", "the visit was called off").</summary>
    /// <summary>"preparations were under way for a visit", "plans for a trip": a noun at <paramref name="k"/> whose prepositional phrase, a few function words on, is the trigger's.</summary>
    private static bool GovernsByPreposition(SentenceView view, int k, TriggerMatch t) =>
        view.Tokens[k].IsNoun && t.First - k <= 7 && Enumerable.Range(k + 1, t.First - k - 1).Any(j => view.Tokens[j].Lower is "for" or "of")
        && Enumerable.Range(k + 1, t.First - k - 1).All(j => view.Tokens[j].Pos is "AUX" or "ADV" or "ADP" or "DET" or "ADJ" or "PART" || view.Tokens[j].Lower == "way");

    private static IEnumerable<int> PredicateOf(SentenceView view, TriggerMatch t)
    {
        var tokens = view.Tokens;
        for (var k = t.Last; k < Math.Min(tokens.Count, t.Last + 12) && view.Clause[k] == view.Clause[t.First] && tokens[k].IsWord; k++)
        {
            yield return k;
            if (tokens[k].Pos == "VERB" || tokens[k].Lower is "and" or "or" or "but") yield break;
        }
    }

    /// <summary>"called reports that X had sent troops groundless rumours": a calling verb at <paramref name="verb"/> whose claim noun at <paramref name="claim"/> it calls false.</summary>
    private bool CallsFalse(SentenceView view, int verb, int claim) =>
        view.Tokens[verb].IsVerb && cues.CallingVerbs.Contains(view.Tokens[verb].Lemma)
        && Enumerable.Range(claim + 1, Math.Max(0, Math.Min(view.Tokens.Count, claim + 25) - claim - 1)).Any(j => cues.FalsityWords.Contains(view.Tokens[j].Lower));

    private bool IsDenial(Text.Token token) => cues.Denial.Contains(token.Lower) || (token.IsVerb && lexicon.Denies(token.Lower));

    /// <summary>"claims by Seoul and Washington that": a by-phrase of names between a claim noun and its complementizer.</summary>
    private static bool ByPhraseThen(SentenceView view, int at, string word)
    {
        if (at >= view.Tokens.Count || view.Tokens[at].Lower != "by") return false;
        var k = at + 1;
        while (k < view.Tokens.Count && (view.InMention(k) || view.Tokens[k].Lower is "and" or "," or "the")) k++;
        return k > at + 1 && k < view.Tokens.Count && view.Tokens[k].Lower == word;
    }

    /// <summary>"according to Seoul's spy agency, ...": the source is the object of "to", not the clause's subject.</summary>
    private static IReadOnlyList<Mention>? AccordingTo(SentenceView view, int k)
    {
        if (k + 1 >= view.Tokens.Count || view.Tokens[k].Lower != "according" || view.Tokens[k + 1].Lower != "to") return null;
        var end = Enumerable.Range(k + 2, view.Tokens.Count - k - 2).FirstOrDefault(i => view.Tokens[i].Text is "," or ";" or ":", view.Tokens.Count);
        var source = view.Mentions.FirstOrDefault(m => m.First >= k + 2 && m.Last <= end && m.IsResolved);
        return source is null ? [] : [source];
    }

    /// <summary>"according to Seoul's intelligence, ...": an evidential noun naming the source leaves the claim to "according to".</summary>
    private static bool InsideAccordingTo(SentenceView view, int k)
    {
        for (var j = k - 2; j >= 0 && view.Tokens[j + 1].Text is not ("," or ";" or ":"); j--)
            if (view.Tokens[j].Lower == "according" && view.Tokens[j + 1].Lower == "to") return AccordingTo(view, j) is { Count: > 0 };
        return false;
    }

    /// <summary>
    /// "Ukrainian intelligence said ...", "Seoul's spy agency reported ...": an evidential word that is itself a reporting
    /// verb, or the noun right before one, leaves the claim to the reporting verb when that verb has a named speaker.
    /// </summary>
    private bool ReportsWithSpeaker(SentenceView view, TriggerMatch t, int k, RelationReader reader, IReadOnlyList<TriggerMatch> verbs)
    {
        // ("South Korean intelligence officials told ...": the evidential noun may modify the head noun before the verb)
        var verb = Enumerable.Range(k, Math.Max(0, Math.Min(3, t.First - k))).TakeWhile(j => j == k || cues.IsReportingVerb(view.Tokens[j]) || view.Tokens[j].IsNoun || view.IsTitleWord(view.Tokens[j]))
            .FirstOrDefault(j => cues.IsReportingVerb(view.Tokens[j]), -1);
        // "Russia is believed to have given ...": a passive report has no speaker in its subject
        if (verb > 0 && cues.PassiveAuxiliaries.Contains(view.Tokens[verb - 1].Lower)) return false;
        return verb >= 0 && reader.SubjectAt(view, t, verb, verbs).Count > 0;
    }

    private bool HeadsTemporalAdjunct(SentenceView view, TriggerMatch t)
    {
        var k = t.First - 1;
        while (k >= 0 && view.Clause[k] == view.Clause[t.First]
               && (view.IsDeterminer(view.Tokens[k]) || view.Tokens[k].IsAdjective || view.Tokens[k].IsPossessiveMarker || view.Tokens[k].Pos == "NUM"
                   || view.InMention(k)))
            k--;
        return k >= 0 && k < t.First - 1 && cues.Presupposition.Contains(view.Tokens[k].Lower);
    }

    private bool IsActiveAccusation(SentenceView view, int k, IReadOnlyList<TriggerMatch> verbs) =>
        verbs.Any(v => v.First == k && v.Entry.EmbedsClaim) && !(k > 0 && cues.PassiveAuxiliaries.Contains(view.Tokens[k - 1].Lower));
}
