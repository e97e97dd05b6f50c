using KoreaRussiaGraph.Extraction.Mentions;
using KoreaRussiaGraph.Extraction.Text;

namespace KoreaRussiaGraph.Extraction.Relations;

/// <summary>
/// One sentence seen by the relation rules: tokens, resolved mentions, coordination groups
/// ("Russia and China"), clause numbers, and the prepositional context of each mention.
/// </summary>
public sealed class SentenceView
{
    public IReadOnlyList<Token> Tokens { get; }
    public IReadOnlyList<Mention> Mentions { get; }
    public int[] Clause { get; }
    public int[] GroupOf { get; }
    /// <summary>Tokens inside a date phrase ("Putin's June 2024 trip"): they modify a noun the way an adjective does.</summary>
    public bool[] InDate { get; }
    private readonly LanguageVocabulary _language;

    public SentenceView(IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, LanguageVocabulary language, IEnumerable<(int First, int Last)>? dateSpans = null)
    {
        Tokens = tokens;
        Mentions = mentions;
        _language = language;
        InDate = new bool[tokens.Count];
        foreach (var (first, last) in dateSpans ?? [])
            for (var k = first; k < last && k < tokens.Count; k++) InDate[k] = true;
        Clause = new int[tokens.Count];
        var clause = 0;
        var next = 0;
        int? resumes = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            // "since 2006" is a date phrase, not a new clause
            var dateFollows = i + 1 < tokens.Count && tokens[i + 1].Text.All(char.IsDigit);
            // "after Cuba to recognize", "since 2006": a clause word heading no finite verb is a preposition
            var preposition = IsPrepositionUse(tokens, i);
            // "Kim, who met Putin in June, has pledged …": a relative clause between commas ends at its closing comma,
            // and the clause it interrupted resumes
            if (resumes is { } outer && tokens[i].Text == ",") { Clause[i] = clause; clause = outer; resumes = null; continue; }
            // "the two occupied states—X and Y": a dash or colon between a common noun and names opens an apposition, not a clause
            var apposition = i > 0 && tokens[i].Text is "—" or "–" or ":" && tokens[i - 1].IsNoun && char.IsLower(tokens[i - 1].Text[0]) && mentions.Any(m => m.First == i + 1);
            if (i > 0 && (language.ClauseBreaks.Contains(tokens[i].Lower) || CoordinatesClauses(tokens, mentions, i)) && !InsideMention(i) && !dateFollows && !preposition && !apposition)
            {
                if (tokens[i - 1].Text == "," && language.RelativePronouns.Contains(tokens[i].Lower) && resumes is null) resumes = clause;
                clause = ++next;
            }
            Clause[i] = clause;
        }
        GroupOf = new int[mentions.Count];
        for (var m = 0; m < mentions.Count; m++)
        {
            // "met Xi and his top economic official, Premier Li Qiang": a name in apposition to a possessed role noun takes
            // the possessor's place in the list (the possessor owns the role; it is no party of its own)
            var apposed = m > 0 && ApposedToPossessedRole(mentions[m - 1], mentions[m]);
            if (apposed)
            {
                mentions[m - 1].RoleOwner = true;
                _possessedRoles.Add(mentions[m]);
            }
            // ("Biden, Japan's Shigeru Ishiba and Yoon": so does a name its state's possessive owns)
            var owned = m > 0 && mentions[m - 1].RoleOwner && mentions[m - 1].Possessive
                        && Enumerable.Range(mentions[m - 1].Last, mentions[m].First - mentions[m - 1].Last).All(k => tokens[k].IsPossessiveMarker);
            GroupOf[m] = m > 0 && (apposed || owned || Coordinated(mentions[m - 1], mentions[m])) && !OpensCoordinatedClause(mentions[m]) ? GroupOf[m - 1] : m;
        }
        // commas alone make no list ("North Korea, United Nations data shows"): a group needs an "and"/"or"
        foreach (var group in Enumerable.Range(0, mentions.Count).GroupBy(i => GroupOf[i]).Where(g => g.Count() > 1).ToArray())
        {
            var members = group.ToArray();
            var joined = members.Skip(1).Any(i => tokens.Skip(mentions[i - 1].Last).Take(mentions[i].First - mentions[i - 1].Last).Any(t => t.Lower is "and" or "or"));
            if (!joined) foreach (var i in members) GroupOf[i] = i;
        }
        // "support for Russia's president, Putin, and Washington has accused …": a last conjunct after ", and" followed by an
        // auxiliary or a finite verb begins a clause of its own when the list it would close is no subject (after a preposition or a verb)
        foreach (var group in Enumerable.Range(0, mentions.Count).GroupBy(i => GroupOf[i]).Where(g => g.Count() > 1).ToArray())
        {
            var members = group.ToArray();
            var last = members[^1];
            var head = mentions[members[0]];
            var k = head.First - 1;
            // an apposition's comma ("Iran's president, Raisi") belongs to the noun phrase before it
            if (k >= 1 && tokens[k].Text == "," && (tokens[k - 1].Pos == "NOUN" || language.TitleWords.Contains(tokens[k - 1].Lower))) k--;
            while (k >= 0 && (IsDeterminer(tokens[k]) || language.TitleWords.Contains(tokens[k].Lower))) k--;
            var notASubject = k >= 0 && (language.Prepositions.Contains(tokens[k].Lower) || tokens[k].IsPossessiveMarker || tokens[k].IsVerb);
            var commaAnd = tokens.Skip(mentions[members[^2]].Last).Take(mentions[last].First - mentions[members[^2]].Last).Select(t => t.Lower).SequenceEqual([",", "and"]);
            // ("flew to Pyongyang, and the two leaders signed ...": or by a finite verb)
            if (notASubject && commaAnd && mentions[last].Last < tokens.Count
                && (tokens[mentions[last].Last].IsAuxiliary || (tokens[mentions[last].Last].IsVerb && !tokens[mentions[last].Last].Lower.EndsWith("ing", StringComparison.Ordinal))))
                GroupOf[last] = last;
        }
    }

    /// <summary>A word the tagger reads as a preposition and that heads no finite verb ("after Cuba", not "after Russia invaded").</summary>
    private static bool IsPrepositionUse(IReadOnlyList<Token> tokens, int k) =>
        tokens[k].Pos == "ADP" && tokens[k].Lower != "that" && !FiniteVerbFollows(tokens, k + 1);

    /// <summary>A verb or auxiliary before the next punctuation mark, an infinitive "to" or a preposition.</summary>
    private static bool FiniteVerbFollows(IReadOnlyList<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count && k < from + 8; k++)
        {
            if (!tokens[k].IsWord || tokens[k].Pos is "PART" or "ADP") return false;
            if (tokens[k].Pos is "VERB" or "AUX") return true;
        }
        return false;
    }

    /// <summary>
    /// "Putin visited in 2000, and Kim travelled in 2001", "when Putin visited Pyongyang and the two leaders signed a pact":
    /// "and" before a named subject and its verb joins two clauses when a finite verb of its own comes before it ("Russia and
    /// China signed", "Following the talks, Russia and North Korea signed" coordinate two names).
    /// </summary>
    private bool CoordinatesClauses(IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, int i)
    {
        if (tokens[i].Lower != "and" || mentions.FirstOrDefault(m => m.First == i + 1) is not { Possessive: false } subject) return false;
        if (subject.Last >= tokens.Count || tokens[subject.Last].Pos is not ("VERB" or "AUX")) return false;
        // ("Putin, right, and Kim shake hands": without a verb before it, "and" coordinates the subject)
        // ("flew in, and Xi and Putin met": nor inside a list that another "and" or a comma continues)
        for (var k = tokens[i - 1].Text == "," ? i - 2 : i - 1; k >= 0 && !_language.ClauseBreaks.Contains(tokens[k].Lower) && !_language.Coordinators.Contains(tokens[k].Lower); k--)
            if (tokens[k].Pos == "VERB" && !tokens[k].Lower.EndsWith("ing", StringComparison.Ordinal) && !InsideMention(k)) return true;
        return false;
    }

    private bool OpensCoordinatedClause(Mention m) => m.First > 0 && Clause[m.First - 1] != Clause[Math.Max(0, m.First - 2)] && Tokens[m.First - 1].Lower == "and";

    private bool InsideMention(int token) => Mentions.Any(m => m.First < token && token < m.Last);

    /// <summary>Whether any mention covers the token.</summary>
    /// <summary>"..., calling the move an escalation": an -ing verb right after a comma opens a free adjunct.</summary>
    public bool OpensFreeAdjunct(int k) => k > 0 && Tokens[k - 1].Text == "," && Tokens[k].IsVerb && Tokens[k].Lower.EndsWith("ing", StringComparison.Ordinal);

    public bool InMention(int token) => Mentions.Any(m => m.First <= token && token < m.Last);

    /// <summary>"the North Korean soldiers": the demonym whose agentive head noun is the token at <paramref name="noun"/>, if any.</summary>
    public Mention? DemonymHeading(int noun) =>
        IsAgentiveNoun(Tokens[noun]) ? Mentions.LastOrDefault(m => m.Kind == MentionKind.Demonym && m.Last == noun) : null;

    private bool Coordinated(Mention a, Mention b)
    {
        if (a.Possessive != b.Possessive && a.Possessive) return false;
        var between = Tokens.Skip(a.Last).Take(b.First - a.Last).ToArray();
        // "... of the two countries, Russia and China signed": a pair is complete; a comma after it ends its phrase
        if (a.Kind == MentionKind.PairAnaphor && between.All(t => t.Text == ",")) return false;
        // "Putin, right, and Kim": a caption's position words sit between the conjuncts
        if (between.Count(t => t.Text == ",") >= 2 || between.Any(t => t.Text == "("))
            between = between.Where(t => !_language.CaptionPositions.Contains(t.Lower)).ToArray();
        // "X, former army chief of staff Y, and the secretary of the academy Z": a title phrase right before a conjunct
        // belongs to it, inside a list (after a comma, or after "and" when the conjunct before it is itself a list item;
        // not "Kim visited Russia, and Defence Minister X ...", which opens a clause)
        var title = TitlePhraseStart(between, between.Length);
        if (title > 0 && between.Length - title <= 8 && between.Skip(title).Any(t => _language.TitleWords.Contains(t.Lower))
            && !(b.Last < Tokens.Count && Tokens[b.Last].Pos is "VERB" or "AUX")
            && (!between.Take(title).Any(t => t.Lower == "and") || ListItem(a)))
            between = between.Take(title).ToArray();
        // ("11 Russian companies and two North Korean entities": demonyms, each with its agentive head and count)
        if (a.Kind == MentionKind.Demonym && b.Kind == MentionKind.Demonym && between.Length is >= 2 and <= 5 && IsAgentiveNoun(between[0])
            && Array.FindIndex(between, t => t.Lower is "and" or "or") is var conjunction and > 0
            && between.Take(conjunction).All(t => t.IsNoun && char.IsLower(t.Text[0]))
            && between.Skip(conjunction + 1).All(t => t.Pos is "NUM" or "DET" || t.Lower is "several" or "dozens" or "of"))
            return true;
        return between.Length is > 0 and <= 3 && between.Any(t => t.Lower is "and" or "or" or ",")
            && between.All(t => t.Lower is "and" or "or" or "," or "both" or "the" or "as" or "well" || _language.TitleWords.Contains(t.Lower));
    }

    private readonly HashSet<Mention> _possessedRoles = [];

    /// <summary>Whether the mention names, in apposition, a role a possessor before it owns ("his premier, X").</summary>
    public bool NamesPossessedRole(Mention m) => _possessedRoles.Contains(m);

    /// <summary>"his foreign minister, X" (X not the subject of a verb of its own): X names what the possessor owns.</summary>
    private bool ApposedToPossessedRole(Mention owner, Mention name)
    {
        if (!owner.Possessive || name.Possessive || name.Kind is not (MentionKind.Name or MentionKind.NewName or MentionKind.Title)) return false;
        var start = owner.Last < Tokens.Count && Tokens[owner.Last].IsPossessiveMarker ? owner.Last + 1 : owner.Last;
        var comma = name.First - 1;
        while (comma > start && _language.TitleWords.Contains(Tokens[comma].Lower)) comma--;
        if (comma <= start || comma - start > 4 || Tokens[comma].Text != ",") return false;
        if (!Tokens.Skip(start).Take(comma - start).All(t => t.IsWord && char.IsLower(t.Text[0]) && t.Pos is "NOUN" or "ADJ") || !Tokens[comma - 1].IsNoun) return false;
        return name.Last >= Tokens.Count || !(Tokens[name.Last].Pos is "VERB" or "AUX");
    }

    /// <summary>Where a run of title-phrase words (nouns, adjectives, "of", "the") ending at <paramref name="end"/> starts.</summary>
    private static int TitlePhraseStart(IReadOnlyList<Token> tokens, int end)
    {
        var k = end;
        while (k > 0 && tokens[k - 1].Lower is not ("and" or "or")
               && (tokens[k - 1].IsHyphen || tokens[k - 1].Lower is "of" or "the" || (tokens[k - 1].IsWord && tokens[k - 1].Pos is "NOUN" or "PROPN" or "ADJ"))) k--;
        return k;
    }

    /// <summary>A mention after a comma, or after a title phrase after one: an item of a list, not a clause's subject.</summary>
    private bool ListItem(Mention m)
    {
        var k = TitlePhraseStart(Tokens, m.First);
        return k > 0 && Tokens[k - 1].Text == ",";
    }

    /// <summary>All mentions coordinated with mention <paramref name="m"/>.</summary>
    public IReadOnlyList<Mention> Group(int m) => Enumerable.Range(0, Mentions.Count).Where(i => GroupOf[i] == GroupOf[m]).Select(i => Mentions[i]).ToArray();

    public int IndexOf(Mention m) => Mentions.ToList().IndexOf(m);

    /// <summary>
    /// The preposition governing the mention ("" when nothing but determiners separates it from
    /// <paramref name="from"/>), or null when other words intervene.
    /// </summary>
    public string? PrepositionBefore(Mention m, int from)
    {
        if (IndexOf(m) < 0) return null; // a party the text leaves out has no phrase of its own
        var groupHead = Mentions[Enumerable.Range(0, Mentions.Count).First(i => GroupOf[i] == GroupOf[IndexOf(m)])];
        var start = AppositionHost(groupHead.First);
        var k = start - 1;
        // "met Security Council Secretary Sergei Shoigu": the capitalised words of a title before its title word belong to it
        var inTitle = false;
        while (k >= from && (IsDeterminer(Tokens[k]) || Tokens[k].IsQuote || Tokens[k].IsHyphen || _language.TitleWords.Contains(Tokens[k].Lower) || IsPremodifier(k)
                             || (inTitle && Tokens[k].IsCapitalized && Tokens[k].IsWord && !InsideMention(k))
                             // ("Chief of Staff X", "Secretary of the Academy of Sciences X": "of" inside a title)
                             || (inTitle && Tokens[k].Lower == "of" && k > from && (Tokens[k - 1].IsCapitalized || _language.TitleWords.Contains(Tokens[k - 1].Lower)))))
        {
            inTitle |= _language.TitleWords.Contains(Tokens[k].Lower);
            k--;
        }
        // "talks with South Korea's Cho Tae-yul": the state that owns the name is part of its noun phrase
        if (k >= from && Tokens[k].IsPossessiveMarker && Mentions.FirstOrDefault(x => x.Last == k && x.RoleOwner) is { } owner)
        {
            k = owner.First - 1;
            while (k >= from && IsDeterminer(Tokens[k])) k--;
        }
        // "hosted a Russian delegation led by Shoigu": the led group stands for its leader
        if (LedGroupBefore(k + 1) is { } group && group > from)
        {
            k = group - 1;
            while (k >= from && (IsDeterminer(Tokens[k]) || IsPremodifier(k) || Mentions.Any(x => x.First <= k && k < x.Last && ModifiesLedGroup(x)))) k--;
        }
        // "met with the Iranian counterpart, Hossein Amirabdollahian": a name in apposition to a role noun takes its place
        // ("flew to the North Korean capital, Pyongyang": so does a name in apposition to a place noun)
        if (k > from && Tokens[k].Text == "," && (_language.TitleWords.Contains(Tokens[k - 1].Lower) || _language.TransparentNouns.Contains(Tokens[k - 1].Lower)))
        {
            k--;
            while (k >= from && (IsDeterminer(Tokens[k]) || _language.TitleWords.Contains(Tokens[k].Lower) || _language.TransparentNouns.Contains(Tokens[k].Lower)
                                 || (Tokens[k].IsCapitalized && Tokens[k].Pos is "ADJ" or "PROPN"))) k--;
        }
        // "letters to her counterparts in Syria", "the breakaway republics of X and Y": a state's counterparts are its
        // officials, who act for it, and a region noun with an of-phrase names the region itself
        while (k - 1 > from && ((Tokens[k].Lower is "in" or "of" or "from" && _language.CounterpartNouns.Contains(Tokens[k - 1].Lower))
                                || (Tokens[k].Lower == "of" && _language.TransparentNouns.Contains(Tokens[k - 1].Lower))))
        {
            k -= 2;
            // "the North Korean port city of Wonsan": a demonym premodifies the region noun like any adjective
            while (k >= from && (IsDeterminer(Tokens[k]) || _language.PossessiveDeterminers.Contains(Tokens[k].Lower) || IsNounPhraseWord(k)
                                 || (Tokens[k].IsCapitalized && Tokens[k].Pos is "ADJ" or "PROPN" && !InMention(k)))) k--;
        }
        if (k >= from) k = PastApproximator(k);
        if (k < from) return "";
        if (_language.Prepositions.Contains(Tokens[k].Lower)) return Tokens[k].Lower;
        return null;
    }

    /// <summary>"a Russian delegation led by X": the demonym before a led group, which stands for its leader instead.</summary>
    public bool ModifiesLedGroup(Mention m) => IsLedGroupNoun(m.Last) && LeadingPhraseAt(m.Last + 1) is not null;

    /// <summary>The verb of "delegation led by", "headed by": part of a led group, not a predicate.</summary>
    public bool InLeadingPhrase(int verb) => IsLedGroupNoun(verb - 1) && LeadingPhraseAt(verb) is not null;

    /// <summary>The index of the group noun when "delegation led by" ends right before <paramref name="at"/>.</summary>
    public int? LedGroupBefore(int at)
    {
        foreach (var phrase in _language.LeadingPhrases)
        {
            var start = at - phrase.Length;
            if (start >= 1 && PhraseAt(start, phrase) && IsLedGroupNoun(start - 1)) return start - 1;
        }
        return null;
    }

    public bool IsTitleWord(Token t) => _language.TitleWords.Contains(t.Lower);

    public bool IsOrdinal(Token t) => _language.Ordinals.Contains(t.Lower);

    /// <summary>A noun naming a statement ("a statement denouncing X"): what it says, its issuer says.</summary>
    public bool IsStatementNoun(Token t) => _language.StatementNouns.Contains(t.Lower);

    public bool IsLedGroupNoun(int k) => k >= 0 && k < Tokens.Count && _language.LedGroupNouns.Contains(Tokens[k].Lower);

    private string[]? LeadingPhraseAt(int start) => _language.LeadingPhrases.FirstOrDefault(p => PhraseAt(start, p));

    private bool PhraseAt(int start, string[] words) =>
        start >= 0 && start + words.Length <= Tokens.Count && words.Select((w, i) => Tokens[start + i].Lower == w).All(x => x);

    /// <summary>"Iran's", "its": what follows is the head of a possessed noun phrase.</summary>
    public bool IsPossessor(int k) => k >= 0 && k < Tokens.Count && (Tokens[k].IsPossessiveMarker || _language.PossessiveDeterminers.Contains(Tokens[k].Lower));

    /// <summary>
    /// "recognized the self-declared Donetsk republic", "backed the separatist Donetsk republic": a lowercase adjective, or a
    /// lowercase word of a hyphenated compound, modifies the name inside its noun phrase.
    /// </summary>
    private bool IsPremodifier(int k)
    {
        var t = Tokens[k];
        if (!t.IsWord || !char.IsLower(t.Text[0])) return false;
        return IsParticipleModifier(k) || t.IsAdjective || (k + 1 < Tokens.Count && Tokens[k + 1].IsHyphen) || (k > 0 && Tokens[k - 1].IsHyphen);
    }

    /// <summary>"with visiting Secretary Shoigu": a participle right after a preposition or determiner premodifies the noun phrase.</summary>
    public bool IsParticipleModifier(int k)
    {
        var t = Tokens[k];
        return t.IsVerb && char.IsLower(t.Text[0]) && (t.Lower.EndsWith("ing", StringComparison.Ordinal) || t.Lower.EndsWith("ed", StringComparison.Ordinal))
               && k > 0 && (IsPreposition(Tokens[k - 1]) || IsDeterminer(Tokens[k - 1]))
               && k + 1 < Tokens.Count && Tokens[k + 1].IsWord && (Tokens[k + 1].IsCapitalized || Tokens[k + 1].IsNoun || Tokens[k + 1].IsAdjective);
    }

    /// <summary>
    /// "supports the sovereignty of Ukraine", "backed the decisions of the council": the owner of a verb's direct object
    /// stands for the object, when only a short common-noun phrase ("the sovereignty") precedes its "of" (kin nouns excepted:
    /// "met the son of X" did not meet X), and when the object is no trigger of its own ("backed the invasion of X" did not back X).
    /// </summary>
    public bool IsOwnerOfDirectObject(Mention m, int verbEnd, Func<string, bool> isTrigger, bool personalObject = false)
    {
        var of = AppositionHost(Mentions[Enumerable.Range(0, Mentions.Count).First(i => GroupOf[i] == GroupOf[IndexOf(m)])].First) - 1;
        while (of > verbEnd && (IsDeterminer(Tokens[of]) || _language.TitleWords.Contains(Tokens[of].Lower)) && Tokens[of].Lower != "of") of--;
        if (of <= verbEnd || Tokens[of].Lower != "of" || of - verbEnd > 4) return false;
        // ("decided to \"recognise the independence\" of X": a closing quotation mark inside the phrase does not end it)
        var phrase = Tokens.Skip(verbEnd).Take(of - verbEnd).Where(x => !x.IsQuote).ToArray();
        return phrase.Length > 0 && phrase.All(x => x.IsWord && char.IsLower(x.Text[0]) && !x.IsVerb && !_language.PossessiveRoleNouns.Contains(x.Lower) && !isTrigger(x.Lower))
               && phrase.Any(x => x.IsNoun)
               // ("recognised the annexation of Ukrainian regions": a state's act has its patient, not its owner, after "of")
               && !_language.StateActNouns.Contains(Tokens[of - 1].Lower)
               // whom one meets is a person or a group of them ("met a delegation of X"), not a thing ("meets the interests of X")
               && (!personalObject || IsAgentiveNoun(Tokens[of - 1]) || IsLedGroupNoun(of - 1) || IsTitleWord(Tokens[of - 1]));
    }

    /// <summary>
    /// "recognised the two Russian-occupied states—X and Y—": names set off by a dash or colon right after a common noun
    /// stand in apposition to its noun phrase and take its place in the clause: the start of that phrase, else of the names.
    /// </summary>
    private int AppositionHost(int start)
    {
        var k = start - 1;
        if (k < 1 || Tokens[k].Text is not ("—" or "–" or ":") || !Tokens[k - 1].IsNoun || !char.IsLower(Tokens[k - 1].Text[0]) || InsideMention(k - 1)) return start;
        bool InPhrase(int i) => IsDeterminer(Tokens[i]) || Tokens[i].IsHyphen || Mentions.Any(x => x.First <= i && i < x.Last && x.Modifier) || IsNounPhraseWord(i) || IsPremodifier(i);
        while (k > 0 && InPhrase(k - 1)) k--;
        return k;
    }

    /// <summary>A lowercase word that is neither a verb nor a preposition: a modifier or head inside a noun phrase.</summary>
    private bool IsNounPhraseWord(int i) => Tokens[i].IsWord && char.IsLower(Tokens[i].Text[0]) && !Tokens[i].IsVerb && !_language.Prepositions.Contains(Tokens[i].Lower);

    /// <summary>Not in a prepositional phrase, not a possessor, not the object right after a verb trigger.</summary>
    /// <summary>"About 15,000 soldiers were sent": a word approximating the cardinal after it belongs to the noun phrase, so the phrase begins before it.</summary>
    private int PastApproximator(int k) => k >= 0 && k + 1 < Tokens.Count && _language.Approximators.Contains(Tokens[k].Lower) && Tokens[k + 1].Pos == "NUM" ? k - 1 : k;

    public bool IsNominative(Mention m, IReadOnlyList<TriggerMatch> verbTriggers)
    {
        if (m.Possessive || m.RoleOwner || m.Modifier || ModifiesLedGroup(m)) return false;
        var idx = IndexOf(m);
        var head = Mentions[Enumerable.Range(0, Mentions.Count).First(i => GroupOf[i] == GroupOf[idx])];
        // "A Russian delegation led by Shoigu arrived": a led group that opens its clause is its leader's subject
        // ("led by Defence Minister X": past the leader's title)
        var titled = head.First;
        while (titled > 0 && (_language.TitleWords.Contains(Tokens[titled - 1].Lower) || (Tokens[titled - 1].IsCapitalized && titled - 1 > 0 && !InsideMention(titled - 1) && _language.TitleWords.Contains(Tokens[titled].Lower)))) titled--;
        if (LedGroupBefore(titled) is not null) return PrepositionBefore(m, Array.IndexOf(Clause, Clause[head.First])) == "";
        var k = head.First - 1;
        if (k >= 0 && _language.PossessiveDeterminers.Contains(Tokens[k].Lower)) return false; // "its Gulf allies"
        // ("The respected Comrade Kim Jong Un": a participle after a determiner premodifies the name)
        // ("chief of general staff Valery Gerasimov": "of" between title words is inside the title)
        while (k >= 0 && Clause[k] == Clause[head.First] && (IsDeterminer(Tokens[k]) || Tokens[k].Lower is "both" or "either" || Tokens[k].IsQuote || _language.TitleWords.Contains(Tokens[k].Lower)
                                                            || (IsOtherVerb(Tokens[k]) && k > 0 && Tokens[k - 1].Pos == "DET")
                                                            || (Tokens[k].Lower == "of" && k > 0 && k + 1 < head.First && _language.TitleWords.Contains(Tokens[k - 1].Lower) && _language.TitleWords.Contains(Tokens[k + 1].Lower)))) k--;
        k = PastApproximator(k);
        if (k < 0 || Clause[k] != Clause[head.First] || Tokens[k].Lower == "that") return true; // first words of a clause: its subject
        var groupEnd = Group(idx).Max(x => x.Last);
        if (Tokens[k].Lower == "with" && groupEnd < Tokens.Count && Tokens[groupEnd].Lower.EndsWith("ing"))
            return true; // "with Russia forgiving ...": the subject of an absolute clause
        if (_language.Prepositions.Contains(Tokens[k].Lower) || IsPrepositionUse(Tokens, k)) return false;
        if (InMention(k)) return false; // "its Gulf allies": a modifier, not a subject
        // "claimed the North has shipped ...": a name followed by an auxiliary heads a clause of its own
        if (groupEnd < Tokens.Count && Tokens[groupEnd].IsAuxiliary && !verbTriggers.Any(t => t.Last == k + 1)) return true;
        if (IsOtherVerb(Tokens[k]) && !(groupEnd < Tokens.Count && Tokens[groupEnd].Lower is "of" or "to")) return false;
        if (verbTriggers.Any(t => t.Last == k + 1 || (t.Last <= k + 1 && Tokens.Skip(t.Last).Take(k + 1 - t.Last).All(IsDeterminer)))) return false;
        return true;
    }

    /// <summary>A past-tense word right before a name makes the name its object ("battled the South"), unless it is a comitative "joined".</summary>
    private static bool IsOtherVerb(Token t) => t.IsWord && char.IsLower(t.Text[0]) && t.Lower.EndsWith("ed") && t.Lower is not ("joined" or "led" or "based" or "backed");

    /// <summary>"Kim's train", "the president's plane": what carries a traveller, whose possessor travels with it.</summary>
    public bool IsConveyance(Token t) => _language.ConveyanceNouns.Contains(t.Lemma) || _language.ConveyanceNouns.Contains(t.Lower);

    /// <summary>A noun that denotes actors ("countries", "officials"): a relative clause on it may have an actor subject.</summary>
    public bool IsAgentiveNoun(Token t) => _language.AgentiveHeads.Contains(t.Lower);

    public bool IsPreposition(Token t) => _language.Prepositions.Contains(t.Lower);

    /// <summary>"thank", "praise": verbs whose for-phrase names what the object did for the subject.</summary>
    public bool IsGratitudeVerb(Token t) => t.IsVerb && (_language.GratitudeVerbs.Contains(t.Lemma) || _language.GratitudeVerbs.Contains(t.Lower));

    /// <summary>"help", "assist": verbs whose object benefits from the act a purpose infinitive of theirs explains.</summary>
    public bool IsBenefactiveVerb(Token t) => _language.BenefactiveVerbs.Contains(t.Lemma) || _language.BenefactiveVerbs.Contains(t.Lower);
    /// <summary>Verbs by which someone carries another's message ("delivered a letter from X"): lemmas.</summary>
    public IReadOnlySet<string> CarrierVerbs => _language.CarrierVerbs;
    public IReadOnlySet<string> ReciprocalVerbs => _language.ReciprocalVerbs;
    public IReadOnlySet<string> ReasonPrepositions => _language.ReasonPrepositions;
    public IReadOnlySet<string> ActAnaphors => _language.ActAnaphors;

    /// <summary>Whether the words ending right before <paramref name="end"/> are an object-control verb ("urged", "called on").</summary>
    public bool ControlVerbEndsAt(int end) =>
        end > 0 && ((Tokens[end - 1].IsVerb && _language.ObjectControlVerbs.Contains(Tokens[end - 1].Lemma))
                    || (end > 1 && Tokens[end - 2].IsVerb && _language.ObjectControlVerbs.Contains(Tokens[end - 2].Lemma + " " + Tokens[end - 1].Lower)));
    public bool IsSideTakingVerb(Token t) => _language.SideTakingVerbs.Contains(t.Lemma) || _language.SideTakingVerbs.Contains(t.Lower);
    public bool IsSidePreposition(Token t) => _language.SidePrepositions.Contains(t.Lower);

    /// <summary>"which", "who", and "that": words that open a relative clause.</summary>
    public bool IsRelativePronoun(Token t) => _language.RelativePronouns.Contains(t.Lower) || t.Lower == "that";

    // a cardinal ("eleven", "40") quantifies the noun phrase as a determiner does
    public bool IsDeterminer(Token t) => _language.Determiners.Contains(t.Lower) || t.Text.All(char.IsDigit) || t.Pos == "NUM" || (t.Lower.EndsWith("ly") && t.Lower.Length > 4 && t.Lower != "italy");
}
