using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Extraction.Text;

namespace KoreaRussiaGraph.Extraction.Mentions;

/// <summary>
/// Resolves pronouns and pair anaphors against what the document said before:
/// "He" opening a sentence is the first person of the last sentence that named one; "his" inside a
/// sentence is the nearest person before it; "it/its" the nearest state or organisation; "they/their" the
/// nearest group; "the two countries" / "both countries" the two most recent distinct states; "we" in a quotation its speaker.
/// </summary>
public sealed class CoreferenceResolver(QuotationSpeakers quotations, IReadOnlySet<string> claimNouns, LanguageVocabulary language, Func<Token, bool>? isReportingVerb = null)
{
    public void Resolve(IReadOnlyList<Token> tokens, List<Mention> mentions, DiscourseState state)
    {
        foreach (var m in mentions.Where(m => !m.IsResolved && m.Kind != MentionKind.FirstPersonPronoun).ToArray())
        {
            var (ids, step) = m.Kind switch
            {
                MentionKind.PersonPronoun or MentionKind.CountryOfPerson => Reporter(tokens, m, mentions, state) ?? Person(tokens, m, mentions, state),
                MentionKind.ThingPronoun => Thing(tokens, m, mentions.Where(x => !OwnsClaimAbout(tokens, x, m)).ToList(), state),
                MentionKind.PluralPronoun => Plural(tokens, m, mentions, state),
                MentionKind.PairAnaphor => Group(tokens, m, mentions, state),
                MentionKind.OrderAnaphor => Order(tokens, m, mentions, state),
                MentionKind.StateAnaphor => DefiniteState(tokens, m, mentions, state),
                MentionKind.OrganAnaphor => Organ(tokens, m, mentions, state),
                _ => ((IReadOnlyList<string>)[], ""),
            };
            if (m.Kind == MentionKind.CountryOfPerson && ids.Count == 1)
            {
                // ("North Korea's UN ambassador Kim Song ... his country": or the state the text says the person speaks for)
                var country = state.Gazetteer.CountryOf(ids[0]) ?? state.SpeaksFor(ids[0]);
                ids = country is null ? [] : [country];
                step += country is null ? "" : $", his country -> {country}";
            }
            m.ActorIds = ids;
            m.Step = ids.Count == 0 ? "unresolved" : step;
            if (ids.Count > 0 && m.Kind is MentionKind.ThingPronoun or MentionKind.PluralPronoun) OfficeOfPossessor(tokens, m, state);
        }
        // after the third-person pronouns, so that "he said" can name the speaker of a quotation
        quotations.Resolve(tokens, mentions, state);
        mentions.RemoveAll(m => !m.IsResolved);
    }

    /// <summary>
    /// "when their leaders met", "its president": a possessive pronoun for states before an office title names the
    /// office holders at the publication date, when the gazetteer knows exactly one per state.
    /// </summary>
    private static void OfficeOfPossessor(IReadOnlyList<Token> tokens, Mention m, DiscourseState state)
    {
        if (!m.Possessive || m.Last >= tokens.Count || state.Gazetteer is null) return;
        var title = tokens[m.Last].Lower.TrimEnd('s');
        if (!state.Gazetteer.OfficeTitles.Contains(title, StringComparer.OrdinalIgnoreCase)) return;
        var holders = m.ActorIds.Select(id => state.Gazetteer.OfficeHolders(id, title, state.Published).Select(o => o.HolderId).Distinct().ToArray()).ToArray();
        if (holders.Length == 0 || holders.Any(h => h.Length != 1)) return;
        m.Step += $", '{tokens[m.Last].Text}' -> {string.Join(", ", holders.Select(h => h[0]))}";
        m.ActorIds = holders.Select(h => h[0]).ToArray();
        m.Last++;
        m.Possessive = false;
    }

    /// <summary>
    /// "Receiving Belousov, Kim said he fully backed ...": a subject pronoun right after a reporting verb (and "that") is
    /// the reporter, the person right before the verb, whoever else the sentence named first.
    /// </summary>
    private (IReadOnlyList<string>, string)? Reporter(IReadOnlyList<Token> tokens, Mention m, List<Mention> mentions, DiscourseState state)
    {
        if (isReportingVerb is null || tokens[m.First].Lower is not ("he" or "she")) return null;
        var verb = m.First - 1;
        if (verb > 0 && tokens[verb].Lower == "that") verb--;
        if (verb < 1 || !isReportingVerb(tokens[verb])) return null;
        var reporter = mentions.LastOrDefault(x => x.Last <= verb && x.IsResolved && IsPerson(x, state) && Agrees(x, tokens[m.First], state) && !x.Possessive);
        return reporter is not null && tokens.Skip(reporter.Last).Take(verb - reporter.Last).All(t => t.Pos is "ADV" or "AUX")
            ? (reporter.ActorIds, $"coreference: '{tokens[m.First].Text}' after '{tokens[verb].Text}' -> the reporter ({reporter.Text})")
            : null;
    }

    private static (IReadOnlyList<string>, string) Person(IReadOnlyList<Token> tokens, Mention m, List<Mention> mentions, DiscourseState state)
    {
        var opensSentence = tokens.Take(m.First).All(t => !t.IsWord);
        if (OpeningAdjunctSubject(tokens, m, mentions, x => IsPerson(x, state)) is { } subject)
            return (subject.ActorIds, $"coreference: '{tokens[m.First].Text}' in an opening adjunct -> the subject after it ({subject.Text})");
        if (!opensSentence)
        {
            // Hobbs' left-to-right search proposes the subject first: "Choe met Putin during her visit" is Choe's visit. An
            // object pronoun cannot take its own clause's subject ("Kim thanked Putin and praised him"), so it takes the nearest.
            var persons = mentions.Where(x => x.Last <= m.First && x.IsResolved && IsPerson(x, state) && Agrees(x, tokens[m.First], state)).ToArray();
            // ("Putin thanked Kim for his support": a possessive in a for-phrase after a verb and its object is the object's)
            var objectCase = tokens[m.First].Lower is "him" || (tokens[m.First].Lower == "her" && !m.Possessive)
                             || (m.First > 0 && tokens[m.First - 1].Lower == "for");
            // ("Lukashenko met him", "X said Putin had invited him": nor the subject right before its verb, which binds
            // the pronoun's own clause; it names someone else, in the sentence or before it)
            if (objectCase && ClauseSubjectBefore(tokens, m, persons) is { } binder)
            {
                persons = persons.Where(x => !x.ActorIds.SequenceEqual(binder.ActorIds)).ToArray();
                if (persons.Length == 0) return Previous(tokens, m, state, binder.ActorIds);
            }
            // ("In a letter to Guterres, Choe denounced what she called ...": a person inside an opening adjunct is no subject)
            var adjunctEnd = OpeningAdjunctEnd(tokens, m);
            var first = persons.FirstOrDefault(x => !x.Possessive && !x.RoleOwner && x.First > adjunctEnd)
                        ?? persons.FirstOrDefault(x => !x.Possessive && !x.RoleOwner);
            var before = !objectCase && first is not null ? first : persons.LastOrDefault();
            if (before is not null) return (before.ActorIds, before == first && persons.Length > 1
                ? $"coreference: '{tokens[m.First].Text}' -> the sentence's first person, its subject ({before.Text})"
                : $"coreference: '{tokens[m.First].Text}' -> nearest person before it ({before.Text})");
        }
        return Previous(tokens, m, state, []);
    }

    /// <summary>
    /// The last candidate, when only its verb group stands between it and the object pronoun: the subject of the pronoun's
    /// own clause, which binds it, so the pronoun names someone else ("Lukashenko met him", "Seoul called it").
    /// </summary>
    private static Mention? ClauseSubjectBefore(IReadOnlyList<Token> tokens, Mention pronoun, IReadOnlyList<Mention> candidates) =>
        candidates.LastOrDefault() is { Possessive: false } subject
        && tokens.Skip(subject.Last).Take(pronoun.First - subject.Last).All(t => t.Pos is "VERB" or "AUX" or "ADV" or "PART")
            ? subject : null;

    /// <summary>The first person of the last sentences that named one other than <paramref name="excluded"/>.</summary>
    private static (IReadOnlyList<string>, string) Previous(IReadOnlyList<Token> tokens, Mention m, DiscourseState state, IReadOnlyList<string> excluded)
    {
        for (var s = state.History.Count - 1; s >= Math.Max(0, state.History.Count - 3); s--)
        {
            var first = state.History[s].FirstOrDefault(x => IsPerson(x, state) && Agrees(x, tokens[m.First], state) && !x.RoleOwner && !x.ActorIds.SequenceEqual(excluded));
            if (first is not null) return (first.ActorIds, $"coreference: '{tokens[m.First].Text}' -> first person of sentence {s} ({first.Text})");
        }
        return ([], "");
    }

    /// <summary>"the US allegation (that) it sent shells": the owner of a claim is not the subject of what it claims.</summary>
    private bool OwnsClaimAbout(IReadOnlyList<Token> tokens, Mention owner, Mention pronoun)
    {
        var between = tokens.Skip(owner.Last).Take(pronoun.First - owner.Last).Where(t => !t.IsPossessiveMarker && t.Lower != "that").ToArray();
        return between.Length == 1 && claimNouns.Contains(between[0].Lower);
    }

    private static (IReadOnlyList<string>, string) Thing(IReadOnlyList<Token> tokens, Mention m, List<Mention> mentions, DiscourseState state)
    {
        if (OpeningAdjunctSubject(tokens, m, mentions, x => x.ActorIds.Count == 1 && IsCollective(x.ActorIds[0], state)) is { } subject)
            return (subject.ActorIds, $"coreference: '{tokens[m.First].Text}' in an opening adjunct -> the subject after it ({subject.Text})");
        var candidates = mentions.Where(x => x.Last <= m.First && x.IsResolved && x.ActorIds.Count == 1 && IsCollective(x.ActorIds[0], state)).ToArray();
        // ("Seoul called it ...": an object "it" is not the subject of its own verb, and names something said before)
        // ("said it would ...": an "it" its own verb follows, after a quotation mark or not, is a clause's subject)
        var next = m.Last < tokens.Count && tokens[m.Last].IsQuote ? m.Last + 1 : m.Last;
        if (tokens[m.First].Lower == "it" && m.First > 0 && tokens[m.First - 1].Pos == "VERB" && !(next < tokens.Count && tokens[next].Pos is "AUX" or "VERB")
            && ClauseSubjectBefore(tokens, m, candidates) is { } binder)
        {
            candidates = candidates.Where(x => !x.ActorIds.SequenceEqual(binder.ActorIds)).ToArray();
            if (candidates.Length == 0)
                for (var s = state.History.Count - 1; s >= Math.Max(0, state.History.Count - 2); s--)
                    if (state.History[s].FirstOrDefault(x => x.ActorIds.Count == 1 && IsCollective(x.ActorIds[0], state) && !x.ActorIds.SequenceEqual(binder.ActorIds)) is { } earlier)
                        return (earlier.ActorIds, $"coreference: object 'it' -> first state or organisation of sentence {s} other than the subject ({earlier.Text})");
        }
        // "the United States and its decision": the name just before "and its"
        if (m.First >= 2 && tokens[m.First - 1].Lower == "and" && candidates.LastOrDefault(x => x.Last == m.First - 1) is { } conjoined)
            return (conjoined.ActorIds, $"coreference: 'its' -> the name it is coordinated with ({conjoined.Text})");
        // a second "its" in a sentence keeps the referent of the first ("Russia ... in its support of North Korea, in its criticism of ...")
        // (a subject "it" after another state or organisation was named takes the nearest: "warned X against its ..., and
        // the EU said it would ...")
        var earlierIts = mentions.LastOrDefault(x => x.Last <= m.First && x.Kind == MentionKind.ThingPronoun && x.IsResolved);
        if (earlierIts is not null && (tokens[m.First].Lower == "its" || !candidates.Any(x => x.First > earlierIts.Last && !x.Modifier && !x.Possessive && x.Kind is MentionKind.Name or MentionKind.Metonym))) return (earlierIts.ActorIds, $"coreference: 'its' -> same as the earlier '{earlierIts.Text}' ({earlierIts.Step})");
        var before = candidates.LastOrDefault();
        if (before is not null) return (before.ActorIds, $"coreference: 'it' -> nearest state or organisation before it ({before.Text})");
        for (var s = state.History.Count - 1; s >= Math.Max(0, state.History.Count - 2); s--)
        {
            var first = state.History[s].FirstOrDefault(x => x.ActorIds.Count == 1 && IsCollective(x.ActorIds[0], state) && !x.Possessive);
            if (first is not null) return (first.ActorIds, $"coreference: 'it' -> first state or organisation of sentence {s} ({first.Text})");
        }
        return ([], "");
    }

    /// <summary>The comma closing a sentence-opening prepositional or subordinate adjunct before <paramref name="m"/>, else -1.</summary>
    private static int OpeningAdjunctEnd(IReadOnlyList<Token> tokens, Mention m)
    {
        var opener = tokens.FirstOrDefault(t => t.IsWord);
        if (opener is null || opener.Pos is not ("ADP" or "SCONJ")) return -1;
        return Enumerable.Range(0, m.First).FirstOrDefault(k => tokens[k].Text == ",", -1);
    }

    /// <summary>
    /// "During his visit to China, Putin said ...", "Isolated by Western sanctions over its invasion, Moscow turned ...":
    /// a pronoun in an opening adjunct (a prepositional, subordinate or participial phrase before the first comma)
    /// points forward to the clause's subject, the first mention after the comma.
    /// </summary>
    private static Mention? OpeningAdjunctSubject(IReadOnlyList<Token> tokens, Mention m, List<Mention> mentions, Func<Mention, bool> accept)
    {
        if (tokens.Take(m.First).All(t => !t.IsWord) || tokens.Take(m.First).Any(t => t.Text == ",")) return null;
        var opener = tokens[0].Pos is "ADP" or "SCONJ" || (tokens[0].IsVerb && tokens[0].Lower != tokens[0].Lemma);
        var comma = Enumerable.Range(m.Last, Math.Max(0, tokens.Count - m.Last)).FirstOrDefault(k => tokens[k].Text == ",", -1);
        if (!opener || comma < 0) return null;
        var subject = mentions.FirstOrDefault(x => x.First > comma && x.IsResolved && accept(x) && !x.Possessive);
        return subject is not null && mentions.All(x => x.First <= comma || x.First >= subject.First || !x.IsResolved) ? subject : null;
    }

    private static (IReadOnlyList<string>, string) Plural(IReadOnlyList<Token> tokens, Mention m, List<Mention> mentions, DiscourseState state)
    {
        var group = mentions.LastOrDefault(x => x.Last <= m.First && x.ActorIds.Count > 1);
        if (group is not null) return (group.ActorIds, $"coreference: 'they' -> group before it ({group.Text})");
        var single = mentions.LastOrDefault(x => x.Last <= m.First && x.IsResolved && x.ActorIds.Count == 1 && IsCollective(x.ActorIds[0], state));
        if (single is not null)
        {
            // "Brazil and India raised their tariffs": a plural pronoun takes the whole coordination it follows
            var members = new List<Mention> { single };
            var at = mentions.IndexOf(single);
            while (at > 0 && mentions[at - 1].IsResolved && !mentions[at - 1].Possessive
                   && tokens.Skip(mentions[at - 1].Last).Take(members[^1].First - mentions[at - 1].Last) is var between
                   && between.Any(t => t.Lower is "and") && between.All(t => t.Lower is "and" or "," or "both" or "the"))
                members.Add(mentions[--at]);
            if (members.Count > 1)
                return (members.AsEnumerable().Reverse().SelectMany(x => x.ActorIds).Distinct().ToArray(), $"coreference: 'they' -> the coordination before it ({string.Join(" and ", members.AsEnumerable().Reverse().Select(x => x.Text))})");
            return (single.ActorIds, $"coreference: 'they' -> nearest collective before it ({single.Text})");
        }
        if (state.History.Count > 0)
        {
            var previous = state.History[^1];
            var firstGroup = previous.FirstOrDefault(x => x.ActorIds.Count > 1) ?? previous.FirstOrDefault(x => x.ActorIds.Count == 1 && IsCollective(x.ActorIds[0], state) && !x.Possessive);
            if (firstGroup is not null) return (firstGroup.ActorIds, $"coreference: 'they' -> subject of the previous sentence ({firstGroup.Text})");
        }
        return ([], "");
    }

    /// <summary>
    /// "the two leaders", "both countries", "the three leaders": the most recent distinct people or states, as many as the
    /// numeral counts. A coordinated pair comes first; the subject of the anaphor's own clause is never one of them
    /// ("Trump accused the two leaders": not Trump).
    /// </summary>
    private (IReadOnlyList<string>, string) Group(IReadOnlyList<Token> tokens, Mention m, List<Mention> mentions, DiscourseState state)
    {
        var size = tokens.Skip(m.First).Take(m.Last - m.First).Select(t => language.GroupAnaphorSizes.GetValueOrDefault(t.Lower)).FirstOrDefault(n => n > 0, 2);
        var excluded = ClauseSubjects(tokens, m, mentions);
        if (state.Gazetteer is not null && language.PersonGroupNouns.Contains(tokens[m.Last - 1].Lower.TrimEnd('\'', '’')))
        {
            // ("Putin met Kim's father, Kim Jong Il, in 2000. ... the two leaders will sign": people in office at the
            // publication date come first, then anyone)
            List<string> Recent(Func<string, bool> eligible)
            {
                var found = new List<string>();
                foreach (var x in state.MentionsBackwards(mentions, m.First))
                {
                    if (excluded.Contains(x)) continue;
                    foreach (var id in x.ActorIds)
                        if (state.KindOf(id) == ActorKind.Person && eligible(id) && !found.Contains(id)) found.Add(id);
                    if (found.Count >= size) break;
                }
                return found;
            }
            var people = Recent(id => state.Gazetteer.Offices.Any(o => o.HolderId == id && o.HeldAt(state.Published)));
            if (people.Count < size) people = Recent(_ => true);
            return people.Count == size ? (people.Take(size).ToArray(), $"coreference: '{string.Join(' ', tokens.Skip(m.First).Take(m.Last - m.First).Select(t => t.Text))}' -> the {size} most recent people") : ([], "");
        }
        // "sanctions on both countries, the North for its weapons and Russia for its war": an apposition names the pair
        if (size == 2 && m.Last < tokens.Count && tokens[m.Last].Text == ","
            && mentions.Where(x => x.First > m.Last && x.IsResolved && x.ActorIds.Count == 1 && state.KindOf(x.ActorIds[0]) == ActorKind.State).Take(2).ToArray() is [var first, var second]
            && first.ActorIds[0] != second.ActorIds[0] && first.First <= m.Last + 2
            && tokens.Skip(first.Last).Take(second.First - first.Last).Any(t => t.Lower == "and"))
            return ([first.ActorIds[0], second.ActorIds[0]], $"coreference: pair anaphor -> the pair its apposition names ({first.Text}, {second.Text})");
        // a coordinated pair of states ("China and Russia") in the current or recent sentences comes first
        if (size == 2 && CoordinatedPair(tokens, m, mentions, state, id => state.KindOf(id) == ActorKind.State) is var (a, b))
            return ([a.ActorIds[0], b.ActorIds[0]], $"coreference: pair anaphor -> coordinated states ({a.Text}, {b.Text})");
        var found = new List<string>();
        var texts = new List<string>();
        foreach (var x in state.MentionsBackwards(mentions, m.First))
        {
            if (excluded.Contains(x)) continue;
            foreach (var id in x.ActorIds)
                if (state.KindOf(id) == ActorKind.State && !found.Contains(id)) { found.Add(id); texts.Add(x.Text); }
            if (found.Count >= size) break;
        }
        return found.Count >= size
            ? (found.Take(size).ToArray(), $"coreference: group anaphor -> the {size} most recent states ({string.Join(", ", texts.Distinct())})")
            : ([], "");
    }

    /// <summary>Mentions before the anaphor in its own clause that a verb separates from it: that clause's subject.</summary>
    private HashSet<Mention> ClauseSubjects(IReadOnlyList<Token> tokens, Mention m, List<Mention> mentions)
    {
        var start = m.First - 1;
        while (start >= 0 && !language.ClauseBreaks.Contains(tokens[start].Lower) && !language.Coordinators.Contains(tokens[start].Lower)) start--;
        return mentions.Where(x => x.First > start && x.Last <= m.First
                                   && Enumerable.Range(x.Last, m.First - x.Last).Any(k => tokens[k].Pos is "VERB" or "AUX")).ToHashSet();
    }

    /// <summary>
    /// "the country", "the nation": a state named before, chosen the way a reader attaches a definite description.
    /// Inside an apposition or an including-phrase it is the nearest state ("officials, including the country's defence
    /// minister"); a possessive parallels the last possessive state ("Pyongyang's recognition ... and the country's
    /// readiness"); otherwise the sentence's subject state ("If X decides to arm Y, sanctions against the country ...");
    /// with none before it in the sentence, the first state of the sentence before.
    /// </summary>
    private static (IReadOnlyList<string>, string) DefiniteState(IReadOnlyList<Token> tokens, Mention m, List<Mention> mentions, DiscourseState state)
    {
        bool IsState(Mention x) => x.IsResolved && x.ActorIds.Count == 1 && state.KindOf(x.ActorIds[0]) == ActorKind.State;
        var before = mentions.Where(x => x.Last <= m.First && IsState(x)).ToArray();
        var text = tokens[m.First].Text + " " + tokens[m.First + 1].Text;
        if (before.Length > 0)
        {
            var opener = m.First > 0 ? tokens[m.First - 1].Lower : "";
            if (opener is "," or "including")
                return (before[^1].ActorIds, $"coreference: '{text}' in an apposition -> the nearest state ({before[^1].Text})");
            if (m.Possessive && before.LastOrDefault(x => x.Possessive) is { } parallel)
                return (parallel.ActorIds, $"coreference: '{text}'s' -> the last possessive state ({parallel.Text})");
            var subject = before.FirstOrDefault(x => !x.Possessive && !x.Modifier) ?? before[0];
            return (subject.ActorIds, $"coreference: '{text}' -> the sentence's first state ({subject.Text})");
        }
        if (state.History.Count > 0 && state.History[^1].FirstOrDefault(IsState) is { } previous)
            return (previous.ActorIds, $"coreference: '{text}' -> the first state of the sentence before ({previous.Text})");
        return ([], "");
    }

    /// <summary>
    /// "the ministry", "the spokesman": the state whose organ or unnamed official the text named last ("the Foreign Ministry
    /// of X", "X's envoy", "X's foreign ministry spokesperson Y"), in this sentence before it or in the sentences before.
    /// </summary>
    private (IReadOnlyList<string>, string) Organ(IReadOnlyList<Token> tokens, Mention m, List<Mention> mentions, DiscourseState state)
    {
        var text = string.Join(" ", tokens.Skip(m.First).Take(m.Last - m.First).Select(t => t.Text));
        foreach (var (earlier, words) in state.SentencesBackwards(mentions.Where(x => x.Last <= m.First).ToArray(), tokens, 3))
            foreach (var x in earlier.Where(x => x.IsResolved && x.ActorIds.Count == 1).Reverse())
            {
                var id = x.ThroughOrgan || NamesOrgan(words, x) ? x.ActorIds[0] : state.SpeaksFor(x.ActorIds[0]);
                if (id is not null && state.KindOf(id) == ActorKind.State)
                    return ([id], $"coreference: '{text}' -> the state whose organ or official was named last ({x.Text})");
            }
        return ([], "");
    }

    /// <summary>"the DPRK Foreign Ministry", "Kremlin spokesman", "a spokesperson for the X ministry": a state named with its organ or official.</summary>
    private bool NamesOrgan(IReadOnlyList<Token> words, Mention x)
    {
        bool IsOrgan(Token t) => language.OrganNouns.Contains(t.Lower) || language.RepresentativeRoles.Contains(t.Lower);
        var after = words.Skip(x.Last).Take(3).TakeWhile(t => t.IsWord || t.IsPossessiveMarker);
        var before = words.Take(x.First).Reverse().Take(4).TakeWhile(t => t.IsWord);
        return after.Any(IsOrgan) || before.Any(t => language.RepresentativeRoles.Contains(t.Lower));
    }

    /// <summary>"tensions between North Korea and the US, which accuse the former of ...": the first or second of the last pair named together.</summary>
    private static (IReadOnlyList<string>, string) Order(IReadOnlyList<Token> tokens, Mention m, List<Mention> mentions, DiscourseState state)
    {
        if (CoordinatedPair(tokens, m, mentions, state, id => state.KindOf(id) is not ActorKind.Place) is not var (a, b)) return ([], "");
        var latter = tokens[m.Last - 1].Lower == "latter";
        var chosen = latter ? b : a;
        return (chosen.ActorIds, $"coreference: '{m.Text}' -> the {(latter ? "second" : "first")} of the last pair named together ({a.Text}, {b.Text})");
    }

    /// <summary>The last two distinct actors joined by "and" in the current sentence before the mention or the two sentences before it.</summary>
    private static (Mention, Mention)? CoordinatedPair(IReadOnlyList<Token> tokens, Mention m, List<Mention> mentions, DiscourseState state, Func<string, bool> kindOk)
    {
        foreach (var (sentence, words) in state.SentencesBackwards(mentions.Where(x => x.Last <= m.First && x.IsResolved).ToArray(), tokens, 2))
            for (var i = sentence.Count - 1; i >= 1; i--)
            {
                var (a, b) = (sentence[i - 1], sentence[i]);
                if (b.First - a.Last is < 1 or > 3 || a.ActorIds.Count != 1 || b.ActorIds.Count != 1 || a.ActorIds[0] == b.ActorIds[0]) continue;
                var between = words.Skip(a.Last).Take(b.First - a.Last).ToArray();
                if (!between.Any(t => t.Lower is "and" or "&") || !between.All(t => t.Lower is "and" or "both" or "&" or "the")) continue;
                if (!kindOk(a.ActorIds[0]) || !kindOk(b.ActorIds[0]) || a.Possessive) continue;
                return (a, b);
            }
        return null;
    }

    /// <summary>A person, or an office named by its title: "Iran's president" is a person even when no holder is known and it maps to its state.</summary>
    /// <summary>"her visit" is not Putin's: a pronoun agrees with the pronoun actors.json gives a person (unknown people agree with any).</summary>
    private static bool Agrees(Mention x, Token pronoun, DiscourseState state)
    {
        var known = state.Gazetteer?.PronounOf(x.ActorIds[0]);
        return known is null || pronoun.Lower switch
        {
            "he" or "him" or "his" => known == "he",
            "she" or "her" or "hers" => known == "she",
            _ => true,
        };
    }

    private static bool IsPerson(Mention x, DiscourseState state) =>
        x.ActorIds.Count == 1 && (state.KindOf(x.ActorIds[0]) == ActorKind.Person || x.Kind == MentionKind.Title);

    private static bool IsCollective(string id, DiscourseState state) => state.KindOf(id) is ActorKind.State or ActorKind.Organization or ActorKind.Group;
}
