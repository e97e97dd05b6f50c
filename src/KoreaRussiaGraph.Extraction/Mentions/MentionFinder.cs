using AnyAscii;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Extraction.Sentences;
using KoreaRussiaGraph.Extraction.Text;

namespace KoreaRussiaGraph.Extraction.Mentions;

/// <summary>
/// Finds actor mentions in a sentence: gazetteer names (aliases resolved by the publication date),
/// metonyms, demonyms heading an agentive noun ("Russian officials"), titles ("North Korean leader Kim",
/// "the Russian defence minister", "the leaders of X and Y"), regimes ("the Kim regime"), names the
/// gazetteer lacks (new actors with a guessed kind), and pronouns / pair anaphors left for coreference.
/// </summary>
public sealed class MentionFinder
{
    private readonly ActorGazetteer _gazetteer;
    private readonly LanguageVocabulary _language;
    private readonly NameMatcher _names;
    private readonly string[][] _officeTitles;
    private readonly IReadOnlySet<string> _monthsAndDays;

    private readonly IReadOnlySet<string> _agentiveHeads;

    /// <param name="triggerNouns">Trigger nouns count as heads a demonym can modify ("Iranian drone deliveries").</param>
    public MentionFinder(ActorGazetteer gazetteer, LanguageVocabulary language, IReadOnlySet<string> monthsAndDays, IEnumerable<string>? triggerNouns = null)
    {
        _agentiveHeads = language.AgentiveHeads.Concat(triggerNouns ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _gazetteer = gazetteer;
        _language = language;
        _names = new NameMatcher(gazetteer.Names);
        _officeTitles = gazetteer.OfficeTitles.Select(t => t.Split(' ')).OrderByDescending(t => t.Length).ToArray();
        _monthsAndDays = monthsAndDays;
    }

    public List<Mention> Find(Sentence sentence, DiscourseState state)
    {
        var tokens = sentence.Tokens;
        var mentions = new List<Mention>();
        var covered = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (covered[i] || !tokens[i].IsWord) continue;
            var mention = MatchName(tokens, i, state) ?? MatchLocalAlias(tokens, i, state);
            if (mention is null) continue;
            // "the North Korean leader": a form starting one word later that reaches further wins over "the North"
            if (i + 1 < tokens.Count && _names.Match(tokens, i + 1).End > mention.Last) continue;
            mentions.Add(mention);
            for (var k = mention.First; k < mention.Last; k++) covered[k] = true;
            i = mention.Last - 1;
        }
        AddPairAnaphors(tokens, mentions, covered);
        AddOrderAnaphors(tokens, mentions, covered);
        AddPronouns(tokens, mentions, covered);
        AddNewNames(sentence, mentions, covered, state);
        mentions.Sort((a, b) => a.First.CompareTo(b.First));
        MergeParentheticalAliases(tokens, mentions);
        ApplyTitles(tokens, mentions, state);
        ApplyTitlesOf(tokens, mentions, state);
        DropOrganizationsInTitles(tokens, mentions, state);
        ApplyLeadersOf(tokens, mentions, state);
        KeepAgentiveDemonyms(tokens, mentions);
        ApplyRegimes(tokens, mentions);
        foreach (var m in mentions) MarkPossession(tokens, m);
        MarkOwnersOfNamedPeople(tokens, mentions, state);
        MarkOwnersInAppositiveTitles(tokens, mentions, state);
        ApplyOrgans(tokens, mentions, state);
        ApplyStateActs(tokens, mentions, state);
        foreach (var m in mentions) m.Text = string.Join(" ", tokens.Skip(m.First).Take(m.Last - m.First).Select(t => t.Text));
        return mentions;
    }

    private Mention? MatchName(IReadOnlyList<Token> tokens, int i, DiscourseState state)
    {
        var (entries, end) = _names.Match(tokens, i);
        if (entries.Count == 0) return null;
        var oneWordPerson = entries.All(e => e.Form == NameForm.Alias && !e.Text.Contains(' ') && _gazetteer.Find(e.ActorId)?.Kind == ActorKind.Person);
        if (oneWordPerson && end < tokens.Count && (IsNameWord(tokens[end]) || MistaggedGivenName(tokens, end)) && !_language.TitleWords.Contains(tokens[end].Lower))
            return null; // "Kim Yong Chol": a one-word alias followed by more name words names someone else
        if (i > 0 && IsNameWord(tokens[i - 1]) && !_language.TitleWords.Contains(tokens[i - 1].Lower)
            && !_monthsAndDays.Contains(tokens[i - 1].Lower) && (i - 1 > 0 || (tokens[i - 1].Pos is "PROPN" or "ADJ" && _gazetteer.Find(entries[0].ActorId)?.Kind == ActorKind.Organization)) && entries[0].Form == NameForm.Alias && !IsKnownNameEnd(tokens, i - 1))
            return null; // inside a longer proper name the gazetteer does not know ("National Security Council"; an adjective before a state's name still names the state)
        // "Russia's Security Council", "the Russian Security Council": a state's own body, not the international organisation
        if (_gazetteer.Find(entries[0].ActorId)?.Kind == ActorKind.Organization && QualifiedByState(tokens, i)) return null;
        var valid = entries.Where(e => e.ValidAt(state.Published)).ToList();
        if (valid.Count == 0) return null;
        var chosen = valid.Count == 1 ? valid[0] : PreferRecent(valid, state);
        var kind = chosen.Form switch { NameForm.Metonym => MentionKind.Metonym, NameForm.Demonym => MentionKind.Demonym, _ => MentionKind.Name };
        var step = chosen.Form switch
        {
            NameForm.Metonym => $"metonym '{chosen.Text}' -> {chosen.ActorId}",
            NameForm.Demonym => $"demonym '{chosen.Text}' -> {chosen.ActorId}",
            _ when chosen.From is not null || chosen.To is not null => $"alias '{chosen.Text}' valid {chosen.From?.ToString() ?? "…"}..{chosen.To?.ToString() ?? "…"} at {state.Published?.ToString() ?? "unknown date"}",
            _ => $"alias '{chosen.Text}'",
        };
        return new Mention(i, end, kind, [chosen.ActorId], step);
    }

    /// <summary>
    /// "UN Secretary-General Antonio Guterres", "Security Council Secretary Sergei Shoigu": an organisation named in a
    /// person's title describes the person's office; it is not a party of its own.
    /// </summary>
    private void DropOrganizationsInTitles(IReadOnlyList<Token> tokens, List<Mention> mentions, DiscourseState state)
    {
        mentions.RemoveAll(m =>
        {
            if (m.ActorIds.Count != 1 || state.KindOf(m.ActorIds[0]) != ActorKind.Organization || m.Possessive) return false;
            var k = m.Last;
            while (k < tokens.Count && (_language.TitleWords.Contains(tokens[k].Lower) || tokens[k].IsHyphen)) k++;
            return k > m.Last && mentions.Any(p => p.First == k && p.ActorIds.Count == 1 && state.KindOf(p.ActorIds[0]) == ActorKind.Person);
        });
    }

    private bool QualifiedByState(IReadOnlyList<Token> tokens, int i)
    {
        var possessive = i > 0 && tokens[i - 1].IsPossessiveMarker;
        var end = possessive ? i - 1 : i;
        for (var j = Math.Max(0, end - 4); j < end; j++)
        {
            var (found, stop) = _names.Match(tokens, j);
            if (stop == end && found.Any(x => _gazetteer.Find(x.ActorId)?.Kind == ActorKind.State && (possessive || x.Form == NameForm.Demonym))) return true;
        }
        return false;
    }

    /// <summary>
    /// "counterpart, No Kwang Chol": a short capitalised word inside a sentence that the tagger reads as a function word
    /// ("No", "Ri", "O") before two name words is a family name.
    /// </summary>
    private bool FamilyNameBeforeGivenName(IReadOnlyList<Token> tokens, int k) =>
        k > 0 && k + 2 < tokens.Count && tokens[k].IsWord && tokens[k].IsCapitalized && tokens[k].Text.Length <= 4 && !tokens[k].Text.All(char.IsUpper)
        && (tokens[k - 1].IsWord || tokens[k - 1].Text == ",") && !_language.TitleWords.Contains(tokens[k].Lower)
        && IsNameWord(tokens[k + 1]) && IsNameWord(tokens[k + 2]);

    /// <summary>
    /// "Kim Sung Du": a syllable of a given name the tagger reads as a common word ("Sung"), capitalised and followed by
    /// another capitalised word that starts no known name (in "Kim Meets Putin" the next word is a name, so it is a verb).
    /// </summary>
    private bool MistaggedGivenName(IReadOnlyList<Token> tokens, int k) =>
        k + 1 < tokens.Count && tokens[k].IsWord && tokens[k].IsCapitalized && tokens[k].Text.Length > 1 && tokens[k].Pos != "AUX"
        && !_monthsAndDays.Contains(tokens[k].Lower) && tokens[k + 1].IsWord && tokens[k + 1].IsCapitalized && tokens[k + 1].Text.Length > 1
        && _names.Match(tokens, k + 1).Entries.Count == 0 && !_language.TitleWords.Contains(tokens[k + 1].Lower);

    private bool IsKnownNameEnd(IReadOnlyList<Token> tokens, int index) => _names.Match(tokens, index).Entries.Count > 0;

    /// <summary>Several actors share the form ("Kim"): the one the document named most recently in full, else the first.</summary>
    private static NameEntry PreferRecent(List<NameEntry> valid, DiscourseState state)
    {
        for (var s = state.History.Count - 1; s >= 0; s--)
            foreach (var m in state.History[s].Reverse())
                foreach (var e in valid)
                    if (m.ActorIds.Contains(e.ActorId)) return e;
        return valid.FirstOrDefault(e => e.To is null) ?? valid[0];
    }

    private static Mention? MatchLocalAlias(IReadOnlyList<Token> tokens, int i, DiscourseState state)
    {
        if (!tokens[i].IsCapitalized) return null;
        if (i + 1 < tokens.Count && tokens[i + 1].IsCapitalized && state.LocalAliases.TryGetValue(tokens[i].Text + " " + tokens[i + 1].Text, out var two))
            return new Mention(i, i + 2, MentionKind.NewName, [two], $"short form of {state.FindActor(two)?.Name}");
        return state.LocalAliases.TryGetValue(tokens[i].Text, out var id)
            ? new Mention(i, i + 1, MentionKind.NewName, [id], $"surname of {state.FindActor(id)?.Name}")
            : null;
    }

    private void AddPairAnaphors(IReadOnlyList<Token> tokens, List<Mention> mentions, bool[] covered)
    {
        foreach (var phrase in _language.PairAnaphors)
        {
            var words = phrase.Split(' ');
            for (var i = 0; i + words.Length <= tokens.Count; i++)
            {
                if (covered[i]) continue;
                var ok = true;
                for (var w = 0; w < words.Length && ok; w++) ok = tokens[i + w].Lower == words[w] && !covered[i + w];
                if (!ok) continue;
                mentions.Add(new Mention(i, i + words.Length, MentionKind.PairAnaphor, [], "unresolved"));
                for (var k = i; k < i + words.Length; k++) covered[k] = true;
            }
        }
    }

    /// <summary>
    /// "the former", "the latter" standing alone as a noun phrase; "the former president" is an adjective, so a noun,
    /// adjective or name after it rules the anaphor out.
    /// </summary>
    private void AddOrderAnaphors(IReadOnlyList<Token> tokens, List<Mention> mentions, bool[] covered)
    {
        AddStandaloneAnaphors(tokens, mentions, covered, _language.OrderAnaphors, MentionKind.OrderAnaphor);
        // "the country", "the nation" standing alone: a state named before
        AddStandaloneAnaphors(tokens, mentions, covered, _language.StateAnaphors, MentionKind.StateAnaphor);
        // "the ministry", "the spokesman" standing alone: the state whose organ or official was named before
        AddStandaloneAnaphors(tokens, mentions, covered, _language.OrganAnaphors, MentionKind.OrganAnaphor);
    }

    private static void AddStandaloneAnaphors(IReadOnlyList<Token> tokens, List<Mention> mentions, bool[] covered, IEnumerable<string> phrases, MentionKind kind)
    {
        foreach (var phrase in phrases)
        {
            var words = phrase.Split(' ');
            for (var i = 0; i + words.Length <= tokens.Count; i++)
            {
                if (Enumerable.Range(0, words.Length).Any(w => covered[i + w] || tokens[i + w].Lower != words[w])) continue;
                var end = i + words.Length;
                if (end < tokens.Count && tokens[end].IsWord && (tokens[end].IsNoun || tokens[end].IsAdjective || tokens[end].IsCapitalized)) continue;
                // "the Foreign Ministry of Iran": an of-phrase names an organ's owner (but "accused the former of ...")
                if (kind == MentionKind.OrganAnaphor && end < tokens.Count && tokens[end].Lower == "of") continue;
                // "the country or countries casting a veto": coordinated with a common noun it is generic, not a reference
                if (end + 1 < tokens.Count && tokens[end].Lower is "or" or "and" && tokens[end + 1].IsNoun && !tokens[end + 1].IsCapitalized) continue;
                mentions.Add(new Mention(i, end, kind, [], "unresolved"));
                for (var k = i; k < end; k++) covered[k] = true;
            }
        }
    }

    private void AddPronouns(IReadOnlyList<Token> tokens, List<Mention> mentions, bool[] covered)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (covered[i]) continue;
            var lower = tokens[i].Lower;
            MentionKind? kind = _language.PersonPronouns.Contains(lower) ? MentionKind.PersonPronoun
                : _language.ThingPronouns.Contains(lower) ? MentionKind.ThingPronoun
                : _language.PluralPronouns.Contains(lower) ? MentionKind.PluralPronoun
                // "US" is a country, "us" a pronoun: only a lower-case or sentence-case form is the pronoun
                : _language.FirstPersonPronouns.Contains(lower) && (tokens[i].Text == lower || tokens[i].Text.Length == 1 || tokens[i].Text[1..] == lower[1..]) ? MentionKind.FirstPersonPronoun : null;
            if (kind is null) continue;
            var last = i + 1;
            if (kind == MentionKind.PersonPronoun && lower is "his" or "her" && i + 1 < tokens.Count && tokens[i + 1].Lower == "country")
            { kind = MentionKind.CountryOfPerson; last = i + 2; }
            mentions.Add(new Mention(i, last, kind.Value, [], "unresolved"));
            covered[i] = true;
        }
    }

    /// <summary>Runs of capitalised words the gazetteer does not know become actors with a slug id and a guessed kind.</summary>
    private void AddNewNames(Sentence sentence, List<Mention> mentions, bool[] covered, DiscourseState state)
    {
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (covered[i] || !(IsNameWord(tokens[i]) || FamilyNameBeforeGivenName(tokens, i))) continue;
            var end = i;
            while (end < tokens.Count && !covered[end])
            {
                if (end > i && IsHyphenatedGivenName(tokens, end)) { end += 3; continue; }
                if (!(IsNameWord(tokens[end]) || FamilyNameBeforeGivenName(tokens, end)
                      // ("Kim Sung Du": a syllable the tagger misread, inside the name)
                      || (end > i && IsNameWord(tokens[end - 1]) && MistaggedGivenName(tokens, end))
                      || (tokens[end].Lower is "of" or "for" && end + 1 < tokens.Count && IsNameWord(tokens[end + 1]) && end > i)
                      || (tokens[end].IsHyphen && end > i && end + 1 < tokens.Count && IsNameWord(tokens[end + 1])))) break;
                end++;
            }
            // "the Foreign Ministry of the DPRK": an organ followed by its state is a mention of that state
            // ("the Foreign Ministry of Iran": the name run took in the "of" before a name the gazetteer covers)
            if (end - 1 > i && tokens[end - 1].Lower == "of" && end < tokens.Count && covered[end]) end--;
            var span = tokens.Skip(i).Take(end - i).Where(t => t.IsWord).ToArray();
            if (span.Length > 0 && _language.OrganNouns.Contains(span[^1].Lower) && OwnerAfter(tokens, mentions, end) is { } ownerAfter)
            {
                var organ = string.Join(" ", span.Select(t => t.Text));
                mentions.Remove(ownerAfter);
                mentions.Add(new Mention(i, ownerAfter.Last, MentionKind.Name, [ownerAfter.ActorIds[0]], $"'{organ}' of {ownerAfter.ActorIds[0]} is its organ") { ThroughOrgan = true });
                for (var k = i; k < ownerAfter.Last; k++) covered[k] = true;
                i = ownerAfter.Last;
                continue;
            }
            var start = i;
            while (start < end && (_language.TitleWords.Contains(tokens[start].Lower) || _monthsAndDays.Contains(tokens[start].Lower))) start++;
            // "Security Council Secretary Sergei Shoigu": a title word closing the span titles the name after it
            while (end > start && end < tokens.Count && covered[end] && _language.TitleWords.Contains(tokens[end - 1].Lower)) end--;
            // "Natural Resources Minister Alexander Kozlov": an office named before a title word, and the person after it
            var lastTitle = Enumerable.Range(start, end - start).LastOrDefault(k => _language.TitleWords.Contains(tokens[k].Lower), -1);
            // ("Army Chief of Staff Pak Su-il": a hyphenated given name is one word)
            if (lastTitle >= 0 && end - lastTitle - 1 - 2 * Enumerable.Range(lastTitle + 1, end - lastTitle - 1).Count(k => IsHyphenatedGivenName(tokens, k)) is 2 or 3)
                start = lastTitle + 1;
            // "the Secretary of the Academy of Defense Science Ri Song-hak": a family name and a hyphenated given name end the
            // span, whatever title comes before them
            var koreanName = end - 4 >= start && IsHyphenatedGivenName(tokens, end - 3) && IsNameWord(tokens[end - 4]);
            if (koreanName) start = end - 4;
            var words = tokens.Skip(start).Take(end - start).Where(t => t.IsWord).ToArray();
            i = end;
            if (words.Length < 2 || words.Any(w => _monthsAndDays.Contains(w.Lower) || _language.NonActorHeads.Contains(w.Text))) continue;
            if (words[^1].Lower is "of" or "for") continue;
            var kind = koreanName ? ActorKind.Person : GuessKind(words);
            if (kind is null) continue;
            var name = string.Join(" ", tokens.Skip(start).Take(end - start).Select(t => t.Text)).Replace(" - ", "-");
            // "the Russian Foreign Ministry", "White House National Security Council": an unnamed organ of a state acts for
            // the state (the corpus convention for ministries, spokespeople and capitals), so it is a mention of the state
            if (kind == ActorKind.Organization && OrganOwner(tokens, mentions, start, end) is { } owner)
            {
                mentions.RemoveAll(m => m.Last == owner.First && m.Kind == MentionKind.Demonym);
                // "Russian Security Council Secretary Sergei Shoigu": an organ inside a person's title is no party of its own
                var afterTitle = end;
                while (afterTitle < tokens.Count && _language.TitleWords.Contains(tokens[afterTitle].Lower)) afterTitle++;
                if (afterTitle > end && mentions.Any(p => p.First == afterTitle && p.ActorIds.Count == 1 && state.KindOf(p.ActorIds[0]) == ActorKind.Person)) continue;
                mentions.Add(new Mention(owner.First, end, MentionKind.Name, [owner.StateId], $"'{name}' is an organ of {owner.StateId}") { ThroughOrgan = true });
                for (var k = owner.First; k < end; k++) covered[k] = true;
                continue;
            }
            var id = kind == ActorKind.Person ? PersonSlug(name) : Slug(name);
            var existing = _gazetteer.Find(id);
            if (existing is null && !state.NewActors.ContainsKey(id))
                state.NewActors[id] = new Actor(id, name, kind.Value, [name], null, "found in text; not in the gazetteer");
            // ("Defence Minister X", "Poland's defence minister, X,": a title right before the name or set off before it by a comma)
            if (kind == ActorKind.Person && existing is null && start > 0
                && (_language.TitleWords.Contains(tokens[start - 1].Lower) || (start > 1 && tokens[start - 1].Text == "," && _language.TitleWords.Contains(tokens[start - 2].Lower))))
                state.TitledPeople.Add(id);
            if (kind == ActorKind.Person && SpokenForState(tokens, mentions, start) is { } spokenFor)
                state.LocalSpokespeople.TryAdd(existing?.Id ?? id, spokenFor);
            if (kind == ActorKind.Person)
            {
                // a Korean name puts the family name first, before the hyphenated given name ("Kang Sun-nam" is "Kang")
                var given = Enumerable.Range(start + 1, Math.Max(0, end - start - 1)).FirstOrDefault(k => IsHyphenatedGivenName(tokens, k), -1);
                state.LocalAliases.TryAdd(given > 0 ? tokens[given - 1].Text : words[^1].Text, id);
                if (words.Length >= 3) state.LocalAliases.TryAdd(words[^2].Text + " " + words[^1].Text, id);
            }
            mentions.Add(new Mention(start, end, MentionKind.NewName, [existing?.Id ?? id], existing is not null
                ? $"'{name}' names {existing.Id} (the gazetteer's name without the patronymic)"
                : $"new {kind.Value.ToString().ToLowerInvariant()} '{name}' (not in gazetteer)"));
            for (var k = start; k < end; k++) covered[k] = true;
        }
    }

    /// <summary>
    /// "the Republic of Korea (ROK)": an alias in parentheses right after a name of the same actor is part of that
    /// mention, so coordination and subjects see one actor, not two.
    /// </summary>
    private static void MergeParentheticalAliases(IReadOnlyList<Token> tokens, List<Mention> mentions)
    {
        for (var i = mentions.Count - 1; i > 0; i--)
        {
            Mention a = mentions[i - 1], b = mentions[i];
            if (b.First != a.Last + 1 || tokens[a.Last].Text != "(" || b.Last >= tokens.Count || tokens[b.Last].Text != ")"
                || !a.IsResolved || !a.ActorIds.SequenceEqual(b.ActorIds)) continue;
            a.Last = b.Last + 1;
            a.Possessive |= b.Possessive;
            mentions.RemoveAt(i);
        }
    }

    /// <summary>"Kremlin spokesman X", "North Korea's ambassador X": a representative role right before a new person, after a state.</summary>
    private string? SpokenForState(IReadOnlyList<Token> tokens, List<Mention> mentions, int personStart)
    {
        var role = personStart - 1;
        if (role < 1 || !_language.RepresentativeRoles.Contains(tokens[role].Lower)) return null;
        // ("North Korea's UN ambassador Kim Song": past a possessive marker and a capitalised word that qualifies the role)
        var owner = mentions.LastOrDefault(m => m.Last <= role && role - m.Last <= 3 && m.ActorIds.Count == 1 && _gazetteer.Find(m.ActorIds[0])?.Kind == ActorKind.State
                                                && Enumerable.Range(m.Last, role - m.Last).All(k => tokens[k].IsPossessiveMarker || tokens[k].IsCapitalized));
        return owner?.ActorIds[0];
    }

    /// <summary>The state an organisation name belongs to: a demonym or state name right before it, or leading its words.</summary>
    private Mention? OwnerAfter(IReadOnlyList<Token> tokens, List<Mention> mentions, int end)
    {
        if (end >= tokens.Count || tokens[end].Lower != "of") return null;
        var at = end + 1 < tokens.Count && tokens[end + 1].Lower == "the" ? end + 2 : end + 1;
        return mentions.FirstOrDefault(m => m.First == at && m.ActorIds.Count == 1 && !m.Possessive && _gazetteer.Find(m.ActorIds[0])?.Kind == ActorKind.State);
    }

    private (int First, string StateId)? OrganOwner(IReadOnlyList<Token> tokens, List<Mention> mentions, int start, int end)
    {
        var before = mentions.LastOrDefault(m => m.Last == start && m.ActorIds.Count == 1 && !m.Possessive && _gazetteer.Find(m.ActorIds[0])?.Kind == ActorKind.State);
        if (before is not null) return (before.First, before.ActorIds[0]);
        // "South Korea's National Intelligence Service": a state's possessive before the organ's name
        // ("Ukraine's Defence Intelligence Agency": the title words the name run set aside belong to the organ's name)
        var named = start;
        while (named > 0 && _language.TitleWords.Contains(tokens[named - 1].Lower) && tokens[named - 1].IsCapitalized) named--;
        var possessor = named >= 2 && tokens[named - 1].IsPossessiveMarker
            ? mentions.LastOrDefault(m => m.Last == named - 1 && m.ActorIds.Count == 1 && _gazetteer.Find(m.ActorIds[0])?.Kind == ActorKind.State)
            : null;
        if (possessor is not null)
        {
            mentions.Remove(possessor);
            return (possessor.First, possessor.ActorIds[0]);
        }
        var (entries, at) = _names.Match(tokens, start);
        var state = entries.Select(e => _gazetteer.Find(e.ActorId)).FirstOrDefault(a => a?.Kind == ActorKind.State);
        return state is not null && at < end ? (start, state.Id) : null;
    }

    /// <summary>
    /// "Kang Sun-nam", "Ri Song-hak": a hyphenated Korean given name after a family name, its second syllable lower-case and
    /// written joined (the tagger may call the first part a noun); not "-led" or "-based", participles.
    /// </summary>
    private static bool IsHyphenatedGivenName(IReadOnlyList<Token> tokens, int at)
    {
        if (at + 2 >= tokens.Count || !tokens[at].IsWord || !tokens[at].IsCapitalized || !tokens[at + 1].IsHyphen) return false;
        var syllable = tokens[at + 2];
        return tokens[at].End == tokens[at + 1].Start && tokens[at + 1].End == syllable.Start
               && syllable.IsWord && char.IsLower(syllable.Text[0]) && syllable.Text.Length <= 5 && !syllable.IsVerb
               && !syllable.Lower.EndsWith("ed", StringComparison.Ordinal) && (at + 3 >= tokens.Count || !tokens[at + 3].IsHyphen);
    }

    /// <summary>A capitalised word the tagger reads as a proper noun: sentence-initial and headline capitals of common words are not names.</summary>
    private bool IsNameWord(Token t) => t.IsWord && t.IsCapitalized && t.Text.Length > 1 && !char.IsDigit(t.Text[0]) && !t.Text.Contains('.')
        && (!t.IsTagged || t.Pos == "PROPN");

    private ActorKind? GuessKind(Token[] words)
    {
        if (words.Any(w => _language.OrganizationHeads.Contains(w.Text))) return ActorKind.Organization;
        if (words.Any(w => _language.PlaceHeads.Contains(w.Text))) return ActorKind.Place;
        if (words.Length <= 3 && words.All(w => w.Text.All(char.IsLetter) && !w.Text.All(char.IsUpper))) return ActorKind.Person;
        return null;
    }

    /// <summary>
    /// "Alexandr Kozlov" and "Aleksandr Kozlov" are one person: the given name takes one spelling in the id; and "Sergei
    /// Kuzhugetovich Shoigu" is Sergei Shoigu: a patronymic between given and family name is left out of it.
    /// </summary>
    private string PersonSlug(string name)
    {
        var parts = Slug(name).Split('-');
        var slug = parts.Length == 3 && _language.PatronymicSuffixes.Any(x => parts[1].EndsWith(x, StringComparison.Ordinal)) ? parts[0] + "-" + parts[2] : string.Join("-", parts);
        var first = slug.Split('-')[0];
        return _language.GivenNameVariants.TryGetValue(first, out var canonical) ? canonical + slug[first.Length..] : slug;
    }

    // ("António Guterres" is antonio-guterres: an id is typed by researchers, so accented letters fold to ASCII)
    private static string Slug(string name) =>
        string.Join("-", new string(name.Transliterate().ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// "the foreign minister of Poland", "the foreign ministers of Poland, Canada and Iran", "the government of Iran": a title
    /// or an organ with an of-phrase naming a state is that state's office holder at the publication date when the
    /// gazetteer knows one, else (an unnamed official, several of them, an organ) the state acting.
    /// </summary>
    private void ApplyTitlesOf(IReadOnlyList<Token> tokens, List<Mention> mentions, DiscourseState state)
    {
        for (var m = 0; m < mentions.Count; m++)
        {
            var d = mentions[m];
            if (d.Kind is not (MentionKind.Name or MentionKind.Metonym) || d.Possessive || d.ThroughOrgan || d.ActorIds.Count != 1 || state.KindOf(d.ActorIds[0]) != ActorKind.State) continue;
            var of = d.First - 1;
            if (of >= 0 && tokens[of].Lower == "the") of--;
            if (of < 1 || tokens[of].Lower != "of") continue;
            var start = of;
            while (start > 0 && tokens[start - 1].IsWord && char.IsLower(tokens[start - 1].Text[0])
                   && (_language.TitleWords.Contains(tokens[start - 1].Lower) || _language.TitleWords.Contains(tokens[start - 1].Lemma) || _language.OrganNouns.Contains(tokens[start - 1].Lower)))
                start--;
            if (start == of || (start > 0 && mentions.Any(x => x.Last == start))) continue;
            // ("Shoigu, now secretary of X, ...": an apposition describes the name before it; "a delegation of X headed by Y"
            // stands for its leader)
            var before = start - 1;
            while (before >= 0 && tokens[before].Pos == "ADV") before--;
            if (before >= 0 && tokens[before].Text == "," && mentions.Any(x => x.Last == before)) continue;
            if (_language.LedGroupNouns.Contains(tokens[of - 1].Lower)) continue;
            var head = tokens[of - 1];
            var title = string.Join(" ", tokens.Skip(start).Take(of - start).Select(t => t == head ? t.Lemma : t.Lower));
            var office = _officeTitles.FirstOrDefault(o => title.EndsWith(string.Join(" ", o), StringComparison.Ordinal));
            // ("the defence ministers of Russia and North Korea": a plural title distributes over the coordinated states)
            var members = 1;
            if (head.Lower != head.Lemma)
                while (m + members < mentions.Count && mentions[m + members] is var next && next.Kind is MentionKind.Name or MentionKind.Metonym && !next.Possessive
                       && next.ActorIds.Count == 1 && state.KindOf(next.ActorIds[0]) == ActorKind.State
                       && Enumerable.Range(mentions[m + members - 1].Last, next.First - mentions[m + members - 1].Last).All(k => tokens[k].Text == "," || tokens[k].Lower is "and" or "the"))
                    members++;
            for (var j = m; j < m + members; j++)
            {
                var member = mentions[j];
                var holders = office is null ? [] : _gazetteer.OfficeHolders(member.ActorIds[0], string.Join(" ", office), state.Published).Select(o => o.HolderId).Distinct().ToArray();
                var first = j == m ? start : member.First;
                mentions[j] = holders.Length == 1
                    ? new Mention(first, member.Last, MentionKind.Title, holders, $"title '{title}' of {member.ActorIds[0]} held by {holders[0]} at {state.Published?.ToString() ?? "unknown date"}")
                    : new Mention(first, member.Last, MentionKind.Title, [member.ActorIds[0]], $"'{title}' of {member.ActorIds[0]} -> the state") { ThroughOrgan = true };
            }
            m += members - 1;
        }
    }

    /// <summary>
    /// "North Korean leader Kim Jong Un" is Kim; "the Russian defence minister" and "the Kremlin leader" are whoever held
    /// that office at the publication date; a demonym that only introduces a title is not a mention of its state.
    /// </summary>
    private void ApplyTitles(IReadOnlyList<Token> tokens, List<Mention> mentions, DiscourseState state)
    {
        for (var m = 0; m < mentions.Count; m++)
        {
            var d = mentions[m];
            if (d.Kind is not (MentionKind.Demonym or MentionKind.Name or MentionKind.Metonym) || _gazetteer.Find(d.ActorIds[0])?.Kind != ActorKind.State) continue;
            var at = d.Last;
            // "Russia's leader", and a metonym used attributively as a demonym is: "the Kremlin leader"
            var possessive = at < tokens.Count && tokens[at].IsPossessiveMarker;
            if (d.Kind == MentionKind.Name && !possessive) continue;
            if (d.Kind != MentionKind.Demonym && possessive) at++;
            var titleEnd = at;
            while (titleEnd < tokens.Count && _language.TitleWords.Contains(tokens[titleEnd].Lower)) titleEnd++;
            var next = m + 1 < mentions.Count ? mentions[m + 1] : null;
            // a title before a known person introduces that person, and so does a state's possessive alone ("Russia's
            // Lavrov", a headline's short title)
            if ((titleEnd > at || possessive) && next is not null && next.First == titleEnd && next.IsResolved && _gazetteer.Find(next.ActorIds[0])?.Kind == ActorKind.Person)
            {
                var introduction = string.Join(" ", tokens.Skip(d.First).Take(titleEnd - d.First).Select(t => t.Text));
                next.Step = titleEnd > at ? $"title '{introduction}' + {next.Step}" : $"'{introduction}' + {next.Step}";
                next.First = d.First;
                mentions.RemoveAt(m--);
                continue;
            }
            if (titleEnd == at) continue;
            if (next is not null && next.First == titleEnd && next.Kind == MentionKind.NewName)
            {
                next.First = d.First;
                mentions.RemoveAt(m--);
                continue;
            }
            var title = string.Join(" ", tokens.Skip(at).Take(titleEnd - at).Select(t => t.Lower));
            var office = _officeTitles.FirstOrDefault(o => title.EndsWith(string.Join(" ", o), StringComparison.Ordinal));
            if (office is null)
            {
                // "Washington's envoy": a representative with no office of its own speaks for the state (the annotation conventions)
                if (_language.RepresentativeRoles.Contains(tokens[titleEnd - 1].Lower) && (next is null || next.First != titleEnd))
                    mentions[m] = new Mention(d.First, titleEnd, MentionKind.Title, [d.ActorIds[0]], $"unnamed '{title}' of {d.ActorIds[0]} -> the state") { ThroughOrgan = true };
                continue; // "the United States' foreign policy": title-like words that name no office
            }
            var holders = office is null ? [] : _gazetteer.OfficeHolders(d.ActorIds[0], string.Join(" ", office), state.Published).Select(o => o.HolderId).Distinct().ToArray();
            if (holders.Length == 1)
            {
                mentions[m] = new Mention(d.First, titleEnd, MentionKind.Title, holders, $"title '{title}' of {d.ActorIds[0]} held by {holders[0]} at {state.Published?.ToString() ?? "unknown date"}");
            }
            else
            {
                // "Iran's foreign minister" with no single known holder: an unnamed official acts for the state (the annotation conventions)
                mentions[m] = new Mention(d.First, titleEnd, MentionKind.Title, [d.ActorIds[0]], $"unnamed '{title}' of {d.ActorIds[0]} -> the state") { ThroughOrgan = true };
            }
        }
    }

    /// <summary>"the leaders of North Korea and Russia": the office holders of each state at the publication date.</summary>
    private void ApplyLeadersOf(IReadOnlyList<Token> tokens, List<Mention> mentions, DiscourseState state)
    {
        for (var m = 0; m < mentions.Count; m++)
        {
            var first = mentions[m];
            if (first.First < 2 || tokens[first.First - 1].Lower != "of") continue;
            // "the leaders of X and Y", "the defence ministers of X and Y": a one- or two-word office in the plural
            var titleWord = tokens[first.First - 2].Lower.TrimEnd('s');
            var titleLength = 1;
            if (first.First >= 3 && _gazetteer.OfficeTitles.Contains($"{tokens[first.First - 3].Lower} {titleWord}", StringComparer.OrdinalIgnoreCase))
                (titleWord, titleLength) = ($"{tokens[first.First - 3].Lower} {titleWord}", 2);
            if (!_gazetteer.OfficeTitles.Contains(titleWord, StringComparer.OrdinalIgnoreCase)) continue;
            var group = new List<int> { m };
            for (var n = m + 1; n < mentions.Count && Between(tokens, mentions[group[^1]].Last, mentions[n].First).All(t => t.Lower is "and" or ","); n++) group.Add(n);
            foreach (var g in group)
            {
                var stateId = mentions[g].ActorIds.FirstOrDefault();
                var holders = stateId is null ? [] : _gazetteer.OfficeHolders(stateId, titleWord, state.Published).Select(o => o.HolderId).Distinct().ToArray();
                var titleStart = first.First - 1 - titleLength;
                var start = g == m ? titleStart - (titleStart >= 1 && tokens[titleStart - 1].Lower == "the" ? 1 : 0) : mentions[g].First;
                // with no single known holder, the unnamed office holder acts for the state (the annotation conventions)
                mentions[g] = holders.Length == 1
                    ? new Mention(start, mentions[g].Last, MentionKind.Title, holders, $"'{titleWord} of {stateId}' held by {holders[0]} at {state.Published?.ToString() ?? "unknown date"}")
                    : stateId is not null && state.KindOf(stateId) == ActorKind.State
                        ? new Mention(mentions[g].First, mentions[g].Last, MentionKind.Title, [stateId], $"unnamed '{titleWord}' of {stateId} -> the state") { ThroughOrgan = true }
                        : new Mention(mentions[g].First, mentions[g].Last, MentionKind.Title, [], "unresolved office");
            }
            m = group[^1];
        }
        mentions.RemoveAll(x => x.Kind == MentionKind.Title && !x.IsResolved);
    }

    /// <summary>A demonym counts as its state only when it heads an agentive noun ("Russian officials", "Soviet aid") or is a plural noun ("Russians").</summary>
    private void KeepAgentiveDemonyms(IReadOnlyList<Token> tokens, List<Mention> mentions)
    {
        var keep = mentions.Where(m => m.Kind == MentionKind.Demonym && HeadsAgentiveNoun(tokens, m)).ToHashSet();
        // "Russian and North Korean entities": a demonym coordinated with a kept one is kept
        for (var i = mentions.Count - 2; i >= 0; i--)
            if (mentions[i].Kind == MentionKind.Demonym && keep.Contains(mentions[i + 1])
                && tokens.Skip(mentions[i].Last).Take(mentions[i + 1].First - mentions[i].Last).All(t => t.Lower is "and" or "or" or ","))
                keep.Add(mentions[i]);
        mentions.RemoveAll(m => m.Kind == MentionKind.Demonym && !keep.Contains(m));
        // "Shoigu and other Russian officials": the others are the named person's retinue, not a party of their own
        mentions.RemoveAll(m => m.Kind == MentionKind.Demonym && m.First >= 3 && tokens[m.First - 1].Lower == "other" && tokens[m.First - 2].Lower == "and"
                                && mentions.Any(p => p.Last == m.First - 2 && p.ActorIds.Count == 1 && _gazetteer.CountryOf(p.ActorIds[0]) is { } country
                                                     && country != p.ActorIds[0] && m.ActorIds.Contains(country)));
    }

    private bool HeadsAgentiveNoun(IReadOnlyList<Token> tokens, Mention m)
    {
        return !Drop(m);
        bool Drop(Mention m)
        {
            if (m.Kind != MentionKind.Demonym) return false;
            var last = tokens[m.Last - 1].Text;
            // "Russian-backed": a compound modifier names its state as the agent of the participle
            if (m.Last + 1 < tokens.Count && tokens[m.Last].IsHyphen && tokens[m.Last + 1].IsWord && char.IsLower(tokens[m.Last + 1].Text[0])) return false;
            if (last.EndsWith('s') && (m.Last >= tokens.Count || !tokens[m.Last].IsWord || !char.IsLower(tokens[m.Last].Text[0]))) return false;
            var designation = 0;
            while (m.Last + designation < tokens.Count && Token.InDesignation(tokens, m.Last + designation)) designation++;
            for (var k = m.Last; k < Math.Min(tokens.Count, m.Last + 3 + designation); k++)
            {
                // "North Korean KN-23 missiles": a model name stands between the demonym and its noun
                if (k < m.Last + designation) continue;
                // "the Russian Foreign Ministry": capitalised office words still belong to the demonym's noun phrase
                var officeWord = tokens[k].IsWord && (_language.TitleWords.Contains(tokens[k].Lower) || _language.OrganizationHeads.Contains(tokens[k].Text));
                if (!tokens[k].IsWord || (!char.IsLower(tokens[k].Text[0]) && !officeWord)) return true;
                if (_agentiveHeads.Contains(tokens[k].Lower)) return false;
                // "travelled to the Chinese capital", "arrived in a Russian port": a place noun the demonym locates stands
                // for its country, as a named place does
                // (not "pro-Russian separatist regions": after a hyphen the demonym is an attitude, not a location)
                if (_language.TransparentNouns.Contains(tokens[k].Lower) && (k + 1 >= tokens.Count || tokens[k + 1].Lower != "of")
                    && !(m.First > 0 && tokens[m.First - 1].IsHyphen)) return false;
            }
            return true;
        }
    }

    /// <summary>"the Kim regime", "the Putin government", "Biden's administration": the state the person leads.</summary>
    private void ApplyRegimes(IReadOnlyList<Token> tokens, List<Mention> mentions)
    {
        for (var m = 0; m < mentions.Count; m++)
        {
            var p = mentions[m];
            var possessed = p.Last < tokens.Count && tokens[p.Last].IsPossessiveMarker;
            var noun = possessed ? p.Last + 1 : p.Last;
            if (!p.IsResolved || noun >= tokens.Count || !(possessed ? _language.PossessedRegimeNouns : _language.RegimeNouns).Contains(tokens[noun].Lower)) continue;
            var led = _gazetteer.StateLedBy(p.ActorIds[0]);
            if (led is null) continue;
            mentions[m] = new Mention(p.First, noun + 1, MentionKind.Regime, [led], $"'{tokens[noun].Text}' of {p.ActorIds[0]} -> {led}");
        }
    }

    /// <summary>
    /// "talks with South Korea's Cho Tae-yul": a state's possessive right before a person's name says whose official the
    /// person is; the state owns the name, as it owns a role noun, and is no party of its own.
    /// </summary>
    private void MarkOwnersOfNamedPeople(IReadOnlyList<Token> tokens, List<Mention> mentions, DiscourseState state)
    {
        for (var m = 0; m + 1 < mentions.Count; m++)
        {
            Mention owner = mentions[m], person = mentions[m + 1];
            if (!owner.Possessive || !owner.IsResolved || state.KindOf(owner.ActorIds[0]) != ActorKind.State) continue;
            if (person.Kind is not (MentionKind.Name or MentionKind.NewName) || !person.IsResolved || state.KindOf(person.ActorIds[0]) != ActorKind.Person) continue;
            // ("South Korea's national security adviser Shin Won-sik": past the lower-case words of a title too)
            var between = Enumerable.Range(owner.Last, person.First - owner.Last).ToArray();
            if (between.Length <= 5 && between.Length > 0 && tokens[between[0]].IsPossessiveMarker
                && between.Skip(1).All(k => tokens[k].IsWord && (char.IsLower(tokens[k].Text[0]) || _language.TitleWords.Contains(tokens[k].Lower)) && !tokens[k].IsVerb))
                owner.RoleOwner = true;
        }
    }

    /// <summary>
    /// "Kim Jong Un, general secretary of the Workers' Party of Korea and president of the State Affairs of the DPRK, met ...":
    /// what the of-phrases of a title in apposition to a person name only says whose office it is; they are no parties.
    /// </summary>
    private void MarkOwnersInAppositiveTitles(IReadOnlyList<Token> tokens, List<Mention> mentions, DiscourseState state)
    {
        foreach (var person in mentions.Where(p => p.IsResolved && p.ActorIds.Count == 1 && state.KindOf(p.ActorIds[0]) == ActorKind.Person).ToArray())
        {
            var k = person.Last;
            if (k >= tokens.Count || tokens[k].Text != ",") continue;
            var title = k + 1;
            while (title < tokens.Count && (_language.TitleWords.Contains(tokens[title].Lower) || tokens[title].IsHyphen)) title++;
            if (title == k + 1 || title >= tokens.Count || tokens[title].Lower != "of") continue;
            var end = Enumerable.Range(title, tokens.Count - title).FirstOrDefault(j => tokens[j].Text is "," or ";" or "(" || (tokens[j].IsVerb && !tokens[j].IsCapitalized), tokens.Count);
            // (a capitalised run after "of the" there names a body, whatever kind its words suggested: "the State Affairs")
            foreach (var owner in mentions.Where(x => x.First > title && x.Last <= end && x != person && (x.Kind == MentionKind.NewName || state.KindOf(x.ActorIds[0]) is not ActorKind.Person)))
                owner.RoleOwner = true;
        }
    }

    private void MarkPossession(IReadOnlyList<Token> tokens, Mention m)
    {
        var at = m.Last;
        if (m.Kind is MentionKind.PersonPronoun or MentionKind.ThingPronoun or MentionKind.PluralPronoun or MentionKind.FirstPersonPronoun)
        {
            m.Possessive = _language.PossessiveDeterminers.Contains(tokens[m.First].Lower);
            at = m.Last;
        }
        else if (at < tokens.Count && tokens[at].IsPossessiveMarker && (tokens[at].Lower.EndsWith('s') || tokens[at - 1].Lower.EndsWith('s')))
        {
            m.Possessive = true;
            at++;
        }
        else if (m.Kind == MentionKind.CountryOfPerson) return;
        else
        {
            // "U.S.-led", "Russian-backed", "Soviet-era": a name joined by a hyphen to a lower-case word modifies what follows
            // ("North Korean-made missiles" name the goods' origin, which the rules read like "North Korean missiles")
            if (at + 1 < tokens.Count && tokens[at].IsHyphen && tokens[at + 1].IsWord && char.IsLower(tokens[at + 1].Text[0])
                && !_language.OriginParticiples.Contains(tokens[at + 1].Lower)) m.Modifier = true;
            return;
        }
        if (!m.Possessive) return;
        var isPronoun = m.Kind is MentionKind.PersonPronoun or MentionKind.ThingPronoun or MentionKind.PluralPronoun or MentionKind.FirstPersonPronoun;
        while (at < tokens.Count && tokens[at].IsWord && (char.IsLower(tokens[at].Text[0]) || isPronoun) && !_language.PossessiveRoleNouns.Contains(tokens[at].Lower) && at < m.Last + (isPronoun ? 4 : 3)) at++;
        if (at < tokens.Count && _language.PossessiveRoleNouns.Contains(tokens[at].Lower)) m.RoleOwner = true;
    }

    /// <summary>
    /// "Iran's government", "Russia's foreign ministry", "North Korea's parliament": a state's organ acts for the state
    /// (the corpus convention for ministries and spokespeople), so the possessive and its organ noun are one mention of it.
    /// </summary>
    private void ApplyOrgans(IReadOnlyList<Token> tokens, List<Mention> mentions, DiscourseState state)
    {
        foreach (var m in mentions)
        {
            if (!m.Possessive || m.RoleOwner || m.ActorIds.Count != 1 || state.KindOf(m.ActorIds[0]) != ActorKind.State || m.Kind is not (MentionKind.Name or MentionKind.Metonym)) continue;
            var at = m.Last + 1;
            var head = Enumerable.Range(at, Math.Max(0, Math.Min(tokens.Count, at + 3) - at))
                // (the possessed noun phrase ends before a preposition: "North Korea's deployment of troops" owns a deployment)
                // ("Japan's Foreign Ministry", "Ukraine's Defence Intelligence Agency": an organ's proper name is capitalised)
                .TakeWhile(k => tokens[k].IsWord && (char.IsLower(tokens[k].Text[0]) || _language.OrganNouns.Contains(tokens[k].Lower) || OrganNameWordBefore(tokens, k))
                                && !_language.Prepositions.Contains(tokens[k].Lower))
                .LastOrDefault(k => _language.OrganNouns.Contains(tokens[k].Lower), -1);
            if (head < 0 || mentions.Any(x => x != m && x.First >= at && x.First <= head)) continue;
            m.Step += $", its {string.Join(" ", tokens.Skip(at).Take(head + 1 - at).Select(t => t.Text))} acting for it";
            m.ThroughOrgan = true;
            m.Last = head + 1;
            m.Possessive = false;
        }
    }

    /// <summary>A capitalised word followed, within the organ's name, by a capitalised organ noun ("Foreign" in "Foreign Ministry").</summary>
    private bool OrganNameWordBefore(IReadOnlyList<Token> tokens, int k) =>
        tokens[k].IsCapitalized && Enumerable.Range(k + 1, Math.Max(0, Math.Min(tokens.Count, k + 3) - k - 1))
            .TakeWhile(j => tokens[j].IsWord && tokens[j].IsCapitalized).Any(j => _language.OrganNouns.Contains(tokens[j].Lower));

    /// <summary>
    /// "Putin's war on Ukraine", "Kim's invasion": a war a leader is said to own is his state's, so the possessor of such a
    /// noun (language.json stateActNouns) is the state he holds an office of at the publication date.
    /// </summary>
    private void ApplyStateActs(IReadOnlyList<Token> tokens, List<Mention> mentions, DiscourseState state)
    {
        foreach (var m in mentions)
        {
            if (!m.Possessive || m.ActorIds.Count != 1 || state.KindOf(m.ActorIds[0]) != ActorKind.Person || m.Last + 1 >= tokens.Count) continue;
            var head = Enumerable.Range(m.Last + 1, Math.Min(3, tokens.Count - m.Last - 1)).TakeWhile(k => tokens[k].IsWord && char.IsLower(tokens[k].Text[0]))
                .FirstOrDefault(k => _language.StateActNouns.Contains(tokens[k].Lower), -1);
            if (head < 0) continue;
            var offices = _gazetteer.Offices.Where(o => o.HolderId == m.ActorIds[0] && o.HeldAt(state.Published)).Select(o => o.StateId).Distinct().ToArray();
            if (offices.Length != 1) continue;
            m.Step += $", whose '{tokens[head].Text}' is his state's ({offices[0]})";
            m.ActorIds = [offices[0]];
        }
    }

    private static IEnumerable<Token> Between(IReadOnlyList<Token> tokens, int from, int to) => tokens.Skip(from).Take(Math.Max(0, to - from));
}
