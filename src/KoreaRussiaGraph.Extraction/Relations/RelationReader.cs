using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Schema;
using KoreaRussiaGraph.Extraction.Mentions;

namespace KoreaRussiaGraph.Extraction.Relations;

/// <summary>
/// Reads relations from one sentence: for each trigger, finds its arguments by role (clause subject,
/// object after an allowed preposition, possessive or demonym modifier of a trigger noun, agent "by/from",
/// coordination, relative "which", comitative "joined X in"), handles passive voice, and emits one
/// candidate per source-target pair. Status and date are decided by <see cref="StatusClassifier"/> and
/// <see cref="DateAttacher"/>.
/// </summary>
public sealed class RelationReader(TriggerLexicon lexicon, CueLexicon cues, RelationTypeCatalog catalog)
{
    public const string CompoundFrame = "compound-participle";

    /// <summary>
    /// The parties a trigger relates. A symmetric relation lists its <see cref="Participants"/>; when some of them are the
    /// partners of the others in separate events ("Kim pursued summit diplomacy with X, Y and Z"), <see cref="Partners"/>
    /// names those, and partners are not related to each other.
    /// </summary>
    /// <param name="RefersBack">The act is one the document reported before ("the new sanctions"), so it has that act's date.</param>
    public sealed record Arguments(IReadOnlyList<Mention> Sources, IReadOnlyList<Mention> Targets, string Frame, IReadOnlyList<Mention>? Participants = null,
        IReadOnlyList<Mention>? Partners = null, bool RefersBack = false);

    public IEnumerable<(TriggerMatch Trigger, Arguments Args)> Read(SentenceView view, IReadOnlyList<TriggerMatch> triggers, DiscourseState state)
    {
        triggers = triggers.Select(t => Retag(view, t)).ToArray();
        var verbs = triggers.Where(t => IsClauseVerb(view, t)).ToArray();
        foreach (var found in triggers)
        {
            // A word several entries list is read by the first whose roles it finds in the sentence.
            foreach (var entry in lexicon.EntriesForWord(found.Text.ToLowerInvariant()).Prepend(found.Entry).Distinct()
                         .Where(e => e.IsVerb == found.Entry.IsVerb && !TriggerLexicon.FollowedByOtherSense(view.Tokens, found.Last, e)))
            {
                var t = found with { Entry = entry };
                var args = ReadOne(view, t, verbs, triggers, state);
                if (args is null) continue;
                yield return (t, args);
                if (!cues.StanceTypes.Contains(entry.Type) && !cues.SpeechActTypes.Contains(entry.Type) && !catalog.IsSymmetric(entry.Type) && args.Sources.Count > 0)
                    state.LastActAgents = args.Sources.SelectMany(m => m.ActorIds).Distinct().ToArray();
                break;
            }
        }
    }

    private Arguments? ReadOne(SentenceView view, TriggerMatch t, IReadOnlyList<TriggerMatch> verbs, IReadOnlyList<TriggerMatch> triggers, DiscourseState state)
    {
        if (t.Entry.ClaimantTarget) return Denial(view, t, verbs, state);
        if (t.Entry.IsVerb && IsVerbUse(view, t)) return Verb(view, t, verbs, triggers);
        if (!t.Entry.IsVerb && !IsVerbUse(view, t) && !InsideVerbObject(view, t, verbs)) return Noun(view, t, verbs);
        return null;
    }

    /// <summary>A word that is both a verb and a noun trigger ("visits") takes the entry of the use it has here.</summary>
    public TriggerMatch Retag(SentenceView view, TriggerMatch t)
    {
        var verbUse = IsVerbUse(view, t);
        if (verbUse == t.Entry.IsVerb) return t;
        var other = lexicon.EntriesForWord(t.Text.ToLowerInvariant()).FirstOrDefault(e => e.IsVerb == verbUse && !TriggerLexicon.FollowedByOtherSense(view.Tokens, t.Last, e));
        return other is null ? t : t with { Entry = other };
    }

    /// <summary>
    /// A verb trigger as the clause's verb, for the rules that read clause structure: not "joined" in "Russia joined China in
    /// opposing ...", a comitative whose relation sense ("joined Russia's war") lacks its required words, so the gerund after
    /// it stays the verb whose subjects it adds to.
    /// </summary>
    public bool IsClauseVerb(SentenceView view, TriggerMatch t) =>
        IsVerbUse(view, t) && !(cues.ComitativeVerbs.Contains(view.Tokens[t.First].Lower) && !RequiredWordsPresent(view, t));

    /// <summary>
    /// A gerund opening the sentence (past an opening quotation mark) whose phrase runs, with no comma, into the finite verb
    /// it is the subject of; a comma would make it a free adjunct, whose subject is the main clause's ("Sending troops to
    /// Russia, Pyongyang has ...").
    /// </summary>
    private static bool GerundSubjectClause(SentenceView view, TriggerMatch t)
    {
        var start = 0;
        while (start < view.Tokens.Count && view.Tokens[start].IsQuote) start++;
        if (t.First != start || !t.Entry.IsVerb || !view.Tokens[t.First].Lower.EndsWith("ing", StringComparison.Ordinal)) return false;
        for (var k = t.Last; k < view.Tokens.Count; k++)
        {
            if (view.Tokens[k].Text is "," or ";" or ":" || view.Tokens[k].IsQuote) return false;
            if (view.Tokens[k].Pos == "AUX" || (view.Tokens[k].Pos == "VERB" && !view.Tokens[k].Lower.EndsWith("ing", StringComparison.Ordinal)
                                                 && !view.Tokens[k].Lower.EndsWith("ed", StringComparison.Ordinal)))
                return true;
        }
        return false;
    }

    /// <summary>"to support", "has supported", "Russia backs": a verb; "public support", "its support": a noun.</summary>
    public bool IsVerbUse(SentenceView view, TriggerMatch t)
    {
        var entries = lexicon.EntriesForWord(t.Text.ToLowerInvariant()).Select(e => e.Pos).Distinct().ToArray();
        // "a travel agency", "the suspected supply": a one-word verb trigger the tagger reads as a noun or an (-ed) adjective
        // after a determiner modifies a noun
        if (t.Last - t.First == 1 && t.First > 0 && view.Tokens[t.First] is { IsNoun: true } or { IsAdjective: true } && view.IsDeterminer(view.Tokens[t.First - 1])
            && t.Last < view.Tokens.Count && view.Tokens[t.Last].IsNoun) return false;
        // "a meeting with visiting Secretary Shoigu": a participle between a preposition or determiner and a person its verb
        // cannot take as object describes that person
        if (t.Entry.IsVerb && t.Last - t.First == 1 && view.IsParticipleModifier(t.First)
            && t.Entry.ObjectKinds is { } kinds && !kinds.Contains(nameof(ActorKind.Person), StringComparer.OrdinalIgnoreCase)
            && view.Mentions.FirstOrDefault(m => m.First >= t.Last && m.First - t.Last <= 5) is { IsResolved: true } described && IsPerson(described, view))
            return false;
        if (entries.Length <= 1 && t.Entry.IsVerb) return true;
        if (entries.Length <= 1 && !t.Entry.IsVerb) return false;
        // "after meeting Sergei Shoigu": a gerund taking a direct object is a verb, whatever the tagger says
        if (view.Tokens[t.Last - 1].Lower.EndsWith("ing") && view.Mentions.Any(m => m.First == t.Last)) return true;
        // "Iran's transfer", "its support": the head of a possessed noun phrase is a noun, whatever the tagger says
        if (view.IsPossessor(t.First - 1)) return false;
        // "a birthday greeting to X", "the New Year greeting": an -ing form closing a determined noun phrase after noun
        // modifiers is its head noun (a reduced relative would follow a plural head: "the officials meeting in ...")
        if (view.Tokens[t.First].Lower.EndsWith("ing") && DeterminedCompoundHead(view, t.First)) return false;
        // The tagger decides other homographs ("visits", "support") when it has tagged the word.
        var head = view.Tokens[t.First];
        if (head.IsVerb) return true;
        if (head.IsNoun || head.IsAdjective) return false;
        if (t.First == 0) return false;
        var prev = view.Tokens[t.First - 1];
        if (cues.VerbContext.Contains(prev.Lower)) return true;
        return view.Mentions.Any(m => m.Last == t.First && !m.Possessive && m.Kind is not MentionKind.Demonym);
    }

    private static bool DeterminedCompoundHead(SentenceView view, int head)
    {
        var k = head - 1;
        while (k >= 0 && view.Tokens[k].Pos is "NOUN" or "PROPN" && !(view.Tokens[k].Pos == "NOUN" && view.Tokens[k].Lower.EndsWith('s'))) k--;
        return k < head - 1 && k >= 0 && (view.IsDeterminer(view.Tokens[k]) || view.IsPossessor(k));
    }

    private static bool InsideVerbObject(SentenceView view, TriggerMatch noun, IReadOnlyList<TriggerMatch> verbs) =>
        verbs.Any(v => v.Entry.RequiresAfter is null && (v.Entry.Type == noun.Entry.Type || (v.Entry.Type == "SUPPLIED" && noun.Entry.Type == "SUPPORTED")) && v.Last <= noun.First && noun.First - v.Last <= 5 && view.Clause[v.First] == view.Clause[noun.First]
                          && !view.Mentions.Any(m => m.First >= v.Last && m.Last <= noun.First));

    private Arguments? Verb(SentenceView view, TriggerMatch t, IReadOnlyList<TriggerMatch> verbs, IReadOnlyList<TriggerMatch> all)
    {
        var e = t.Entry;
        if (!RequiredWordsPresent(view, t)) return null;
        if (CompoundParticiple(view, t, verbs) is { } compound) return compound;
        // ("dismissed Ukrainian reports of X as fake news": rejecting a claim denies it, which the denial entry reads; it
        // opposes no party the claim names)
        if (e.Type == "OPPOSED" && lexicon.Denies(view.Tokens[t.First].Lower)
            && ThemeAfter(view, t) is var claimed and >= 0 && cues.ClaimNouns.Contains(view.Tokens[claimed].Lower)) return null;
        // "the amount of materials delivered to X": a participle on a noun inside a prepositional phrase, or followed by a
        // passive's by- or between-phrase, is a reduced passive relative whose subject is that noun, so no clause subject is its agent
        var reducedRelative = IsReducedRelative(view, t);
        var subject = reducedRelative ? [] : Subject(view, t, verbs);
        if (e.SubjectKinds is { } subjectKinds) subject = subject.Where(m => KindAllowed(m, subjectKinds, view)).ToArray();
        var passive = reducedRelative || IsPassive(view, t);
        // "thousands of North Korean soldiers are fighting for Russia": the personnel a quantity counts act as their state's
        if (subject.Count == 0 && !passive && QuantifiedTheme(view, t, "SUPPLIED", passive: false) is { } counted)
            subject = [counted];
        // "Kim was criticised by Biden": an entry that reads only the by-agent of a judged act ("condemned the transfer by X")
        // has no act in a passive, whose by-phrase is the judge
        if (passive && e.ObjectPreps is ["by"]) return null;
        // "criticised the joint drills by X": only an act the rules read as an accusable relation ("the transfer of arms by X")
        // makes its by-agent accused; judging any other act opposes its agent
        if (e.ObjectPreps is ["by"] && !JudgesAccusableAct(view, t)) return null;
        if (e.CouncilTarget) return Veto(view, t, subject, verbs);
        if (e.ThemeRole is not null) return CausedMotion(view, t, passive ? subject : Object(view, t, [""], e.ThemeKinds, verbs).Item1, verbs);
        var (obj, prep) = Object(view, t, e.ObjectPreps.Concat(passive ? ["by"] : []).ToArray(), e.ObjectKinds, verbs);
        // "sent troops to help Russia retake Kursk": a purpose of helping names the recipient a to-phrase would
        // ("soldiers were deployed to help Russian forces": in the passive too)
        // (a transfer's: "told interrogators they had been sent to fight for Russia" tells Russia nothing)
        if (obj is null && e.Type == "SUPPLIED" && e.ObjectPreps.Contains("to") && BenefactivePurpose(view, t) is { } helped)
            (obj, prep) = ([helped], "to");
        // "Moscow thanked Pyongyang for sending troops": what the thanked party did, it did for the one who thanks
        if (obj is null && !passive && e.ObjectPreps.Contains("to") && e.SubjectRole != "target" && view.Tokens[t.First].Lower.EndsWith("ing") && ThankedFor(view, t) is { } thankVerb)
        {
            var thanker = SubjectAt(view, t, thankVerb, verbs);
            if (thanker.Count > 0) (obj, prep) = (thanker, "to");
        }
        if (obj is null && !passive && cues.EvaluativeTypes.Contains(e.Type) && e.ObjectPreps.Contains("by") && JudgedActAgent(view, t) is { } actor)
            (obj, prep) = ([actor], "by");
        // "Seoul condemned the veto": a definite act noun with no owner in the sentence refers back to the document's last act
        // of its type, and a stance on it is a stance on its agents
        if (obj is null && !passive && cues.StanceTypes.Contains(e.Type) && e.ObjectPreps.Contains("") && ActReferredBack(view, t) is { } actAgents)
            (obj, prep) = (actAgents, "");
        // "will support all measures Russia takes", "opposes the steps that Seoul has taken": a stance on acts a relative
        // clause gives an agent is a stance on that agent
        if (obj is null && !passive && cues.StanceTypes.Contains(e.Type) && e.ObjectPreps.Contains("") && RelativeClauseAgent(view, t) is { } actOwner)
            (obj, prep) = ([actOwner], "");
        // "the agreement signed on Wednesday between X and Y": a symmetric passive names its parties after "between"
        // ("the treaty, signed by Putin and Kim": or by the agents of the passive)
        if (passive && catalog.IsSymmetric(e.Type) && (Object(view, t, ["between"], e.ObjectKinds, verbs).Item1 ?? Object(view, t, ["by"], e.ObjectKinds, verbs).Item1) is { } parties
            && parties.SelectMany(p => p.ActorIds).Distinct().Count() >= 2)
            return new Arguments([], [], "passive-between", parties);
        // ("the treaty between Russia and Belarus, signed in June, ...": or the between-phrase of the noun the participle follows)
        if (catalog.IsSymmetric(e.Type) && t.First > 1 && view.Tokens[t.First - 1].Text == "," && IsParticiple(view.Tokens[t.First])
            && view.Mentions.LastOrDefault(m => m.Last == t.First - 1) is { } last && view.PrepositionBefore(last, 0) == "between"
            && GroupOf(view, last) is var between && between.SelectMany(p => p.ActorIds).Distinct().Count() >= 2)
            return new Arguments([], [], "passive-between", between);
        if (passive)
        {
            var agent = obj is not null && prep == "by" ? obj : Object(view, t, ["by"], e.ObjectKinds, verbs).Item1;
            // "11,000 North Korean troops had been sent to Russia": the demonym of the goods a passive moves is their supplier
            if (agent is null && subject is [{ Kind: MentionKind.Demonym } origin] && IsThemeOrigin(view, origin, "of", e.Type))
                (agent, subject) = ([origin], []);
            // "thousands of North Korean soldiers were sent": a quantity's of-phrase heads no subject, but its goods' demonym is still the supplier
            // ("Pyongyang said its soldiers were deployed": a name before the passive's own subject is no patient of it)
            if (agent is null && QuantifiedTheme(view, t, e.Type, passive: true) is { } quantified && subject.All(m => m.Last <= quantified.First))
                (agent, subject) = ([quantified], []);
            // "North Korea's troops were sent": a state acting through the personnel a passive moves is their supplier
            if (agent is null && subject is [{ ThroughOrgan: true } sender] && lexicon.Details.TryGetValue(e.Type, out var moved) && moved.Contains(view.Tokens[sender.Last - 1].Lower))
                (agent, subject) = ([sender], []);
            // "arms supplied to Syria by Iran": when the passive subject names no actor, the recipient after "to" is the patient
            // ("soldiers were deployed to help Russian forces": or the one a purpose of helping names)
            if (agent is not null && subject.Count == 0 && e.ObjectPreps.Contains("to") && (Object(view, t, ["to"], e.ObjectKinds, verbs).Item1 ?? (prep == "to" ? obj : null)) is { } recipient)
                subject = recipient;
            // ("North Korean troops have been deployed along the front": to the recipient the document last gave the supplier)
            if (agent is not null && subject.Count == 0 && ImplicitRecipient(e, agent) is { } implicitRecipient)
                return Arrange(e, agent, [implicitRecipient], "passive-implicit-recipient");
            return agent is null || subject.Count == 0 ? null : Arrange(e, agent, subject, "passive");
        }
        // "received a birthday message from Putin": the noun in between says what moved, and it is not a supply
        if (e.SubjectRole == "target" && obj is not null && all.Any(n => !n.Entry.IsVerb && n.Entry.Type != e.Type && n.First >= t.Last && n.Last <= obj[0].First))
            return null;
        // "sent Kim a letter", "delivered a message from Putin": a verb of giving whose theme is another relation's noun (a
        // message) moves that, not goods
        if (e.Type == "SUPPLIED" && ThemeAfter(view, t) is var theme and >= 0
            && all.Any(n => !n.Entry.IsVerb && n.Entry.Type != e.Type && n.First == theme))
            return null;
        if (obj is null && !passive && e.ObjectPreps.Contains("") && ObjectRelativeAntecedent(view, t.First) is { } antecedent)
            (obj, prep) = (antecedent, "");
        // "supplied half of Russia's artillery ammunition": goods a state is said to own are supplied to it
        if (obj is null && !passive && e.Type == "SUPPLIED" && e.SubjectRole == "source" && e.ObjectPreps.Contains("") && OwnerOfGoods(view, t) is { } owner)
            obj = [owner];
        if (obj is null && e.SourceBeforePreps is { Length: > 0 })
            obj = BeforePreposition(view, t, e.SourceBeforePreps, subject);
        // "He had travelled there": a locative pro-form names the last place the text put someone in
        // (a finite verb: "the first official to travel there" counts travellers, it reports no trip)
        if (obj is null && !passive && e.Type == "VISITED" && t.Last < view.Tokens.Count && view.Tokens[t.Last].Lower == "there" && view.Tokens[t.First - 1].Lower != "to"
            && LastPlace(view, t) is { } there)
            obj = [there];
        if (catalog.IsSymmetric(e.Type))
        {
            // "Kim and Putin met": only entries that may go without an object relate a coordinated subject among itself
            if (obj is null && !e.ObjectOptional) return null;
            var participants = subject.Concat(obj ?? []).DistinctBy(m => m.ActorIds[0]).ToList();
            if (participants.SelectMany(p => p.ActorIds).Distinct().Count() < 2) return null;
            // "met Kim and his premier, X": one side's leader and his own official are partners of the subject, not of each other
            var oneSide = obj is not null && obj.Any(view.NamesPossessedRole) ? obj : null;
            return new Arguments([], [], obj is null ? "verb-coordinated" : "verb", participants, oneSide);
        }
        // "Seoul said the North had sent additional troops": goods sent with no recipient go where the document last had the
        // sender send them (an implicit complement takes its referent from the discourse)
        if (obj is null && !passive && ImplicitRecipient(e, subject) is { } lastRecipient)
            return new Arguments(subject, [lastRecipient], "verb-implicit-recipient");
        // "Russia bought North Korean missiles": the demonym of the goods a verb of acquiring takes names their supplier, past a
        // quantity ("hundreds of", "more than 200")
        if (obj is null && !passive && e.SubjectRole == "target"
            && view.Mentions.FirstOrDefault(m => m.First >= t.Last && m.First - t.Last <= 4 && m.Kind == MentionKind.Demonym
                                                 && view.Tokens.Skip(t.Last).Take(m.First - t.Last).All(x => view.IsDeterminer(x) || x.IsAdjective || x.Pos == "NUM" || x.Lower is "of" or "than")) is { } goodsOrigin
            && IsThemeOrigin(view, goodsOrigin, "of", e.Type))
            obj = [goodsOrigin];
        if (obj is null || subject.Count == 0) return null;
        return e.SubjectRole == "target" ? new Arguments(obj, subject, "verb-inverse") : new Arguments(subject, obj, "verb");
    }

    /// <summary>The last place or state named after "in" or "to" before the trigger, in its sentence or the one before, as a mention of "there".</summary>
    private Mention? LastPlace(SentenceView view, TriggerMatch t)
    {
        bool Destination(Mention m, IReadOnlyList<Text.Token> tokens) => m.IsResolved && m.ActorIds.Count == 1 && _state?.KindOf(m.ActorIds[0]) is ActorKind.Place or ActorKind.State
                                                                          && m.First > 0 && (tokens[m.First - 1].Lower is "in" or "to"
                                                                              // ("visited Beijing in May, and Xi travelled there"): or a travel verb's object
                                                                              || (tokens[m.First - 1].IsVerb && lexicon.EntriesForWord(tokens[m.First - 1].Lower).Any(e => e.Type == "VISITED" && e.IsVerb)));
        var found = view.Mentions.LastOrDefault(m => m.Last <= t.First && Destination(m, view.Tokens));
        if (found is null && _state is { History.Count: > 0 } s)
            found = s.History[^1].LastOrDefault(m => Destination(m, s.HistoryTokens[^1]));
        return found is null ? null : new Mention(t.Last, t.Last + 1, MentionKind.Name, found.ActorIds, $"'there' -> the last place named ({found.Text})") { Text = "there" };
    }

    /// <summary>"Putin sent Shoigu to Pyongyang": the moved party and where it went.</summary>
    private Arguments? CausedMotion(SentenceView view, TriggerMatch t, IReadOnlyList<Mention>? theme, IReadOnlyList<TriggerMatch> verbs)
    {
        var e = t.Entry;
        theme = theme?.Where(m => KindAllowed(m, e.ThemeKinds, view)).ToArray();
        if (theme is not { Count: > 0 }) return null;
        var (goal, _) = Object(view, t, e.ObjectPreps.Where(p => p != "").ToArray(), e.ObjectKinds, verbs);
        if (goal is null) return null;
        return e.ThemeRole == "target" ? new Arguments(goal, theme, "caused-motion") : new Arguments(theme, goal, "caused-motion");
    }

    /// <summary>Whether a verb entry's requiresAfter words are there: after it in its clause, or, for a passive, before it.</summary>
    private bool RequiredWordsPresent(SentenceView view, TriggerMatch t)
    {
        var e = t.Entry;
        // "the agreement signed between X and Y", "a deal was signed": a passive's required noun is its subject, before it
        return e.RequiresAfter is not { Length: > 0 }
               || view.Tokens.Skip(t.Last).Where((_, i) => view.Clause[t.Last + i] == view.Clause[t.First]).Take(20).Any(x => e.RequiresAfter.Contains(x.Lower))
               || ((IsPassive(view, t) || IsReducedRelative(view, t)) && Enumerable.Range(Math.Max(0, t.First - 3), Math.Min(3, t.First)).Any(k => e.RequiresAfter.Contains(view.Tokens[k].Lower)))
               || RelativeOn(view, t, e.RequiresAfter)
               // ("the treaty between X and Y, signed in June": a parenthetical participle's noun before its between-phrase)
               || (t.First > 1 && view.Tokens[t.First - 1].Text == "," && Enumerable.Range(Math.Max(0, t.First - 12), Math.Min(11, t.First - 1))
                       .Any(k => view.Tokens[k + 1].Lower == "between" && e.RequiresAfter.Contains(view.Tokens[k].Lower)))
               // ("warned that Seoul would pay a price": an entry taking a that-clause finds its words there)
               || (e.ObjectPreps.Contains("that") && view.Tokens.Skip(t.Last).Take(16).Any(x => e.RequiresAfter.Contains(x.Lower)));
    }

    /// <summary>
    /// "the Russian-backed republics of Donetsk": a participle compounded with a name is a passive whose agent is
    /// the name ("republics backed by Russia"), and its patient is the actor the compound modifies.
    /// </summary>
    private Arguments? CompoundParticiple(SentenceView view, TriggerMatch t, IReadOnlyList<TriggerMatch> verbs)
    {
        if (t.First < 2 || !view.Tokens[t.First - 1].IsHyphen) return null;
        var agent = view.Mentions.FirstOrDefault(m => m.Last == t.First - 1 && m.Modifier);
        if (agent is null) return null;
        var patient = view.Mentions.FirstOrDefault(m => m.First >= t.Last && view.Clause[m.First] == view.Clause[t.First] && m.First - t.Last <= 6
                                                        && !m.RoleOwner && view.PrepositionBefore(m, t.Last) is "" or "of");
        if (patient is null || Enumerable.Range(t.Last, patient.First - t.Last).Any(k => view.Tokens[k].IsVerb || verbs.Any(v => v.First == k))) return null;
        return Arrange(t.Entry, [agent], GroupOf(view, patient), CompoundFrame);
    }

    private static Arguments Arrange(TriggerEntry e, IReadOnlyList<Mention> agent, IReadOnlyList<Mention> patient, string frame) =>
        e.SubjectRole == "target" ? new Arguments(patient, agent, frame) : new Arguments(agent, patient, frame);

    private Arguments? Veto(SentenceView view, TriggerMatch t, IReadOnlyList<Mention> subject, IReadOnlyList<TriggerMatch> verbs)
    {
        var e = t.Entry;
        var council = view.Mentions.FirstOrDefault(m => m.ActorIds.Contains(e.Council ?? ""));
        if (council is null && (e.RequiresCouncil || e.DefaultTarget is null)) return null;
        if (subject.Count == 0) return null;
        var target = council ?? new Mention(t.First, t.Last, MentionKind.Name, [e.DefaultTarget!], $"default target of '{t.Text}': {e.DefaultTarget}");
        var owner = e.OpposesObjectOwner ? ObjectOwner(view, t) : null;
        return new Arguments(subject, [target], "veto", owner is null ? null : [owner]);
    }

    /// <summary>"vetoed US sanctions", "blocking a U.S.-led push": the state whose measure was blocked.</summary>
    /// <summary>"sanctions on officials involved in arms transfers": the noun belongs to the participle's head, not to the clause subject.</summary>
    private IReadOnlyList<Mention>? ReducedRelativeSubject(SentenceView view, TriggerMatch t)
    {
        var m = view.Mentions.LastOrDefault(x => x.Last < t.First && view.Clause[x.First] == view.Clause[t.First]);
        if (m is null || m.Possessive) return null;
        var groupEnd = view.Group(view.IndexOf(m)).Max(x => x.Last);
        if (groupEnd >= t.First) return null;
        var j = groupEnd;
        while (j < t.First - 1 && j - groupEnd < 2 && view.Tokens[j].IsWord && char.IsLower(view.Tokens[j].Text[0]) && !view.Tokens[j].Lower.EndsWith("ed")) j++;
        var next = view.Tokens[j];
        var participle = next.IsWord && char.IsLower(next.Text[0]) && (next.Lower.EndsWith("ed") || next.Lower is "linked" or "tied" or "responsible");
        if (!participle || !view.Tokens.Skip(j + 1).Take(t.First - j - 1).Any(x => x.Lower is "in" or "with" or "for" or "to")) return null;
        if (verbsBetween(view, j, t.First)) return null;
        return GroupOf(view, m);

        bool verbsBetween(SentenceView v, int from, int to) => v.Tokens.Skip(from + 1).Take(to - from - 1).Any(x => cues.PassiveAuxiliaries.Contains(x.Lower));
    }

    private static Mention? ObjectOwner(SentenceView view, TriggerMatch t)
    {
        var m = view.Mentions.FirstOrDefault(x => x.First >= t.Last && x.First - t.Last <= 3);
        if (m is null || view.PrepositionBefore(m, t.Last) != "") return null;
        return m.Possessive || m.Modifier || (m.Last < view.Tokens.Count && view.Tokens[m.Last].IsWord && char.IsLower(view.Tokens[m.Last].Text[0])) ? m : null;
    }

    private Arguments? Denial(SentenceView view, TriggerMatch t, IReadOnlyList<TriggerMatch> verbs, DiscourseState state)
    {
        var subject = t.Entry.IsVerb && view.Tokens[t.First].Lower.StartsWith("denial") ? Possessor(view, t) : Subject(view, t, verbs);
        if (subject.Count == 0) return null;
        // ("dismissed as \"fake news\" a report that ...": a predicative as-phrase may come between the verb and its object)
        var reach = t.Last < view.Tokens.Count && view.Tokens[t.Last].Lower == "as" ? 12 : 6;
        for (var k = t.Last; k < Math.Min(view.Tokens.Count, t.Last + reach); k++)
        {
            // ("both deny any arms trade", "denied any involvement": the act a claim charged them with, denied outright, answers
            // that claim as "denied the reports" does)
            var deniedAct = IsAccusableActNoun(view.Tokens[k]) && Enumerable.Range(t.Last, k - t.Last).Any(j => view.Tokens[j].Lower == "any");
            if (!cues.ClaimNouns.Contains(view.Tokens[k].Lower) && !deniedAct) continue;
            var owner = deniedAct ? null : view.Mentions.LastOrDefault(m => m.Last <= k && m.First >= t.Last);
            if (owner is not null) return new Arguments(subject, GroupOf(view, owner), "denial-of-claims");
            // ("rejected claims by Seoul and Washington that ...": or the claimants after "by")
            if (k + 2 < view.Tokens.Count && view.Tokens[k + 1].Lower == "by" && view.Mentions.FirstOrDefault(m => m.First == k + 2) is { } claimant)
                return new Arguments(subject, GroupOf(view, claimant), "denial-of-claims-by");
            var det = view.Tokens[k - 1].Lower;
            // (a claimant earlier in the same sentence: "X says Y shipped arms; both deny any arms trade")
            if (deniedAct && view.Mentions.LastOrDefault(m => m.Last <= subject.Min(x => x.First) && !subject.Contains(m) && IsClaimant(view, m, verbs)) is { } sameSentence)
                return new Arguments(subject, GroupOf(view, sameSentence), "denial-of-earlier-claims");
            if ((det is "those" or "these" or "such" or "the" || deniedAct) && state.Claimants.Count > 0)
            {
                // "dismissed the reports": the reports of whoever accused the denier, else the latest claimant's
                var denierIds = subject.SelectMany(m => m.ActorIds).Select(state.ActsFor).ToHashSet();
                var accusers = state.Accusations.Where(a => denierIds.Contains(a.Accused)).Select(a => a.Accuser).Distinct().ToArray();
                IReadOnlyList<string> claimants = accusers.Length > 0 ? accusers : [state.Claimants[^1]];
                return new Arguments(subject, claimants.Select(c => new Mention(k - 1, k + 1, MentionKind.Name, [c], $"'{det} {view.Tokens[k].Text}' -> {(accusers.Length > 0 ? "accuser" : "latest claimant")} {c}")).ToArray(), "denial-of-earlier-claims");
            }
        }
        if (!t.Entry.IsVerb || !view.Tokens[t.First].IsVerb) return null;
        // "which X and Y have denied": the relative's antecedent claim was made by the accuser of the clause before
        var which = Enumerable.Range(0, t.First).LastOrDefault(k => view.Tokens[k].Lower == "which", -1);
        // ("..., claims both countries deny", "..., an accusation Tehran rejects": so has a claim noun in apposition to the clause
        // before, whose contact relative clause the denial verb heads)
        var gap = subject.Min(m => m.First) - 1;
        while (gap > 0 && (view.Tokens[gap].Lower == "that" || view.IsDeterminer(view.Tokens[gap]))) gap--;
        if (which < 0 && gap > 1 && cues.ClaimNouns.Contains(view.Tokens[gap].Lower) && Enumerable.Range(gap - 2, 2).Any(k => view.Tokens[k].Text is "," or ";")) which = gap;
        if (which > 0)
        {
            var accuser = view.Mentions.LastOrDefault(m => m.Last <= which && !subject.Contains(m) && IsClaimant(view, m, verbs));
            if (accuser is not null) return new Arguments(subject, GroupOf(view, accuser), "denial-of-relative-claim");
        }
        // "X denied that arms were sent from Y": no accuser named, so the denial answers the other party of the denied claim
        var that = Enumerable.Range(t.Last, Math.Max(0, Math.Min(view.Tokens.Count, t.Last + 4) - t.Last)).FirstOrDefault(k => view.Tokens[k].Lower == "that", -1);
        if (that < 0) return null;
        var others = view.Mentions.Where(m => m.First > that && m.ActorIds.Count == 1 && _state?.KindOf(m.ActorIds[0]) is ActorKind.State or ActorKind.Person or ActorKind.Organization or ActorKind.Group
                                              && !InPossessedNounPhrase(view, m)).ToArray();
        if (others.Length == 0) return null;
        // each denier denies against the claim's other parties (its own co-deniers among them when they are parties too)
        var pairs = new List<(Mention, Mention)>();
        foreach (var d in subject)
            foreach (var o in others.DistinctBy(m => m.ActorIds[0]))
                if (o.ActorIds[0] != d.ActorIds[0]) pairs.Add((d, o));
        if (pairs.Count == 0) return null;
        return new Arguments(pairs.Select(p => p.Item1).DistinctBy(m => m.ActorIds[0]).ToArray(), pairs.Select(p => p.Item2).DistinctBy(m => m.ActorIds[0]).ToArray(), "denial-of-that-clause");
    }

    /// <summary>
    /// "the invasion of Ukraine", "the Russian invasion": a war the gazetteer knows (actors.json "wars") names the party
    /// the noun leaves out, the aggressor of its theatre or the theatre of its aggressor's war, at the publication date.
    /// </summary>
    private (Mention? Agent, Mention? Patient) CompleteFromWars(TriggerMatch t, Mention? agent, Mention? patient)
    {
        if (_state is null || (agent is null) == (patient is null)) return (agent, patient);
        if (agent is null && patient!.ActorIds is [var theatre] && _state.Gazetteer.AggressorIn(theatre, _state.Published) is { } aggressor)
            return (new Mention(t.First, t.Last, MentionKind.Name, [aggressor], $"the war on {theatre} the gazetteer knows: its aggressor {aggressor}") { Text = t.Text }, patient);
        if (patient is null && agent!.ActorIds is [var waging] && _state.Gazetteer.TheatreOf(waging, _state.Published) is { } place)
            return (agent, new Mention(t.First, t.Last, MentionKind.Name, [place], $"the war {waging} wages the gazetteer knows: its theatre {place}") { Text = t.Text });
        return (agent, patient);
    }

    /// <summary>
    /// "We emphasize that arms transfers to the DPRK would violate ...": a noun in a that-clause with no subject of its own
    /// before it heads that clause's subject, so the subject of the verb that governs the clause is not its agent.
    /// </summary>
    private static bool HeadsComplementSubject(SentenceView view, TriggerMatch t, IReadOnlyList<TriggerMatch> verbs)
    {
        var start = Enumerable.Range(1, Math.Max(0, t.First - 1)).LastOrDefault(k => view.Tokens[k].Lower == "that" && view.Tokens[k - 1].IsVerb, -1);
        return start > 0
               && !view.Mentions.Any(m => m.First > start && m.Last <= t.First && view.IsNominative(m, verbs))
               && !Enumerable.Range(start + 1, t.First - start - 1).Any(k => view.Tokens[k].IsVerb || view.Tokens[k].IsAuxiliary);
    }

    /// <summary>"for use in Russia's war against Ukraine": a name in the prepositional phrase of another party's noun belongs to that noun, not to the clause.</summary>
    private static bool InPossessedNounPhrase(SentenceView view, Mention m)
    {
        var prep = m.First - 1;
        while (prep > 0 && view.IsDeterminer(view.Tokens[prep])) prep--;
        if (prep < 2 || !view.IsPreposition(view.Tokens[prep]) || !view.Tokens[prep - 1].IsNoun) return false;
        return view.Mentions.Any(owner => owner != m && owner.Possessive && owner.Last >= prep - 3 && owner.Last <= prep - 1);
    }

    /// <summary>"thanked Pyongyang for its support": the verb of gratitude whose for-phrase the noun heads.</summary>
    private static int? ThankedFor(SentenceView view, TriggerMatch t)
    {
        var k = t.First - 1;
        while (k >= 0 && (view.IsDeterminer(view.Tokens[k]) || view.Tokens[k].IsPossessiveMarker || view.Tokens[k].IsAdjective
                          || view.Mentions.Any(m => m.Possessive && m.First <= k && k < m.Last))) k--;
        if (k < 1 || view.Tokens[k].Lower != "for") return null;
        for (var v = k - 1; v >= 0 && view.Clause[v] == view.Clause[t.First]; v--)
            if (view.IsGratitudeVerb(view.Tokens[v])) return v;
        return null;
    }

    /// <summary>
    /// The agent of the act a judging verb ("condemned") names, as "by X" would: the demonym of what the act moves ("the
    /// deployment of North Korean troops"), else the owner of the act noun ("North Korea's troop deployment").
    /// </summary>
    private Mention? JudgedActAgent(SentenceView view, TriggerMatch t)
    {
        var clause = view.Clause[t.First];
        if (view.Mentions.FirstOrDefault(m => m.First > t.Last && m.First - t.Last <= 8 && view.Clause[m.First] == clause
                && view.PrepositionBefore(m, t.Last) == "of" && lexicon.Details.Keys.Any(type => IsThemeOrigin(view, m, "of", type))) is { } mover)
            return mover;
        return view.Mentions.FirstOrDefault(m => m.First >= t.Last && view.Clause[m.First] == clause) is { Possessive: true } owner
               && view.Tokens.Skip(owner.Last).Take(4).TakeWhile(x => x.IsPossessiveMarker || (x.IsWord && char.IsLower(x.Text[0])))
                   .Any(x => IsAccusableActNoun(x))
            ? owner : null;
    }

    /// <summary>The party a sender of goods (a send verb with its goods) last supplied in the document, for a recipient left implicit.</summary>
    private Mention? ImplicitRecipient(TriggerEntry e, IReadOnlyList<Mention> senders)
    {
        if (e.RequiresAfter is not { Length: > 0 } || e.Type != "SUPPLIED" || e.SubjectRole != "source") return null;
        if (senders.SelectMany(m => m.ActorIds).Distinct().ToArray() is not [var sender] || _state?.LastRecipients.GetValueOrDefault(sender) is not { } recipient) return null;
        var at = senders[0];
        return new Mention(at.First, at.Last, MentionKind.Name, [recipient], $"recipient left implicit: the last one {sender} supplied ({recipient})");
    }

    /// <summary>"condemned the transfer of arms by X": an accusable trigger noun heads the judged act before its by-phrase.</summary>
    private bool JudgesAccusableAct(SentenceView view, TriggerMatch t)
    {
        var by = Enumerable.Range(t.Last, Math.Max(0, Math.Min(view.Tokens.Count, t.Last + 10) - t.Last)).FirstOrDefault(k => view.Tokens[k].Lower == "by", -1);
        var end = by < 0 ? Math.Min(view.Tokens.Count, t.Last + 8) : by;
        return Enumerable.Range(t.Last, Math.Max(0, end - t.Last)).Any(k => IsAccusableActNoun(view.Tokens[k]));
    }

    /// <summary>A noun trigger of a relation type a reported claim accuses ("transfer", "deployment").</summary>
    private bool IsAccusableActNoun(Text.Token word) => lexicon.EntriesForWord(word.Lower).Any(n => !n.IsVerb && cues.AccusableTypes.Contains(n.Type));

    private static IReadOnlyList<Mention>? HyphenatedPair(SentenceView view, TriggerMatch t)
    {
        var second = view.Mentions.LastOrDefault(m => m.Last <= t.First && t.First - m.Last <= 1 && !m.Possessive && m.IsResolved);
        if (second is null || second.First < 2 || !view.Tokens[second.First - 1].IsHyphen) return null;
        var first = view.Mentions.LastOrDefault(m => m.Last == second.First - 1 && m.IsResolved);
        return first is null || first.ActorIds.SequenceEqual(second.ActorIds) ? null : [first, second];
    }

    /// <summary>"condemned the veto", "protested the deployment": the agents of the last relation of the act noun's type.</summary>
    private IReadOnlyList<Mention>? ActReferredBack(SentenceView view, TriggerMatch t)
    {
        var k = t.Last;
        if (k >= view.Tokens.Count || view.Tokens[k].Lower is not ("the" or "this" or "that")) return null;
        k++;
        while (k < view.Tokens.Count && view.Tokens[k].IsAdjective) k++;
        if (k >= view.Tokens.Count || view.Mentions.Any(m => m.First >= t.Last && m.First <= k + 3 && view.Clause[m.First] == view.Clause[t.First])) return null;
        // ("NATO said X had sent troops, calling the move an escalation": a general act noun refers back to the last act read)
        if (view.ActAnaphors.Contains(view.Tokens[k].Lower) && _state?.LastActAgents is { Count: > 0 } agents)
            return agents.Select(id => new Mention(k, k + 1, MentionKind.Name, [id], $"'{view.Tokens[k].Text}' refers back to the last act ({id})")).ToArray();
        var act = lexicon.EntriesForWord(view.Tokens[k].Lower).FirstOrDefault(n => !n.IsVerb && n.Type != t.Entry.Type && !cues.StanceTypes.Contains(n.Type));
        return act is null ? null : LastAgentsAt(act.Type, k, k + 1, view.Tokens[k].Text);
    }

    /// <summary>The agents of the document's last relation of <paramref name="type"/>, as mentions of the act noun that refers back to it.</summary>
    private IReadOnlyList<Mention>? LastAgentsAt(string type, int first, int last, string word) =>
        _state?.LastAgents.GetValueOrDefault(type) is { Count: > 0 } agents
            ? agents.Select(id => new Mention(first, last, MentionKind.Name, [id], $"'{word}' refers back to the last {type} ({id})")).ToArray()
            : null;

    /// <summary>"all measures Russia takes", "the steps that Seoul has taken": the subject of a relative clause on the verb's object.</summary>
    private static Mention? RelativeClauseAgent(SentenceView view, TriggerMatch t)
    {
        var k = t.Last;
        while (k < view.Tokens.Count && k - t.Last < 5 && view.Tokens[k].IsWord && char.IsLower(view.Tokens[k].Text[0]) && view.Tokens[k].Pos is "DET" or "ADJ" or "NOUN" or "NUM" or "ADV") k++;
        if (k == t.Last || !view.Tokens[k - 1].IsNoun) return null;
        // ("all measures taken by Moscow": a reduced relative names the agent in its by-phrase)
        if (k + 2 < view.Tokens.Count && IsParticiple(view.Tokens[k]) && view.Tokens[k + 1].Lower == "by")
            return view.Mentions.FirstOrDefault(m => m.First == k + 2 && !m.Possessive && !m.Modifier);
        if (k < view.Tokens.Count && view.Tokens[k].Lower is "that" or "which") k++;
        var agent = view.Mentions.FirstOrDefault(m => m.First == k && !m.Possessive && !m.Modifier);
        return agent is not null && agent.Last < view.Tokens.Count && view.Tokens[agent.Last].Pos is "VERB" or "AUX" ? agent : null;
    }

    /// <summary>
    /// "sent troops to help Russia", "shipped shells to support Moscow": the object of a helping verb in a purpose infinitive;
    /// "sent soldiers to fight alongside Russian forces": the side a fighting verb's preposition names, a demonym included.
    /// </summary>
    private static Mention? BenefactivePurpose(SentenceView view, TriggerMatch t)
    {
        for (var k = t.Last; k + 2 < view.Tokens.Count && k - t.Last <= 8 && view.Clause[k] == view.Clause[t.First]; k++)
        {
            if (view.Tokens[k].Lower != "to") continue;
            if (view.IsBenefactiveVerb(view.Tokens[k + 1]))
                return view.Mentions.FirstOrDefault(m => m.First == k + 2 && !m.Possessive && !m.Modifier);
            if (k + 3 < view.Tokens.Count && view.IsSideTakingVerb(view.Tokens[k + 1]) && view.IsSidePreposition(view.Tokens[k + 2]))
                return view.Mentions.FirstOrDefault(m => m.First == k + 3 && !m.Possessive);
        }
        return null;
    }

    /// <summary>"the treaty, which Putin and Kim signed in June": the verb's object is the noun its relative clause is on.</summary>
    private bool RelativeOn(SentenceView view, TriggerMatch t, string[] nouns)
    {
        var start = Array.IndexOf(view.Clause, view.Clause[t.First]);
        if (start < 1 || start >= t.First || !view.IsRelativePronoun(view.Tokens[start])) return false;
        var noun = view.Tokens[start - 1].Text == "," ? start - 2 : start - 1;
        return noun >= 0 && nouns.Contains(view.Tokens[noun].Lower);
    }

    /// <summary>
    /// "Shoigu, now secretary of Russia's Security Council, arrived": a name inside a verbless phrase set off by commas right
    /// after another name is an apposition to it, and the name it describes is the subject.
    /// </summary>
    private static Mention? AppositiveHost(SentenceView view, Mention m, TriggerMatch t, IReadOnlyList<Mention> candidates)
    {
        var open = m.First - 1;
        while (open >= 0 && view.Tokens[open].Text != "," && !view.Tokens[open].IsVerb) open--;
        if (open < 1 || view.Tokens[open].Text != ",") return null;
        var close = m.Last;
        while (close < t.First && view.Tokens[close].Text != "," && !view.Tokens[close].IsVerb) close++;
        if (close >= t.First || view.Tokens[close].Text != ",") return null;
        var host = candidates.LastOrDefault(x => x.Last == open);
        // ("Iran's foreign minister, Abbas Araghchi, visited": a name in apposition to an unnamed office holder says who holds
        // it, and named ministers act in their own name)
        if (host is { Kind: MentionKind.Title } && m.Kind is MentionKind.Name or MentionKind.NewName && m.IsResolved && m.ActorIds.Count == 1) return null;
        // ("X, general secretary of the party and president of the state, sent": a conjunction joining two titles is inside it)
        return host is not null && host != m
               && !Enumerable.Range(open + 1, m.First - open - 1).Any(k => view.Tokens[k].Lower is "and" or "or" && !(k + 1 < view.Tokens.Count && view.IsTitleWord(view.Tokens[k + 1])))
            ? host : null;
    }

    /// <summary>"Hundreds of Iranian drones were shipped": the demonym in the of-phrase of a quantity that is the passive's subject.</summary>
    private Mention? QuantifiedTheme(SentenceView view, TriggerMatch t, string goodsType, bool passive)
    {
        var clause = view.Clause[t.First];
        var origin = view.Mentions.LastOrDefault(m => m.Last <= t.First && view.Clause[m.First] == clause);
        // ("its soldiers had been deployed", "North Korea's troops were sent": or the possessor of the goods)
        var owned = origin is { Possessive: true } && GoodsFollow(view, origin.Last, goodsType);
        if (origin is null || (!owned && (view.PrepositionBefore(origin, 0) != "of" || !IsThemeOrigin(view, origin, "of", goodsType)))) return null;
        // only the goods and the verb's auxiliaries (a passive's among them) lie between the demonym and the verb
        var from = origin.Last < t.First && view.Tokens[origin.Last].IsPossessiveMarker ? origin.Last + 1 : origin.Last;
        var between = view.Tokens.Skip(from).Take(t.First - from).ToArray();
        return between.All(x => x.IsWord && (char.IsLower(x.Text[0]) || x.Pos is "ADJ") && (x.Pos != "VERB" || cues.PassiveAuxiliaries.Contains(x.Lower)))
               && (!passive || between.Any(x => cues.PassiveAuxiliaries.Contains(x.Lower)))
            ? origin : null;
    }

    /// <summary>"the transfer of Iranian drones": the demonym of the goods the noun moves names who moves them.</summary>
    /// <summary>"the deployment of North Korean troops": a demonym heading goods or personnel names where they come from.</summary>
    public bool IsGoodsOrigin(SentenceView view, Mention m) => IsThemeOrigin(view, m, "of", "SUPPLIED");

    private bool IsThemeOrigin(SentenceView view, Mention m, string prep, string type) =>
        prep == "of" && m.Kind == MentionKind.Demonym && GoodsFollow(view, m.Last, type);

    /// <summary>
    /// Whether one of the next three lower-case words from <paramref name="from"/> names goods of the type (triggers.json
    /// "details"), after a possessive marker and past a model name ("North Korean KN-23 missiles").
    /// </summary>
    private bool GoodsFollow(SentenceView view, int from, string type)
    {
        if (!lexicon.Details.TryGetValue(type, out var goods)) return false;
        if (from < view.Tokens.Count && view.Tokens[from].IsPossessiveMarker) from++;
        // ("North Korean special forces": a two-word goods phrase counts whole)
        var words = Enumerable.Range(from, Math.Max(0, view.Tokens.Count - from)).Where(k => !Text.Token.InDesignation(view.Tokens, k)).Select(k => view.Tokens[k])
            .Take(3).TakeWhile(x => x.IsWord && char.IsLower(x.Text[0])).Select(x => x.Lower).ToArray();
        return words.Any(goods.Contains) || words.Zip(words.Skip(1), (a, b) => a + " " + b).Any(goods.Contains);
    }

    /// <summary>
    /// "sanctioned X over the deployment of troops", "amid shipments of arms": a noun in a phrase giving the reason for, or
    /// the circumstances of, the clause's act names another's act, not one of the clause subject's.
    /// </summary>
    private static bool InReasonPhrase(SentenceView view, TriggerMatch t)
    {
        var k = t.First - 1;
        while (k >= 0 && (view.IsDeterminer(view.Tokens[k]) || view.Tokens[k].IsAdjective || view.InDate[k])) k--;
        return k >= 0 && view.ReasonPrepositions.Contains(view.Tokens[k].Lower);
    }

    /// <summary>
    /// "a visit to Russia at the invitation of Lavrov": the of-phrase before <paramref name="m"/> follows a common noun of
    /// its own, past a preposition after the trigger, so it is that noun's, not the trigger's.
    /// </summary>
    private static bool OfAttachesToOtherNoun(SentenceView view, TriggerMatch t, Mention m)
    {
        var of = Enumerable.Range(t.Last, Math.Max(0, m.First - t.Last)).LastOrDefault(k => view.Tokens[k].Lower == "of", -1);
        if (of <= t.Last) return false;
        var head = view.Tokens[of - 1];
        return head.IsNoun && !head.IsCapitalized && !view.InMention(of - 1)
               && Enumerable.Range(t.Last, of - 1 - t.Last).Any(k => view.IsPreposition(view.Tokens[k]) && !view.InMention(k));
    }

    /// <summary>The name a noun phrase ending at the trigger is set in apposition to: "X, Russia's closest ally, ...".</summary>
    private static Mention? AppositionHost(SentenceView view, TriggerMatch t)
    {
        if (t.Last >= view.Tokens.Count || view.Tokens[t.Last].Text is not ("," or ".")) return null;
        var k = t.First - 1;
        while (k >= 0 && (view.IsDeterminer(view.Tokens[k]) || view.Tokens[k].IsAdjective || view.Tokens[k].IsAdverb || view.Tokens[k].IsPossessiveMarker
                          || view.Mentions.Any(m => m.Possessive && m.First <= k && k < m.Last))) k--;
        if (k < 1 || view.Tokens[k].Text != ",") return null;
        return view.Mentions.LastOrDefault(m => m.Last == k && !m.Possessive && m.IsResolved);
    }

    /// <summary>The direct object (or its owner) of one of <paramref name="lemmas"/> right after the noun, which is its subject.</summary>
    private static Mention? PatientOfHeadedVerb(SentenceView view, TriggerMatch t, string[] lemmas)
    {
        var v = t.Last;
        // ("the EU's package, adopted in December, listed X": past a parenthetical set off by commas)
        if (v < view.Tokens.Count && view.Tokens[v].Text == ",")
            v = Enumerable.Range(v + 1, Math.Max(0, Math.Min(view.Tokens.Count, v + 12) - v - 1)).FirstOrDefault(k => view.Tokens[k].Text == ",", view.Tokens.Count - 1) + 1;
        while (v < view.Tokens.Count && view.Tokens[v].IsAdverb) v++;
        if (v + 1 >= view.Tokens.Count || !lemmas.Contains(view.Tokens[v].Lemma)) return null;
        // ("sanctions target X": the tagger may read the verb as the head of a compound noun; a noun phrase right after it
        // shows it takes an object)
        var m = view.Mentions.FirstOrDefault(x => x.First > v && x.First - v <= 4);
        if (!view.Tokens[v].IsVerb && !(view.Tokens[v].IsNoun && (view.IsDeterminer(view.Tokens[v + 1]) || m?.First == v + 1))) return null;
        return m is not null && view.PrepositionBefore(m, v + 1) == "" ? m : null;
    }

    private Arguments? Noun(SentenceView view, TriggerMatch t, IReadOnlyList<TriggerMatch> verbs)
    {
        var e = t.Entry;
        // "its aid donor": a noun modifying another trigger noun leaves the arguments to its head
        if (t.Last < view.Tokens.Count && view.Tokens[t.Last].IsNoun && lexicon.EntriesForWord(view.Tokens[t.Last].Lower).Any(x => !x.IsVerb)) return null;
        // "the Putin-Kim summit": two people's names joined by a hyphen right before a symmetric noun are its parties (a
        // "Russia-North Korea summit" names its states' leaders, who the text names elsewhere)
        if (catalog.IsSymmetric(e.Type) && HyphenatedPair(view, t) is [var one, var two] && IsPerson(one, view) && IsPerson(two, view))
            return new Arguments([], [], "noun-hyphenated-pair", [one, two]);
        var modifier = Modifier(view, t);
        Mention? agent = null, patient = null;
        if (!catalog.IsSymmetric(e.Type) && NamedPatientAfterPossessor(view, t, e) is var (possessor, named))
            (modifier, patient) = (possessor, named);
        var afterWith = OfIsAgent(view, t, modifier);
        foreach (var m in view.Mentions.Where(m => m.First >= t.Last && view.Clause[m.First] == view.Clause[t.First] && m.First - t.Last <= 20))
        {
            if (verbs.Any(v => v.First >= t.Last && v.Last <= m.First)) break;
            if (m.RoleOwner || NamedInApposition(view, m)) continue;
            var prep = view.PrepositionBefore(m, t.Last);
            if (prep is null) continue;
            // A noun's arguments do not reach past a verb, except past the participle of a reduced relative that keeps
            // the noun's own roles ("sanctions placed on X by Y"); "solidarity established between A and B of C" stops.
            if (Enumerable.Range(t.Last, m.First - t.Last).Any(k => view.Tokens[k].IsVerb && !view.IsParticipleModifier(k) && !(IsParticiple(view.Tokens[k]) && prep is not ("between" or "of"))))
                break;
            if (agent is null && (e.AgentPreps.Contains(prep) || (afterWith && prep == "of") || IsThemeOrigin(view, m, prep, e.Type))
                && !(prep == "of" && OfAttachesToOtherNoun(view, t, m))) { agent = m; continue; }
            // "recognition of the Moscow-backed regions": the regions are recognised, not Moscow (but "imposed by U.S.-led
            // coalitions" keeps the compound's name as the agent)
            // "letters to her counterparts in Syria": the owner of what the phrase names is not the patient
            if (m.Possessive && m.Kind is MentionKind.PersonPronoun or MentionKind.ThingPronoun or MentionKind.PluralPronoun) continue;
            if (patient is null && !m.Modifier && e.PatientPreps.Contains(prep) && KindAllowed(m, e.PatientKinds, view, e.Type)) patient = m;
        }
        // ("the EU's new sanctions target Belarusian banks": a verb the noun heads as subject may take its patient as object)
        if (patient is null && e.PatientVerbs is { Length: > 0 } && PatientOfHeadedVerb(view, t, e.PatientVerbs) is { } objectPatient) patient = objectPatient;
        if (e.RequiresModifier && modifier is null) return null;
        if (cues.WarTypes.Contains(e.Type)) (agent, patient) = CompleteFromWars(t, agent ?? modifier, patient);
        // ("Ukraine launched an invasion of X": or a light verb whose subject performs the noun's act)
        if (e.RequiresModifierOrAgent && modifier is null && agent is null && !(e.SubjectLightVerbs is { Length: > 0 } && LightVerbBefore(view, t, e.SubjectLightVerbs))) return null;
        IReadOnlyList<Mention> sources = agent is not null ? GroupOf(view, agent) : modifier is not null && e.ModifierRole == "source" ? [modifier] : [];
        IReadOnlyList<Mention> targets = patient is not null ? GroupOf(view, patient) : modifier is not null && e.ModifierRole == "target" ? [modifier] : [];
        if (patient is not null && view.PrepositionBefore(patient, t.Last) == "between")
        {
            var group = GroupOf(view, patient);
            // "talks between A and B with the participation of C": the between-phrase names all the parties
            if (catalog.IsSymmetric(e.Type)) return group.SelectMany(g => g.ActorIds).Distinct().Count() < 2 ? null : new Arguments([], [], "noun-between", group);
            if (e.BetweenBothWays && sources.Count == 0 && group.Count == 2) return new Arguments([group[0], group[1]], [group[1], group[0]], "noun-between-both-ways");
            if (!catalog.IsSymmetric(e.Type) && !e.BetweenBothWays) return null; // "solidarity between A and B" names no direction
        }
        var frame = "noun";
        var undergoerVerb = e.UndergoerVerbs is { Length: > 0 }
            ? Enumerable.Range(Math.Max(0, t.First - 4), Math.Min(4, t.First)).LastOrDefault(k => e.UndergoerVerbs.Contains(view.Tokens[k].Lower) || e.UndergoerVerbs.Contains(view.Tokens[k].Lemma), -1)
            : -1;
        // the undergoer verb must govern the noun ("faced new sanctions", "hit by US sanctions"), not another object
        // ("hit Russian banks with sanctions", "hit cities despite sanctions")
        if (undergoerVerb >= 0 && !Enumerable.Range(undergoerVerb + 1, t.First - undergoerVerb - 1).All(k =>
                view.IsDeterminer(view.Tokens[k]) || view.Tokens[k].IsAdjective || view.Tokens[k].IsAdverb || view.Tokens[k].Lower == "by"
                || view.Tokens[k].Pos == "NUM" || view.InMention(k)))
            undergoerVerb = -1;
        // "Iran received aid from Russia", not "the agency assessed there was aid from Russia": where the entry names the
        // light verbs of receiving, the clause subject is the recipient only through one of them
        var receivingVerb = e.SubjectLightVerbs is { Length: > 0 } && LightVerbBefore(view, t, e.SubjectLightVerbs);
        var withPhrase = InWithPhrase(view, t);
        var recipientSubject = e.DefaultTarget == "subject" && (e.SubjectLightVerbs is not { Length: > 0 } || receivingVerb || withPhrase);
        var namedUndergoer = patient is not null;
        if (targets.Count == 0 && (recipientSubject || afterWith || undergoerVerb >= 0))
        {
            // "helped Iran evade sanctions": the undergoer is the subject of the evading verb, which may be another verb's object
            var evader = undergoerVerb > 0 ? view.Mentions.FirstOrDefault(m => m.Last == undergoerVerb && !m.Possessive && !m.Modifier) : null;
            evader ??= undergoerVerb >= 0 ? InvertedSubject(view, t) : null;
            targets = evader is not null ? GroupOf(view, evader) : Subject(view, t, verbs, exclude: modifier);
            namedUndergoer = evader is not null;
            // a with-phrase belongs to a subject before it ("Russia's attempt to prolong the war with assistance from X, we ...")
            if (evader is null && withPhrase && !(recipientSubject && receivingVerb) && targets.Any(m => m.First > t.First))
                targets = [];
            frame = "noun-recipient-subject";
        }
        // "X and Y held talks": the clause subject takes part only through one of the entry's light verbs
        // ("a summit with X" names the subject's partner, so there the subject takes part whatever the verb; "a stance on
        // sanctions against X" names no act of the subject's)
        var lightVerbOk = (e.SubjectLightVerbs is not { Length: > 0 } || (targets.Count > 0 && catalog.IsSymmetric(e.Type)) || LightVerbBefore(view, t, e.SubjectLightVerbs))
                          && (e.Copulas is not { Length: > 0 } || LinkedByCopula(view, t, e.Copulas));
        // ("a Russian veto": a demonym right on an act noun names its agent as a possessive does; in "North Korean sanction
        // vetoes" it modifies another noun)
        var explicitSource = sources.Count > 0 && (agent is not null || modifier is { Possessive: true }
                                                   || (modifier is { Kind: MentionKind.Demonym } && modifier.Last == t.First && e.ModifierRole == "source"));
        // "Canada condemned the transfer of drones to Russia": the judge of an act is not its agent
        // ("called for the easing of sanctions": a verb that judges only with its required words is no judge without them)
        var judged = verbs.Any(v => cues.EvaluativeTypes.Contains(v.Entry.Type) && v.Last <= t.First && view.Clause[v.First] == view.Clause[t.First] && RequiredWordsPresent(view, v));
        // ("Belarus, Russia's closest ally, hosted ...": an apposition says what a copula would)
        if (sources.Count == 0 && e.Copulas is { Length: > 0 } && AppositionHost(view, t) is { } host) { sources = [host]; lightVerbOk = true; }
        // "Russia violated the sanctions on X": the subject of an undergoer verb suffers the noun's act, it does not perform it
        if (sources.Count == 0 && e.DefaultSource is "subject" or "subject-or-possessor" && lightVerbOk && !judged && undergoerVerb < 0 && !HeadsSubordinateSubject(view, t)
            && !HeadsComplementSubject(view, t, verbs) && !InReasonPhrase(view, t))
        {
            sources = ReducedRelativeSubject(view, t) ?? Subject(view, t, verbs, exclude: modifier);
            // "Russia cast a veto": the subject of one of the entry's light verbs performs the noun's act
            // ("countries casting a veto": a participle on a common noun has that noun, no actor, as its subject)
            explicitSource |= sources.Count > 0 && e.SubjectLightVerbs is { Length: > 0 } && LightVerbAt(view, t, e.SubjectLightVerbs) is { } light
                              && !(light > 0 && view.Tokens[light - 1].IsNoun && !view.Mentions.Any(m => m.First <= light - 1 && light - 1 < m.Last));
            if (sources.Count == 0 && e.DefaultSource == "subject-or-possessor") sources = Possessor(view, t);
            frame = "noun-agent-subject";
        }
        // "Moscow thanked Pyongyang for its support": what the thanked party is thanked for was done for the one who thanks
        if (targets.Count == 0 && ThankedFor(view, t) is { } thankVerb)
        {
            var thanker = SubjectAt(view, t, thankVerb, verbs);
            var thanked = view.Mentions.FirstOrDefault(m => m.First > thankVerb && m.Last <= t.First && !m.Possessive);
            if (thanker.Count > 0)
            {
                targets = thanker;
                if (sources.Count == 0 && thanked is not null) sources = [thanked];
                frame = "noun-thanked-for";
            }
        }
        // "Putin and Kim exchanged letters": a reciprocal verb's two coordinated subjects each send the noun's act to the other
        if (targets.Count == 0 && e.BetweenBothWays && sources.Count == 2 && frame == "noun-agent-subject" && LightVerbBefore(view, t, view.ReciprocalVerbs)
            && sources.SelectMany(m => m.ActorIds).Distinct().Count() == 2)
            return new Arguments([sources[0], sources[1]], [sources[1], sources[0]], "noun-reciprocal-subject");
        if (targets.Count == 0 && e.DefaultTarget == "other-person")
        {
            var srcIds = sources.SelectMany(s => s.ActorIds).ToHashSet();
            // "Shoigu delivered a message from Putin": who carries a message is not who it is for
            if (LightVerbAt(view, t, view.CarrierVerbs) is { } carrying)
                srcIds.UnionWith(SubjectAt(view, t, carrying, verbs).SelectMany(m => m.ActorIds));
            // ("Putin's message praised X, Kim said": nor is whoever reports on it)
            var other = view.Mentions.FirstOrDefault(m => m.ActorIds.Count == 1 && !srcIds.Contains(m.ActorIds[0]) && !m.RoleOwner && IsPerson(m, view) && !Reports(view, m));
            if (other is not null) { targets = [other]; frame = "noun-other-person"; }
        }
        // "Russia's veto": an entry may name its usual target ("unsc" for a veto) when the text leaves it implicit
        if (targets.Count == 0 && e.DefaultTarget is { } fixedTarget && fixedTarget is not ("subject" or "other-person") && explicitSource)
            targets = [new Mention(t.First, t.Last, MentionKind.Name, [fixedTarget], $"default target of '{t.Text}': {fixedTarget}")];
        if (catalog.IsSymmetric(e.Type))
        {
            var participants = sources.Concat(targets).ToList();
            // "a summit with X and Y" is one event where all meet; "summit diplomacy with X, Y and Z" is a practice of separate ones
            var oneEvent = Enumerable.Range(Math.Max(0, t.First - 2), Math.Min(2, t.First)).Any(k => view.Tokens[k].Lower is "a" or "an" or "the");
            return participants.SelectMany(p => p.ActorIds).Distinct().Count() < 2 ? null
                : new Arguments([], [], frame, participants, sources.Count > 0 && targets.Count > 0 && !oneEvent ? targets : null);
        }
        // "Among those hit by the new sanctions are X": a definite act noun whose agent the sentence leaves out is the act
        // the document last gave an agent
        // (only for a party the noun's own phrase names, not the clause subject a reading falls back on)
        if (sources.Count == 0 && targets.Count > 0 && namedUndergoer && modifier is null && AgentsReferredBack(view, t) is { } earlier)
        {
            sources = earlier;
            frame += "-agent-referred-back";
            return new Arguments(sources, targets, frame, RefersBack: true);
        }
        return sources.Count == 0 || targets.Count == 0 ? null : new Arguments(sources, targets, frame);
    }

    /// <summary>"the sanctions", "the new sanctions": the agents of the document's last relation of the noun's type.</summary>
    private IReadOnlyList<Mention>? AgentsReferredBack(SentenceView view, TriggerMatch t)
    {
        var k = t.First - 1;
        while (k >= 0 && view.Tokens[k].IsAdjective && !view.InMention(k)) k--;
        if (k < 0 || view.Tokens[k].Lower is not ("the" or "these" or "this")) return null;
        // ("the help of Moscow": an of-phrase names the act's own owner, whether or not it resolves)
        if (t.Last < view.Tokens.Count && view.Tokens[t.Last].Lower == "of") return null;
        return LastAgentsAt(t.Entry.Type, t.First, t.Last, t.Text);
    }

    /// <summary>"Among those hit by the sanctions are X and Y": the first mention after the inversion verb that follows the noun.</summary>
    private Mention? InvertedSubject(SentenceView view, TriggerMatch t)
    {
        var start = t.First;
        while (start > 0 && view.Clause[start - 1] == view.Clause[t.First] && view.Tokens[start - 1].Text != ",") start--;
        if (!cues.InversionPrepositions.Contains(view.Tokens[start].Lower)) return null;
        var verb = Enumerable.Range(t.Last, Math.Max(0, Math.Min(view.Tokens.Count, t.Last + 3) - t.Last))
            .FirstOrDefault(k => view.Tokens[k].Pos is "VERB" or "AUX", -1);
        if (verb < 0 || !cues.InversionVerbs.Contains(view.Tokens[verb].Lemma)) return null;
        return view.Mentions.FirstOrDefault(m => m.First > verb && m.First - verb <= 6 && !m.Possessive && !m.Modifier && view.Clause[m.First] == view.Clause[verb]);
    }

    /// <summary>The subject of a reporting or accusing verb right after it ("Washington has accused", "Seoul said").</summary>
    private bool IsClaimant(SentenceView view, Mention m, IReadOnlyList<TriggerMatch> verbs) =>
        Enumerable.Range(m.Last, Math.Max(0, Math.Min(view.Tokens.Count, m.Last + 3) - m.Last)).Any(k =>
            cues.IsReportingVerb(view.Tokens[k]) || verbs.Any(v => v.First == k && v.Entry.Type == "ACCUSED"));

    /// <summary>A light verb ("held talks", "paid a visit") heads the noun's phrase: its lemma within three words before it.</summary>
    /// <summary>"has been its most dependable ally": the nearest verb before the noun phrase is one of the linking verbs.</summary>
    private static bool LinkedByCopula(SentenceView view, TriggerMatch t, string[] lemmas)
    {
        for (var k = t.First - 1; k >= Math.Max(0, t.First - 8); k--)
            if (view.Tokens[k].Pos is "VERB" or "AUX") return lemmas.Contains(view.Tokens[k].Lemma);
        return false;
    }

    /// <summary>
    /// "We emphasize that arms transfers to X are illegal": a noun heading the subject of a that-clause has no agent in the
    /// clause around it.
    /// </summary>
    private bool HeadsSubordinateSubject(SentenceView view, TriggerMatch t)
    {
        var k = t.First - 1;
        while (k >= 0 && view.Clause[k] == view.Clause[t.First] && view.Tokens[k].Lower != "that"
               && (view.IsDeterminer(view.Tokens[k]) || view.Tokens[k].IsAdjective || (view.Tokens[k].IsNoun && !view.Tokens[k].IsCapitalized))) k--;
        // ("told reporters in Moscow that talks with X ...": the verb's own objects may come between it and "that")
        return k > 0 && view.Tokens[k].Lower == "that"
               && (view.Tokens[k - 1].IsVerb || Enumerable.Range(Math.Max(0, k - 6), Math.Min(6, k)).Reverse()
                       .TakeWhile(j => view.Tokens[j].IsWord && !view.Tokens[j].IsAuxiliary).Any(j => cues.IsReportingVerb(view.Tokens[j])));
    }

    /// <summary>"fought the war with extensive help from China": the noun heads a with-phrase that the clause subject has.</summary>
    private bool InWithPhrase(SentenceView view, TriggerMatch t)
    {
        var k = t.First - 1;
        while (k >= 0 && (view.IsDeterminer(view.Tokens[k]) || view.Tokens[k].IsAdjective || view.Tokens[k].IsAdverb)) k--;
        return k >= 0 && view.Tokens[k].Lower == "with";
    }

    private static bool LightVerbBefore(SentenceView view, TriggerMatch t, IReadOnlyCollection<string> lemmas) => LightVerbAt(view, t, lemmas) is not null;

    /// <summary>"X held talks": a noun trigger one of whose entry's light verbs comes before it.</summary>
    public bool HasSubjectLightVerb(SentenceView view, TriggerMatch t) => !t.Entry.IsVerb && t.Entry.SubjectLightVerbs is { Length: > 0 } lemmas && LightVerbBefore(view, t, lemmas);

    /// <summary>The last of the given light verbs (by lemma) in the four words before the trigger, or null.</summary>
    private static int? LightVerbAt(SentenceView view, TriggerMatch t, IReadOnlyCollection<string> lemmas) =>
        Enumerable.Range(Math.Max(0, t.First - 4), Math.Min(4, t.First)).Where(k => view.Tokens[k].Pos is "VERB" or "AUX" && lemmas.Contains(view.Tokens[k].Lemma))
            .Select(k => (int?)k).LastOrDefault();

    private bool IsReducedRelative(SentenceView view, TriggerMatch t)
    {
        if (t.First < 2 || !IsParticiple(view.Tokens[t.First])) return false;
        var byOrBetween = Enumerable.Range(t.Last, Math.Max(0, Math.Min(view.Tokens.Count, t.Last + 3) - t.Last)).Any(i => view.Tokens[i].Lower is "by" or "between");
        // "the treaty, signed by Putin and Kim, ...": a parenthetical participle on the noun before the comma
        if (byOrBetween && t.First >= 3 && view.Tokens[t.First - 1].Text == "," && view.Tokens[t.First - 2].IsNoun && !view.Tokens[t.First - 2].IsCapitalized) return true;
        if (!view.Tokens[t.First - 1].IsNoun || view.Tokens[t.First - 1].IsCapitalized) return false;
        // "the agreement signed on Wednesday between X and Y", "the arms supplied by Iran": a passive's by- or between-phrase follows
        if (byOrBetween) return true;
        var k = t.First - 2;
        while (k >= 0 && (view.Tokens[k].IsAdjective || view.IsDeterminer(view.Tokens[k]) || (view.Tokens[k].IsNoun && !view.Tokens[k].IsCapitalized))) k--;
        return k >= 0 && view.Tokens[k].Pos == "ADP" && view.Tokens[k].IsWord && char.IsLower(view.Tokens[k].Text[0]);
    }

    private static bool IsParticiple(Text.Token t) => t.Lower != t.Lemma && (t.Lower.EndsWith("ed") || t.Lower.EndsWith("en"));

    private bool IsPerson(Mention m, SentenceView view) => _state?.KindOf(m.ActorIds[0]) == ActorKind.Person;

    private DiscourseState? _state;

    /// <summary>The document being read: actor kinds (including actors found in its text) come from it.</summary>
    public void Use(DiscourseState state) => _state = state;

    /// <summary>A place passes where states do for relation types whose target is a destination (troops sent to Kursk go to Russia).</summary>
    private bool KindAllowed(Mention m, string[]? kinds, SentenceView view, string? type = null) =>
        kinds is null || kinds.Length == 0 || m.ActorIds.All(id => _state?.KindOf(id) is { } k
            && (kinds.Contains(k.ToString(), StringComparer.OrdinalIgnoreCase)
                || (k == ActorKind.Place && type is not null && cues.DestinationTypes.Contains(type) && kinds.Contains(nameof(ActorKind.State), StringComparer.OrdinalIgnoreCase))));

    /// <summary>"with the support of X": X is the supporter, not the supported.</summary>
    private static bool OfIsAgent(SentenceView view, TriggerMatch t, Mention? modifier)
    {
        if (!t.Entry.OfIsAgentAfterWith || modifier is not null) return false;
        var k = t.First - 1;
        while (k >= 0 && view.IsDeterminer(view.Tokens[k]) || (k >= 0 && view.Tokens[k].IsWord && char.IsLower(view.Tokens[k].Text[0]) && view.Tokens[k].Lower != "with" && t.First - k <= 3)) k--;
        return k >= 0 && view.Tokens[k].Lower == "with";
    }

    /// <summary>The possessive, demonym or (where allowed) name right before a trigger noun: "Russia's", "Soviet", "its", "UN".</summary>
    /// <summary>
    /// "Kim's first Russia visit", "Moscow's Ukraine invasion": a bare name between a possessor and the noun names the
    /// noun's patient (where a patient of its kind is allowed), and the possessor its agent.
    /// </summary>
    private (Mention, Mention)? NamedPatientAfterPossessor(SentenceView view, TriggerMatch t, TriggerEntry e)
    {
        if (e.PatientKinds is not { Length: > 0 }) return null;
        var named = view.Mentions.LastOrDefault(x => x.Last == t.First && !x.Possessive && !x.Modifier && x.Kind is MentionKind.Name or MentionKind.Metonym);
        if (named is null || !KindAllowed(named, e.PatientKinds, view, e.Type)) return null;
        var possessor = view.Mentions.LastOrDefault(x => x.Last <= named.First && x.Possessive && named.First - x.Last <= 3);
        if (possessor is null) return null;
        var between = view.Tokens.Skip(possessor.Last).Take(named.First - possessor.Last).Where(x => !x.IsPossessiveMarker);
        return between.All(x => x.IsWord && char.IsLower(x.Text[0]) && !view.IsDeterminer(x)) ? (possessor, named) : null;
    }

    private Mention? Modifier(SentenceView view, TriggerMatch t) => OwnModifier(view, t) ?? SharedModifier(view, t);

    /// <summary>"its aid donor and diplomatic ally": the second of two coordinated nouns shares the first one's possessor.</summary>
    private Mention? SharedModifier(SentenceView view, TriggerMatch t)
    {
        var k = t.First - 1;
        while (k >= 0 && view.Tokens[k].IsAdjective) k--;
        if (k < 1 || view.Tokens[k].Lower is not ("and" or "or") || !view.Tokens[k - 1].IsNoun || view.Tokens[k - 1].IsCapitalized) return null;
        var first = OwnModifier(view, t with { First = k - 1, Last = k });
        return first is { Possessive: true } ? first : null;
    }

    private Mention? OwnModifier(SentenceView view, TriggerMatch t)
    {
        var m = view.Mentions.LastOrDefault(x => x.Last <= t.First && t.First - x.Last <= 4);
        if (m is null) return null;
        var at = Enumerable.Range(m.Last, t.First - m.Last).ToList();
        if (m.Possessive && at.Count > 0 && view.Tokens[at[0]].IsPossessiveMarker) at.RemoveAt(0);
        if (m.Modifier && at.Count >= 2 && view.Tokens[at[0]].IsHyphen) at.RemoveRange(0, 2);
        // ("Putin's June 2024 trip": a date phrase premodifies a possessed noun)
        // ("her three-day visit": a hyphenated compound premodifies it too)
        at.RemoveAll(k => view.Tokens[k].IsQuote || (m.Possessive && view.InDate[k])
                          || (m.Possessive && view.Tokens[k].IsHyphen && k > m.Last && k + 1 < t.First && view.Tokens[k - 1].IsWord && view.Tokens[k + 1].IsWord));
        var between = at.Select(k => view.Tokens[k]).ToList();
        if (between.Any(x => !x.IsWord || !char.IsLower(x.Text[0]) || view.IsDeterminer(x) && x.Lower is "the" or "a" or "an")) return null;
        if (between.Count > 3 || (between.Count == 3 && !m.Possessive)) return null;
        if (m.Possessive || m.Kind == MentionKind.Demonym || m.Modifier) return m;
        return t.Entry.NameModifier && between.Count <= 2 && m.Kind is MentionKind.Name or MentionKind.Metonym ? m : null;
    }

    private static IReadOnlyList<Mention> Possessor(SentenceView view, TriggerMatch t)
    {
        var m = view.Mentions.LastOrDefault(x => x.Last <= t.First && x.Possessive && !x.RoleOwner);
        return m is null ? [] : [m];
    }

    /// <summary>The coordination a mention stands in; a party the text leaves out (a default or a known war's) stands alone.</summary>
    private IReadOnlyList<Mention> GroupOf(SentenceView view, Mention m) => view.IndexOf(m) is var i and >= 0 ? view.Group(i).Where(x => !x.RoleOwner).ToArray() : [m];

    /// <summary>The object: the first mention after the trigger reached directly or through an allowed preposition.</summary>
    private (IReadOnlyList<Mention>?, string?) Object(SentenceView view, TriggerMatch t, string[] preps, string[]? kinds, IReadOnlyList<TriggerMatch> verbs)
    {
        string? kinPrep = null;
        foreach (var m in view.Mentions.Where(m => m.First >= t.Last && (view.Clause[m.First] == view.Clause[t.First] || (preps.Contains("that") && ComplementSubjectOf(view, t, m))) && m.First - t.Last <= 20))
        {
            // ("the Russian-occupied states": a participle inside a hyphenated compound is a modifier, not a verb of the clause)
            if (verbs.Any(v => v != t && v.First >= t.Last && v.Last <= m.First && !view.InLeadingPhrase(v.First) && !(v.First > 0 && view.Tokens[v.First - 1].IsHyphen))) break;
            if (view.ModifiesLedGroup(m)) continue;
            if (m.RoleOwner) { kinPrep = view.PrepositionBefore(m, t.Last); continue; }
            if (m.Modifier) continue; // "welcomed the Russia-backed government": the object is the government, not Russia
            if (NamedInApposition(view, m)) continue;
            // ("visited the Russian embassy in Pyongyang": a state's organ or people, named by its demonym, are no destination)
            if (t.Entry.Type == "VISITED" && m.Kind == MentionKind.Demonym && m.Last < view.Tokens.Count && view.IsAgentiveNoun(view.Tokens[m.Last])) continue;
            // ("agreed to host Russian nuclear weapons", "has hosted Russian troops": a demonym naming where goods or forces come
            // from is no one met)
            if (t.Entry.Type == "MET" && IsGoodsOrigin(view, m)) continue;
            // (a group is read from its first member that is a party: "met Iran's Raisi and ...": Raisi, not Iran)
            var index = view.IndexOf(m);
            if (index > 0 && view.GroupOf[index] != index && view.Group(index).FirstOrDefault(x => !x.RoleOwner) != m) continue;
            var prep = view.PrepositionBefore(m, t.Last);
            // ("warned that Seoul would be making a big mistake": an entry taking "that" reads the subject of its complement clause)
            if (preps.Contains("that") && ComplementSubjectOf(view, t, m)) prep = "that";
            // ("received in the Kremlin North Korean Foreign Minister Choe": a direct object shifted past a short place or time
            // phrase right after the verb)
            if (prep is null && m.First > t.Last + 1 && view.IsPreposition(view.Tokens[t.Last]) && view.Tokens[t.Last].Lower is not ("of" or "to" or "that")
                && Enumerable.Range(t.Last + 1, m.First - t.Last - 1).All(k => view.IsDeterminer(view.Tokens[k]) || view.InDate[k] || view.Mentions.Any(x => x != m && x.First <= k && k < x.Last && x.First > t.Last))
                && view.Mentions.Count(x => x != m && x.First > t.Last && x.Last <= m.First) <= 1)
                prep = "";
            // ("..., according to X": the source of the report, no recipient)
            if (prep == "to" && m.First >= 2 && Enumerable.Range(Math.Max(t.Last, m.First - 4), m.First - Math.Max(t.Last, m.First - 4)).Any(k => view.Tokens[k].Lower == "according" && view.Tokens[k + 1].Lower == "to")) continue;
            if (prep == "of" && !preps.Contains("of") && preps.Contains("") && !m.Possessive && view.IsOwnerOfDirectObject(m, t.Last, w => lexicon.EntriesForWord(w).Any(),
                    kinds?.Contains(nameof(ActorKind.Person), StringComparer.OrdinalIgnoreCase) == true)) prep = "";
            // "met Kim's father, Kim Jong Il": the apposition takes the place of the kin noun
            if (prep is null && kinPrep is not null && m.First > 0 && view.Tokens[Math.Max(0, m.First - 1)].Text == ",") prep = kinPrep;
            if (prep is null && kinPrep is not null && view.Tokens.Skip(0).Take(m.First).Reverse().SkipWhile(x => view.IsDeterminer(x) || x.IsHyphen || x.Lower.Contains("leader")).FirstOrDefault()?.Text == ",") prep = kinPrep;
            if (prep is null || !preps.Contains(prep)) continue;
            // "for its war": the recipient is the war, not its owner; but "to Russia's Kursk region" goes to Russia
            if (m.Possessive && prep is "to" or "for" && !OwnsNamedPlace(view, m)) continue;
            if (m.Possessive && m.Step.StartsWith("coreference", StringComparison.Ordinal)) continue; // "boosted its exports": the subject's own thing
            // "stand by our Russian comrades": a pronoun's possessed noun phrase names its own party
            if (m.Possessive && m.Kind is MentionKind.FirstPersonPronoun or MentionKind.PersonPronoun or MentionKind.PluralPronoun or MentionKind.ThingPronoun
                && view.Mentions.Any(x => x.Kind == MentionKind.Demonym && x.First >= m.Last && x.First - m.Last <= 2)) continue;
            if (!KindAllowed(m, kinds, view)) continue;
            // "welcomed North Korea's decision": whom one meets is no possessor of a thing, only of a person or group noun
            if (m.Possessive && prep == "" && kinds is { } personal && personal.Contains(nameof(ActorKind.Person), StringComparer.OrdinalIgnoreCase)
                && !PossessesPersonNoun(view, m)) continue;
            // ("thanked Kim and the North Korean people": each conjunct must be of a kind the entry takes)
            return (GroupOf(view, m).Where(x => KindAllowed(x, kinds, view)).ToArray(), prep);
        }
        return (null, null);
    }

    /// <summary>Whether <paramref name="m"/> opens the that-clause the verb governs ("warned (X) that Seoul would ...").</summary>
    private static bool ComplementSubjectOf(SentenceView view, TriggerMatch t, Mention m)
    {
        var k = m.First - 1;
        while (k > t.Last && view.IsDeterminer(view.Tokens[k])) k--;
        return k >= t.Last && k - t.Last <= 4 && view.Tokens[k].Lower == "that" && !view.Mentions.Any(x => x.First > k && x.First < m.First);
    }

    /// <summary>"met the North Korean counterpart, Choe Son Hui": the person named in apposition takes the demonym's place as the argument.</summary>
    private bool NamedInApposition(SentenceView view, Mention m) =>
        m.Kind == MentionKind.Demonym && m.Last + 2 < view.Tokens.Count && view.IsAgentiveNoun(view.Tokens[m.Last]) && view.Tokens[m.Last + 1].Text == ","
        && view.Mentions.Any(x => x.First == m.Last + 2 && IsPerson(x, view));

    private static bool PossessesPersonNoun(SentenceView view, Mention m)
    {
        var k = m.Last < view.Tokens.Count && view.Tokens[m.Last].IsPossessiveMarker ? m.Last + 1 : m.Last;
        while (k < view.Tokens.Count && view.Tokens[k].IsAdjective) k++;
        return k < view.Tokens.Count && (view.IsAgentiveNoun(view.Tokens[k]) || view.IsTitleWord(view.Tokens[k]) || view.IsLedGroupNoun(k) || view.Tokens[k].IsCapitalized);
    }

    private static bool OwnsNamedPlace(SentenceView view, Mention m)
    {
        var head = m.Last < view.Tokens.Count && view.Tokens[m.Last].IsPossessiveMarker ? m.Last + 1 : m.Last;
        return m.Kind is MentionKind.Name or MentionKind.Metonym && head < view.Tokens.Count && view.Tokens[head].IsCapitalized && view.Tokens[head].IsWord;
    }

    /// <summary>"moved to North Korea to buy": the place the subject turned to, for verbs of acquiring.</summary>
    private static IReadOnlyList<Mention>? BeforePreposition(SentenceView view, TriggerMatch t, string[] preps, IReadOnlyList<Mention> subject)
    {
        var start = subject.Count > 0 ? subject.Max(s => s.Last) : 0;
        var m = view.Mentions.LastOrDefault(x => x.First >= start && x.Last <= t.First && view.PrepositionBefore(x, start) is { } p && preps.Contains(p));
        return m is null ? null : [m];
    }

    private bool IsPassive(SentenceView view, TriggerMatch t)
    {
        var word = view.Tokens[t.First].Lower;
        if (!(word.EndsWith("ed") || word is "sold" or "sent" or "held" or "given" or "met" or "bought" or "sought")) return false;
        for (var k = t.First - 1; k >= Math.Max(0, t.First - 3); k--)
        {
            if (cues.PassiveAuxiliaries.Contains(view.Tokens[k].Lower)) return true;
            if (!view.IsDeterminer(view.Tokens[k])) break;
        }
        return false;
    }

    /// <summary>The subject of the verb at <paramref name="verb"/> ("thanked", "said", "delivered"), read as a trigger there would be.</summary>
    public IReadOnlyList<Mention> SubjectAt(SentenceView view, TriggerMatch t, int verb, IReadOnlyList<TriggerMatch> verbs) =>
        Subject(view, t with { First = verb, Last = verb + 1, Text = view.Tokens[verb].Text }, verbs);

    /// <summary>
    /// The clause subject: the nearest nominative mention (with its coordinated group) left of the trigger in
    /// its clause; else the antecedent of a relative "which/who"; else the nearest one in earlier clauses;
    /// else, for a fronted phrase ("In a message ..., Kim"), the first nominative after the comma.
    /// Comitatives ("joined X in", "along with X") add their partner.
    /// </summary>
    public IReadOnlyList<Mention> Subject(SentenceView view, TriggerMatch t, IReadOnlyList<TriggerMatch> verbs, Mention? exclude = null)
    {
        var clause = view.Clause[t.First];
        // "\"Sending drones to Russia is a violation,\" X said": a gerund clause that is the sentence's subject has an
        // arbitrary subject of its own, neither the speaker nor any party named after it
        if (GerundSubjectClause(view, t)) return [];
        // "accused X of planning to supply": a chain of catenative gerunds leaves the subject to the gerund that heads it
        var head = t.First;
        while (head >= 3 && view.Tokens[head - 1].Lower == "to" && view.Tokens[head - 2].IsWord && view.Tokens[head - 2].Lower.EndsWith("ing")) head -= 2;
        // "accused North Korea of providing", "joined China in imposing", "warned X against sending": the gerund's subject is
        // the name before the preposition
        if (head >= 2 && view.Tokens[head].Lower.EndsWith("ing") && view.Tokens[head - 1].Lower is "of" or "in" or "by" or "for" or "against")
        {
            // ("sanctioned three Russian companies for shipping": a demonym with its agentive head; "accused Moscow this year of
            // shipping": past a date phrase)
            var named = head - 1;
            while (named > 0 && view.InDate[named - 1]) named--;
            var before = view.Mentions.LastOrDefault(m => !m.Possessive && (m.Last == named
                || (m.Kind == MentionKind.Demonym && m.Last == head - 2 && view.IsAgentiveNoun(view.Tokens[head - 2]))));
            if (before is not null && view.PrepositionBefore(before, 0) is "" or null) return AddComitatives(view, GroupOf(view, before), t, verbs);
        }
        // ("NATO said Iran had sent drones, calling the move reckless": a free adjunct after a comma is controlled by the subject
        // of the sentence's first verb, not by the subject of a complement clause in between)
        if (t.Entry.IsVerb && t.First > 1 && view.OpensFreeAdjunct(t.First)
            && Enumerable.Range(0, t.First - 1).FirstOrDefault(k => view.Tokens[k].Pos == "VERB" && cues.IsReportingVerb(view.Tokens[k]), -1) is var reporting and >= 0
            && view.Mentions.Any(m => m.First > reporting && m.Last < t.First)
            && Subject(view, t with { First = reporting, Last = reporting + 1, Text = view.Tokens[reporting].Text }, verbs, exclude) is { Count: > 0 } controller)
            return controller;
        // "urged Belarus to send troops", "called on Iran to stop supplying drones": an object-control verb's object is the
        // infinitive's subject (past an aspectual verb that takes the trigger as gerund)
        var marker = t.First - 1;
        if (marker >= 1 && view.Tokens[t.First].Lower.EndsWith("ing") && view.Tokens[marker].IsVerb) marker--;
        if (marker >= 2 && view.Tokens[marker].Lower == "to" && view.Mentions.LastOrDefault(m => m.Last == marker && !m.Possessive) is { } controlled)
        {
            var verbEnd = GroupOf(view, controlled).Min(m => m.First);
            while (verbEnd > 0 && view.IsDeterminer(view.Tokens[verbEnd - 1])) verbEnd--;
            if (view.ControlVerbEndsAt(verbEnd)) return GroupOf(view, controlled);
        }
        // ("pointed to Belarus's role in supplying", "Iran's involvement in shipping": the possessor of the noun the gerund's
        // preposition attaches to is its subject)
        if (head >= 3 && view.Tokens[head].Lower.EndsWith("ing") && view.Tokens[head - 1].Lower is "in" or "of" && view.Tokens[head - 2].IsNoun
            && char.IsLower(view.Tokens[head - 2].Text[0]) && view.IsPossessor(head - 3)
            && view.Mentions.LastOrDefault(m => m.Possessive && (m.Last == head - 3 || m.Last == head - 2)) is { } nounOwner)
            return [nounOwner];
        // ("North Korea, which Ukraine accuses of supplying ...": or the antecedent a relative clause's verb takes as object)
        if (head >= 2 && view.Tokens[head].Lower.EndsWith("ing") && view.Tokens[head - 1].Lower is "of" or "for" && view.Tokens[head - 2].IsVerb
            && ObjectRelativeAntecedent(view, head - 2) is { } accused)
            return accused;
        // "accusations of Iran supplying drones": the name right before a gerund is its subject
        // ("their reaction to North Korea sending its soldiers": after any preposition)
        if (view.Tokens[t.First].Lower.EndsWith("ing") && view.Mentions.LastOrDefault(m => m.Last == t.First && !m.Possessive) is { } agentOfGerund
            && view.PrepositionBefore(agentOfGerund, 0) is { Length: > 0 } prepositionOfGerund && prepositionOfGerund != "by")
            return GroupOf(view, agentOfGerund);
        // "accused Washington of pouring oil on the fire by supplying Kyiv": a by-gerund of manner shares the subject of the
        // gerund it modifies
        if (head >= 2 && view.Tokens[head].Lower.EndsWith("ing") && view.Tokens[head - 1].Lower == "by"
            && Enumerable.Range(0, head - 1).LastOrDefault(k => view.Clause[k] == clause && view.Tokens[k].Lower.EndsWith("ing") && view.Tokens[k].IsVerb && k > 0
                                                                && view.Tokens[k - 1].Lower is "of" or "for" or "in", -1) is var governing and >= 0)
        {
            var shared = Subject(view, t with { First = governing, Last = governing + 1 }, verbs, exclude);
            if (shared.Count > 0) return shared;
        }
        // "its decision to impose": the possessor of the noun that governs the infinitive
        // ("Putin's publicly stated commitment to help": the noun's own modifiers may stand between)
        if (t.First >= 3 && view.Tokens[t.First - 1].Lower == "to" && view.Tokens[t.First - 2].IsWord && char.IsLower(view.Tokens[t.First - 2].Text[0])
            && view.Tokens[t.First - 2].IsNoun
            && view.Mentions.LastOrDefault(m => m.Possessive && m.Last < t.First - 1 && t.First - 1 - m.Last <= 5
                   && view.Tokens.Skip(m.Last).Take(t.First - 1 - m.Last).All(x => x.IsPossessiveMarker || (x.IsWord && char.IsLower(x.Text[0]) && !view.IsPreposition(x))))
               is { } owner)
            return [owner];
        // "a resolution condemning Russia": an -ing participle right after a common noun modifies it, and that noun, no actor,
        // is its subject ("North Korean troops fighting for Russia": a demonym's agentive noun is its party; "issued a statement
        // denouncing X": a statement says what its issuer says)
        if (t.Entry.IsVerb && view.Tokens[t.First].Lower.EndsWith("ing", StringComparison.Ordinal) && t.First > 0 && view.Tokens[t.First - 1] is { IsNoun: true } modified
            && char.IsLower(modified.Text[0]) && !view.IsStatementNoun(modified) && !view.InMention(t.First - 1))
            return view.DemonymHeading(t.First - 1) is { } party ? [party] : [];
        var candidates = view.Mentions.Where(m => m.Last <= t.First && m != exclude && view.IsNominative(m, verbs) && m.ActorIds.All(id => _state?.KindOf(id) != ActorKind.Place)).ToArray();
        var inClause = candidates.LastOrDefault(m => view.Clause[m.First] == clause);
        if (inClause is not null && AppositiveHost(view, inClause, t, candidates) is { } host) inClause = host;
        // "missiles that US officials said were supplied by X", "a move diplomats said was aimed at shielding ...": a
        // reporting verb followed at once by a verb has a gap for its complement's subject, which is the relativised noun
        // before the reporter, so the reporter is no subject of the trigger
        if (candidates.LastOrDefault() is { } reporter && ReporterOfGappedComplement(view, reporter, t)) return [];
        // "a resolution that would have imposed sanctions": a relative clause on a common noun has that noun as its
        // subject, which is no actor, so the subject of the main clause must not be taken instead
        var clauseStart = Array.IndexOf(view.Clause, clause);
        if (inClause is null && clauseStart > 0 && view.Tokens[clauseStart].Lower is "that" or "which"
            && view.Tokens[clauseStart - 1].Pos == "NOUN" && !view.IsAgentiveNoun(view.Tokens[clauseStart - 1])
            && !view.Mentions.Any(m => m.First < clauseStart && clauseStart <= m.Last))
            return [];
        // "Kim's train arrived at the spaceport": the possessor of a conveyance that heads the clause travels with it
        if (inClause is null && view.Mentions.LastOrDefault(m => m.Possessive && m.Last < t.First && view.Clause[m.First] == clause) is { } rider
            && Enumerable.Range(rider.Last, Math.Min(3, t.First - rider.Last)).Any(k => view.IsConveyance(view.Tokens[k])))
            return GroupOf(view, rider);
        IReadOnlyList<Mention> subject;
        if (inClause is not null) subject = GroupOf(view, inClause);
        else if (Relative(view, t) is { } antecedent) subject = antecedent;
        else if (candidates.LastOrDefault() is { } earlier) subject = GroupOf(view, earlier);
        // "Arriving in Pyongyang, Putin ...": a fronted clause takes the subject after it; but a clause with a subject
        // noun of its own ("The group will be in X, Y told reporters") has no actor as subject
        else if (!Enumerable.Range(clauseStart, Math.Max(0, t.First - clauseStart)).Any(k => IsSubjectNoun(view, k)))
        {
            var comma = Enumerable.Range(t.Last, Math.Max(0, view.Tokens.Count - t.Last)).FirstOrDefault(i => view.Tokens[i].Text == ",", -1);
            var after = comma < 0 ? null : view.Mentions.FirstOrDefault(m => m.First > comma && m != exclude && view.IsNominative(m, verbs));
            subject = after is null ? [] : GroupOf(view, after);
        }
        else subject = [];
        if (subject.Count == 0) return subject;
        return AddComitatives(view, subject, t, verbs);
    }

    /// <summary>A common noun outside any prepositional phrase: a subject of its own ("The group will be in ...").</summary>
    private bool IsSubjectNoun(SentenceView view, int k)
    {
        if (view.Tokens[k].Pos is not ("NOUN" or "PROPN") || cues.VerbContext.Contains(view.Tokens[k].Lower) || view.InMention(k)) return false;
        var j = k - 1;
        while (j >= 0 && (view.Tokens[j].Pos is "NOUN" or "PROPN" or "ADJ" or "DET" or "NUM" || view.Tokens[j].IsPossessiveMarker || view.InMention(j))) j--;
        return j < 0 || !view.IsPreposition(view.Tokens[j]);
    }

    private bool ReporterOfGappedComplement(SentenceView view, Mention reporter, TriggerMatch t)
    {
        var k = view.Group(view.IndexOf(reporter)).Max(m => m.Last);
        while (k < t.First && (view.Tokens[k].Pos is "ADV" or "PART" || view.IsAgentiveNoun(view.Tokens[k]))) k++;
        if (k >= t.First - 1 || !cues.IsReportingVerb(view.Tokens[k])) return false;
        var next = view.Tokens[k + 1];
        return next.Pos is "AUX" or "VERB" && next.Lower != "to";
    }

    /// <summary>
    /// "North Korea, which Ukraine accuses of ...", "the state that Seoul sanctioned": in a relative clause whose own subject
    /// follows the relative pronoun, the antecedent is the verb's object.
    /// </summary>
    private IReadOnlyList<Mention>? ObjectRelativeAntecedent(SentenceView view, int verb)
    {
        var start = Array.IndexOf(view.Clause, view.Clause[verb]);
        if (start <= 1 || view.Tokens[start].Lower is not ("which" or "whom" or "that")) return null;
        var subject = view.Mentions.FirstOrDefault(m => m.First == start + 1 && !m.Possessive);
        if (subject is null) return null;
        var subjectEnd = view.Group(view.IndexOf(subject)).Max(x => x.Last);
        if (subjectEnd > verb || !Enumerable.Range(subjectEnd, verb - subjectEnd).All(k => view.Tokens[k].Pos is "AUX" or "ADV" or "PART")) return null;
        var end = view.Tokens[start - 1].Text == "," ? start - 1 : start;
        return view.Mentions.LastOrDefault(x => x.Last == end && !x.Possessive) is { } m ? GroupOf(view, m) : null;
    }

    private IReadOnlyList<Mention>? Relative(SentenceView view, TriggerMatch t)
    {
        var start = Array.IndexOf(view.Clause, view.Clause[t.First]);
        if (start <= 1 || view.Tokens[start].Lower is not ("which" or "who" or "that")) return null;
        if (view.Tokens[start - 1].Text == "," && view.Tokens[start].Lower != "that")
        {
            var m = view.Mentions.LastOrDefault(x => x.Last == start - 1);
            // ("Shoigu, secretary of the Security Council of the Russian Federation, who is on a visit": "who" skips the
            // apposition that ends in a state, to the person it describes)
            if (m is not null && view.Tokens[start].Lower == "who" && !IsPerson(m, view)
                && view.Mentions.LastOrDefault(x => x.Last < m.First && IsPerson(x, view) && !x.Possessive) is { } person
                && view.Tokens[person.Last].Text == ","
                && !view.Tokens.Skip(person.Last + 1).Take(m.First - person.Last - 1).Any(x => x.Text == "," || x.IsVerb))
                m = person;
            return m is not null ? GroupOf(view, m) : null;
        }
        // "the North Korean soldiers who fought ...": a restrictive relative on a demonym's agentive noun has that party as subject
        return view.DemonymHeading(start - 1) is { } owner ? [owner] : null;
    }

    /// <summary>"Kim said", "said Kim": the mention is the subject of a reporting verb next to it.</summary>
    private bool Reports(SentenceView view, Mention m) =>
        (m.Last < view.Tokens.Count && cues.IsReportingVerb(view.Tokens[m.Last])) || (m.First > 0 && cues.IsReportingVerb(view.Tokens[m.First - 1]));

    /// <summary>The named possessor of the goods a supply verb takes ("half of Russia's ammunition"), with only a quantity before it.</summary>
    private Mention? OwnerOfGoods(SentenceView view, TriggerMatch t)
    {
        var owner = view.Mentions.FirstOrDefault(m => m.First >= t.Last && view.Clause[m.First] == view.Clause[t.First]);
        if (owner is not { Possessive: true, Kind: MentionKind.Name or MentionKind.Metonym } || owner.First - t.Last > 5) return null;
        var quantity = Enumerable.Range(t.Last, owner.First - t.Last).All(k => view.IsDeterminer(view.Tokens[k]) || view.Tokens[k].Pos is "NUM" or "ADV" or "ADJ" or "NOUN" || view.Tokens[k].Lower is "of" or "to" or "up");
        return quantity && GoodsFollow(view, owner.Last, "SUPPLIED") ? owner : null;
    }

    /// <summary>The head of the verb's direct theme: the first word after an indirect object, determiners and modifiers.</summary>
    private static int ThemeAfter(SentenceView view, TriggerMatch t)
    {
        var k = t.Last;
        while (k < view.Tokens.Count && (view.InMention(k) || view.IsDeterminer(view.Tokens[k]) || view.Tokens[k].IsAdjective || view.Tokens[k].Pos == "NUM"
                                         || view.Tokens[k].IsPossessiveMarker || (view.Tokens[k].IsNoun && k + 1 < view.Tokens.Count && view.Tokens[k + 1].IsNoun && !view.InMention(k + 1))))
            k++;
        return k < view.Tokens.Count && view.Tokens[k].IsWord ? k : -1;
    }

    private IReadOnlyList<Mention> AddComitatives(SentenceView view, IReadOnlyList<Mention> subject, TriggerMatch t, IReadOnlyList<TriggerMatch> verbs)
    {
        var result = subject.ToList();
        var head = subject.Min(s => s.First);
        if (head > 0 && cues.ComitativeVerbs.Contains(view.Tokens[head - 1].Lower))
        {
            var verb = new TriggerMatch(t.Entry, head - 1, head, view.Tokens[head - 1].Text);
            var leftOfVerb = view.Mentions.Where(m => m.Last <= head - 1 && view.IsNominative(m, verbs)).LastOrDefault();
            var partner = leftOfVerb is not null && view.Clause[leftOfVerb.First] == view.Clause[head - 1] ? GroupOf(view, leftOfVerb) : Relative(view, verb) ?? (leftOfVerb is null ? [] : GroupOf(view, leftOfVerb));
            result.AddRange(partner);
        }
        var subjectEnd = subject.Max(s => s.Last);
        foreach (var phrase in cues.ComitativePhrases)
            for (var k = subjectEnd; k + phrase.Length < t.First; k++)
            {
                if (!phrase.Select((w, i) => view.Tokens[k + i].Lower == w).All(x => x)) continue;
                var partner = view.Mentions.FirstOrDefault(m => m.First >= k + phrase.Length && m.First <= k + phrase.Length + 1);
                if (partner is not null) result.AddRange(GroupOf(view, partner));
            }
        // "X became the third state after Y and Z to recognise W": the parties an ordinal counts before the subject did it too
        for (var k = subjectEnd + 1; k < t.First; k++)
        {
            if (view.Tokens[k].Lower != "after" || !Enumerable.Range(Math.Max(subjectEnd, k - 3), k - Math.Max(subjectEnd, k - 3)).Any(i => view.IsOrdinal(view.Tokens[i]))) continue;
            if (view.Mentions.FirstOrDefault(m => m.First == k + 1 && !m.Possessive) is not { } counted) continue;
            var earlier = GroupOf(view, counted);
            var end = earlier.Max(m => m.Last);
            if (end < t.First && view.Tokens.Skip(end).Take(t.First - end).All(x => x.Lower == "to" || x.IsAdverb))
                result.AddRange(earlier.Select(m => new Mention(m.First, m.Last, m.Kind, m.ActorIds, $"counted before the subject ('{view.Tokens[k].Text}' after an ordinal): {m.Step}") { CountedBefore = true }));
        }
        return result.DistinctBy(m => string.Join("+", m.ActorIds)).ToArray();
    }
}
