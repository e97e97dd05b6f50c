using System.Security.Cryptography;
using System.Text;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Core.Schema;
using KoreaRussiaGraph.Extraction.Dates;
using KoreaRussiaGraph.Extraction.Documents;
using KoreaRussiaGraph.Extraction.Explaining;
using KoreaRussiaGraph.Extraction.Mentions;
using KoreaRussiaGraph.Extraction.Relations;
using KoreaRussiaGraph.Extraction.Sentences;
using KoreaRussiaGraph.Extraction.Text;
using KoreaRussiaGraph.Linguistics.Tagging;

namespace KoreaRussiaGraph.Extraction;

/// <summary>
/// The rule-based pipeline: clean document -> sentences -> mentions (+ coreference) -> triggers and roles ->
/// status and date -> relations, each cited to its sentence with the rule that fired. All vocabulary comes
/// from graph-schema/; <see cref="Version"/> hashes those files with the code version.
/// </summary>
public sealed class RuleBasedExtractor : IDocumentExtractor
{
    /// <summary>The rules' generation, for people; the version itself also hashes the code, the tagger and the vocabulary.</summary>
    public const string CodeVersion = "rules-2";

    private static readonly string[] VocabularyFiles = ["actors.json", "language.json", "triggers.json", "cues.json", "dates.json", "boilerplate.json", "relation-types.json"];
    private const string ReportedClaimRule = "accused.by-reported-claim";
    private const string DeniedRelationRule = "denied.of-denied-relation";
    private const string DeniedClaimRule = "accused.by-denied-claim";
    private const string RelativeDenialRule = "denied.verb/denial-of-relative-claim";

    private readonly ActorGazetteer _gazetteer;
    private readonly RelationTypeCatalog _catalog;
    private readonly DocumentCleaner _cleaner;
    private readonly SentenceSplitter _splitter;
    private readonly MentionFinder _mentions;
    private readonly CoreferenceResolver _coreference;
    private readonly TriggerLexicon _triggers;
    private readonly CueLexicon _cues;
    /// <summary>A trigger entry of each relation type, for cues that are no trigger of their own (an appraisal word) to stand as one.</summary>
    private readonly Dictionary<string, TriggerEntry> _entryOfType;
    /// <summary>The entry of a person's stay in a place ("Kim was in Moscow"), which a verbless "Lavrov in North Korea" also reads.</summary>
    private readonly TriggerEntry? _presenceEntry;
    private readonly LanguageVocabulary _language;
    private readonly DateExpressionFinder _dates;
    private readonly DateAttacher _dateAttacher;
    private readonly StatementTense _statementTense;
    private readonly PartOfSpeechAnnotator _partsOfSpeech;

    public string Version { get; }
    public IReadOnlyList<Actor> KnownActors => _gazetteer.Actors;

    private RuleBasedExtractor(GraphSchemaDirectory schema, ITagger tagger)
    {
        _partsOfSpeech = new PartOfSpeechAnnotator(tagger);
        _catalog = RelationTypeCatalog.Load(schema);
        _gazetteer = ActorGazetteer.Load(schema);
        _language = LanguageVocabulary.Load(schema);
        _cues = CueLexicon.Load(schema);
        _triggers = TriggerLexicon.Load(schema, _cues);
        var dateWords = DateVocabulary.Load(schema);
        _cleaner = new DocumentCleaner(BoilerplateRules.Load(schema));
        _splitter = new SentenceSplitter(_language);
        // "North Korean munitions": a demonym heading the goods a relation moves names their origin, as one heading a trigger noun names its agent
        _mentions = new MentionFinder(_gazetteer, _language, dateWords.MonthAndDayWords, _triggers.NounWords.Concat(_triggers.Details.Values.SelectMany(words => words)));
        _dates = new DateExpressionFinder(dateWords);
        _coreference = new CoreferenceResolver(new QuotationSpeakers(_cues.IsReportingVerb), _cues.ClaimNouns, _language, _cues.IsReportingVerb);
        _dateAttacher = new DateAttacher(_cues);
        _statementTense = new StatementTense(_cues);
        foreach (var entry in _triggers.Entries)
            if (!_catalog.IsKnown(entry.Type)) throw new InvalidDataException($"triggers.json: trigger '{entry.Id}' names unknown relation type '{entry.Type}'");
        _entryOfType = _triggers.Entries.DistinctBy(e => e.Type).ToDictionary(e => e.Type, StringComparer.Ordinal);
        _presenceEntry = _triggers.Entries.FirstOrDefault(e => e.Type == "VISITED" && e.SubjectKinds is not null);
        Version = ComputeVersion(schema, tagger);
    }

    /// <summary>The extractor with the shared wink-nlp tagger (loaded once per process).</summary>
    public static RuleBasedExtractor Load(GraphSchemaDirectory schema) => new(schema, WinkTagger.Shared);

    public static RuleBasedExtractor Load(GraphSchemaDirectory schema, ITagger tagger) => new(schema, tagger);

    public ExtractionResult Extract(SourceDocument document) => Explain(document).Result;

    public ExplainedExtraction Explain(SourceDocument document)
    {
        var clean = _cleaner.Clean(document);
        var published = document.Metadata.Published;
        var state = new DiscourseState(_gazetteer, published);
        var reader = new RelationReader(_triggers, _cues, _catalog);
        reader.Use(state);
        var status = new StatusClassifier(_cues, _triggers);
        var stance = new AuthorStance(_cues, reader, new TriggerMatch(_entryOfType["OPPOSED"], 0, 1, ""));
        var explained = new List<RelationExplanation>();
        var newsDay = new NewsDay(published);
        var statements = new HashSet<(int, string, string, string)>();
        var hotNews = new HashSet<(int, string, string, string)>();
        var spokenInPerson = new HashSet<(string Sentence, string Trigger, string Source, string Target)>();
        PartialDate? narrative = null;
        foreach (var sentence in _partsOfSpeech.Annotate(clean.Text, _splitter.Split(clean)))
        {
            var mentions = _mentions.Find(sentence, state);
            var question = sentence.Text.TrimEnd().EndsWith('?') || (sentence.Tokens.Count > 0 && _language.QuestionOpeners.Contains(sentence.Tokens[0].Text));
            if (sentence.IsTitle) NoteStatementAuthors(sentence.Tokens, mentions, state);
            _coreference.Resolve(sentence.Tokens, mentions, state);
            var dates = _dates.Find(sentence.Tokens, published, narrative);
            var view = new SentenceView(sentence.Tokens, mentions, _language, dates.Select(d => (d.First, d.Last)));
            var triggers = _triggers.Find(sentence.Tokens).Concat(VerblessPresence(view, state)).ToArray();
            narrative = dates.LastOrDefault(d => d.Value is not null)?.Value ?? narrative;
            var previousDate = state.SentenceDates.TakeLast(2).LastOrDefault(d => d is not null);
            var sentenceRelations = new List<RelationExplanation>();
            triggers = triggers.Select(t => reader.Retag(view, t)).ToArray();
            var verbs = triggers.Where(t => reader.IsClauseVerb(view, t)).ToArray();
            var speaksOfTravel = triggers.Any(t => t.Entry.Type == "VISITED");
            foreach (var (trigger, args) in question ? [] : reader.Read(view, triggers, state))
            {
                // (by its span: a word several entries list is read by another entry than the one it was found with)
                // ("Kim held talks with Putin, Xi said": a noun whose light verb the clause subject does is reported as that verb is)
                var decision = status.Classify(view, trigger, verbs.Any(v => v.First == trigger.First && v.Last == trigger.Last)
                    || args.Frame == "noun-agent-subject" && (reader.HasSubjectLightVerb(view, trigger) || ObjectOfVerb(view, trigger)), reader, verbs);
                if (decision is null) continue;
                var (date, dateHow) = _dateAttacher.Attach(view, trigger, dates, previousDate, sentence.IsTitle, published,
                    decision.ByReportingVerb ? decision.CueToken : null, decision.Status == ClaimStatus.Planned);
                // "the Russian-backed republics": a modifier describes a standing state of affairs in the writer's own voice,
                // outside the scope of the sentence's reporting verb and of its event date
                if (args.Frame == RelationReader.CompoundFrame)
                    (decision, date, dateHow) = (new StatusDecision(ClaimStatus.Asserted, null, "compound modifier: the writer's description", false), null, "a compound modifier describes a state, not an event");
                if (date is null && args.RefersBack && state.LastDates.TryGetValue(trigger.Entry.Type, out var earlierDate))
                    (date, dateHow) = (earlierDate, "the act it refers back to");
                var claimDate = decision.CueToken is { } cue
                    ? _dateAttacher.Attach(view, trigger with { First = cue, Last = cue + 1 }, dates, null, false, published)
                    : (null, "");
                var ownVerb = StatementTense.GoverningVerb(view, trigger.First);
                var committing = _cues.StanceTypes.Contains(trigger.Entry.Type) ? CommittingSpeaker(view, trigger, args, reader, verbs, state) : null;
                foreach (var candidate in Candidates(document.Id, sentence, view, trigger, args, decision, date, dateHow, claimDate, speaksOfTravel, state, committing))
                {
                    var c = candidate;
                    var inPerson = c.Relation.Type == "MESSAGED" && trigger.Entry.IsVerb && _cues.InPersonSpeechVerbs.Contains(view.Tokens[trigger.First].Lemma);
                    // "Kim told visiting Shoigu ...", "Putin told Kim during their talks ...": the sentence itself places the words
                    // at a meeting, which is what they record
                    if (inPerson && SaidInPerson(view, triggers))
                    {
                        c = Rederived(c, "MET", c.Relation.TargetId, "/in-person", details: null);
                        inPerson = false;
                    }
                    sentenceRelations.Add(c);
                    if (inPerson) spokenInPerson.Add((c.Sentence, c.Trigger, c.Relation.SourceId, c.Relation.TargetId));
                    var verb = c.Rule is ReportedClaimRule or DeniedRelationRule ? decision.CueToken : ownVerb;
                    // a date phrase the text gives but that cannot be resolved at a precision ("last week" across a month's end)
                    // still says the statement was not made on the news day
                    if (c.Relation is { Date: null, Status: ClaimStatus.Asserted } r && !sentence.IsTitle && args.Frame != RelationReader.CompoundFrame && dates.All(d => d.Value is not null)
                        && verb is { } v)
                    {
                        if (_statementTense.IsStatementType(r.Type) && _statementTense.IsOneOffStatement(view, v, r.Type)) statements.Add(StatementKey(r));
                        else if (_statementTense.IsHotNewsEvent(view, v, r.Type)) hotNews.Add(StatementKey(r));
                    }
                }
            }
            if (!sentence.IsTitle && !question)
                foreach (var (stanceRelation, oneOffStatement) in StanceRelations(document.Id, sentence, view, verbs, reader, status, stance, state))
                {
                    sentenceRelations.Add(stanceRelation);
                    if (oneOffStatement) statements.Add(StatementKey(stanceRelation.Relation));
                }
            var kept = RelativeDenialsAsserted(sentenceRelations.DistinctBy(r => (r.Relation.SourceId, r.Relation.Type, r.Relation.TargetId))
                .Select(r => NarrativeDate(r, dates, state)).ToList());
            foreach (var r in kept.ToArray())
            {
                if (r.Relation.Type == "ACCUSED") { state.Claimants.Add(r.Relation.SourceId); state.Accusations.Add((r.Relation.SourceId, r.Relation.TargetId)); }
                if (r.Relation.AttributedTo is { } a) state.Claimants.Add(a);
                if (r.Relation is { Type: "SUPPLIED", Status: not ClaimStatus.Denied }) state.LastRecipients[r.Relation.SourceId] = r.Relation.TargetId;
                if (r.Relation.Status is ClaimStatus.Asserted or ClaimStatus.Alleged)
                {
                    state.LastAgents[r.Relation.Type] = _catalog.IsSymmetric(r.Relation.Type) ? [r.Relation.SourceId, r.Relation.TargetId] : [r.Relation.SourceId];
                    if (r.Relation.Date is { } relDate) state.LastDates[r.Relation.Type] = relDate;
                }
            }
            explained.AddRange(kept);
            newsDay.Observe(sentence.Index, dates);
            state.SentenceDates.Add(dates.FirstOrDefault(d => d.Value is not null)?.Value ?? (kept.FirstOrDefault(k => k.Relation.Date is not null)?.Relation.Date));
            state.History.Add(mentions);
            state.HistoryTokens.Add(sentence.Tokens);
        }
        var withDates = SaidAtMeeting(TheatreOfWar(HotNews(DateStatements(DateFromAnchorEvent(CarryEventDates(InheritEventDates(DateAuthorsStances(explained, state, published)))), statements, newsDay), hotNews, published), state), spokenInPerson);
        var actorIds = withDates.SelectMany(e => new[] { e.Relation.SourceId, e.Relation.TargetId, e.Relation.AttributedTo }).OfType<string>().ToHashSet();
        var actors = actorIds.Select(id => state.FindActor(id)).OfType<Actor>().OrderBy(a => a.Id, StringComparer.Ordinal).ToArray();
        var result = new ExtractionResult(clean.Text, clean.Title, actors, withDates.Select(e => e.Relation).ToArray(), clean.Dropped);
        return new ExplainedExtraction(result, withDates);
    }

    /// <summary>
    /// "X has completed an initial arms delivery to Y": a trigger noun that is the object of its clause's verb, whose subject is
    /// its agent, is asserted by that verb's clause, and a reporting verb over the clause reports it as a verb trigger's would be.
    /// </summary>
    private static bool ObjectOfVerb(SentenceView view, TriggerMatch trigger)
    {
        var k = trigger.First - 1;
        while (k >= 0 && (view.IsDeterminer(view.Tokens[k]) || view.Tokens[k].Pos is "ADJ" or "NOUN" or "NUM")) k--;
        // ("stepped up deliveries": past a phrasal verb's particle)
        if (k > 0 && view.Tokens[k].Pos is "ADP" or "PART" && view.Tokens[k - 1].Pos == "VERB") k--;
        return k >= 0 && k < trigger.First - 1 && view.Tokens[k].Pos == "VERB";
    }

    /// <summary>
    /// "Seoul says X shipped arms to Y, claims both deny": a denial in a relative clause on the claim is the writer's report of
    /// it, outside the report of the claim it follows. (The claim keeps its one status, the claimant's allegation: a
    /// relation's id is one per key and sentence, so the sentence cannot also carry the denier's denied copy.)
    /// </summary>
    private static List<RelationExplanation> RelativeDenialsAsserted(List<RelationExplanation> relations) =>
        relations.Select(r => r.Rule == RelativeDenialRule && r.Relation.Status != ClaimStatus.Asserted
            ? r with { Relation = r.Relation with { Status = ClaimStatus.Asserted, AttributedTo = null }, StatusHow = "a relative clause on the claim: the writer's report" }
            : r).ToList();

    /// <summary>
    /// "Kim said North Korea will invariably support Russia", "Choe assured Lavrov that the DPRK fully supports ...": the person
    /// whose saying verb takes the stance verb's clause as its complement, when that clause commits its state now or from now
    /// on (present or modal, not a past act the person reports).
    /// </summary>
    private string? CommittingSpeaker(SentenceView view, TriggerMatch trigger, RelationReader.Arguments args, RelationReader reader, IReadOnlyList<TriggerMatch> verbs, DiscourseState state)
    {
        var word = view.Tokens[trigger.First];
        if (!verbs.Contains(trigger) || args.Sources is not [var subject] || (word.Lower != word.Lemma && word.Lower != word.Lemma + "s" && word.Lower != word.Lemma + "es")) return null;
        var saying = Enumerable.Range(0, subject.First).LastOrDefault(k => view.Tokens[k].IsVerb && (_cues.IsReportingVerb(view.Tokens[k]) || _cues.SpeechVerbs.Contains(view.Tokens[k].Lemma)), -1);
        if (saying < 0) return null;
        // the clause follows the saying verb at once, past "that", quotation marks or the person addressed ("told Putin that")
        if (!Enumerable.Range(saying + 1, subject.First - saying - 1).All(k => view.Tokens[k].Lower == "that" || view.Tokens[k].IsQuote || view.IsDeterminer(view.Tokens[k])
                                                                            || view.Mentions.Any(m => m.First <= k && k < m.Last && state.KindOf(m.ActorIds[0]) == ActorKind.Person)))
            return null;
        // (a spokesperson speaks for the state, which keeps the stance: "Zakharova said Moscow fully supports ...")
        return reader.SubjectAt(view, trigger, saying, verbs) is [var speaker] && speaker.ActorIds is [var id] && state.KindOf(state.ActsFor(id)) == ActorKind.Person ? id : null;
    }

    private IEnumerable<RelationExplanation> Candidates(string documentId, Sentence sentence, SentenceView view, TriggerMatch trigger,
        RelationReader.Arguments args, StatusDecision decision, PartialDate? date, string dateHow, (PartialDate? Date, string How) claimDate, bool speaksOfTravel, DiscourseState state,
        string? committingSpeaker = null)
    {
        var type = trigger.Entry.Type;
        var rule = $"{trigger.Entry.Id}/{args.Frame}";
        var details = Details(type, view, trigger);
        var attributed = decision.Status is ClaimStatus.Alleged or ClaimStatus.Denied ? decision.Speaker?.ActorIds.FirstOrDefault() is { } who ? state.ActsFor(who) : null : null;
        var used = new List<Mention>();
        // each pair carries its own details: the trigger's for a relation of its type, none for one derived from it
        var pairs = new List<(string Source, string Target, string Type, string Rule, string? Details)>();
        string? DetailsOf(string relType) => relType == type ? details : null;
        if (args.Participants is not null && _catalog.IsSymmetric(type))
        {
            var ids = args.Participants.SelectMany(p => p.ActorIds).Distinct().ToArray();
            var place = type == "MET" ? MeetingPlace(view, trigger, state) : null;
            if (place is not null) details = place.Text;
            // "Kim held talks with X, Y and Z": the partners each met Kim, not one another
            var partners = (args.Partners ?? []).SelectMany(p => p.ActorIds).Except(args.Participants.Except(args.Partners ?? []).SelectMany(p => p.ActorIds)).ToHashSet();
            for (var i = 0; i < ids.Length; i++)
                for (var j = i + 1; j < ids.Length; j++)
                    if (!(partners.Contains(ids[i]) && partners.Contains(ids[j]))) pairs.Add((ids[i], ids[j], type, rule, DetailsOf(type)));
            used.AddRange(args.Participants);
            if (place is not null)
            {
                var country = _gazetteer.CountryOf(place.ActorIds[0]);
                // only where the sentence speaks of travel (the annotation conventions' VISITED): "arrived ... and met X in Y",
                // or where a host receives guests there ("Kim welcomed Lavrov in Pyongyang": the guest came)
                var hosted = trigger.Entry.IsVerb && _cues.HostingVerbs.Contains(view.Tokens[trigger.First].Lemma);
                foreach (var p in ids.Where(p => (speaksOfTravel || hosted) && state.KindOf(p) == ActorKind.Person))
                    if (country is not null && _gazetteer.CountryOf(p) is { } home && home != country)
                        pairs.Add((p, country, "VISITED", $"{trigger.Entry.Id}/meeting-place-abroad", DetailsOf("VISITED")));
                used.Add(place);
            }
        }
        else
        {
            // "X supplied Y with troops in exchange for technology": the recipient pays in goods, which it supplies in turn
            var exchanged = type == "SUPPLIED" ? ExchangedForGoods(view, trigger) : null;
            // "11,000 North Korean soldiers have arrived in Kursk": personnel of a nationality travelling abroad is no visit
            // by their state but its supply of them
            // ("North Korean soldiers fought alongside Russian troops": personnel fighting for another state are a supply of
            // them too, besides the support)
            // ("its troops": or a possessor's; "North Korea's soldiers": or the state acting through them)
            var personnel = type is "VISITED" or "SUPPORTED" && args.Sources is [var origin] && (origin.Kind == MentionKind.Demonym || origin.Possessive || origin.ThroughOrgan) && _triggers.Details.TryGetValue("SUPPLIED", out var goods)
                ? view.Tokens.Skip(origin.ThroughOrgan ? origin.Last - 1 : origin.Last).SkipWhile(x => x.IsPossessiveMarker).Take(3).TakeWhile(x => x.IsNoun && char.IsLower(x.Text[0])).Select(x => x.Lower).FirstOrDefault(goods.Contains)
                : null;
            var visitBySupply = personnel is not null && type == "VISITED";
            var (pairType, pairRule, pairDetails) = visitBySupply ? ("SUPPLIED", $"{trigger.Entry.Id}/personnel-sent", personnel) : (type, rule, DetailsOf(type));
            foreach (var s in args.Sources.SelectMany(m => m.ActorIds))
                foreach (var t in args.Targets.SelectMany(m => m.ActorIds))
                {
                    pairs.Add((s, t, pairType, pairRule, pairDetails));
                    if (personnel is not null && !visitBySupply && trigger.Entry.IsVerb) pairs.Add((s, t, "SUPPLIED", $"{trigger.Entry.Id}/personnel-sent", personnel));
                    if (exchanged is not null) pairs.Add((t, s, type, $"{trigger.Entry.Id}/in-exchange", exchanged));
                }
            used.AddRange(args.Sources.Concat(args.Targets));
            if (args.Participants is { Count: 1 } owner && trigger.Entry.OpposesObjectOwner)
            {
                foreach (var s in args.Sources.SelectMany(m => m.ActorIds))
                    if (state.KindOf(owner[0].ActorIds[0]) == ActorKind.State) pairs.Add((s, owner[0].ActorIds[0], "OPPOSED", $"{trigger.Entry.Id}/opposes-owner", DetailsOf("OPPOSED")));
                used.Add(owner[0]);
            }
        }
        if (decision.Speaker is not null) used.Add(decision.Speaker);
        var coref = used.Any(m => m.Step.StartsWith("coreference", StringComparison.Ordinal));
        foreach (var (rawSource, rawTarget, relType, relRule, relDetails) in pairs)
        {
            var source = Normalize(rawSource, relType, isTarget: false, state);
            var target = Normalize(rawTarget, relType, isTarget: true, state);
            // "Kim assured Putin that North Korea will always support Russia": a leader pledging his state's stance takes it himself
            if (committingSpeaker is not null && relType == type && source is not null && state.KindOf(source) == ActorKind.State && _gazetteer.CountryOf(committingSpeaker) == source)
                source = committingSpeaker;
            if (source is null || target is null || source == target) continue;
            // a visit is travel abroad: a leader touring a city of their own country visits no state
            if (relType == "VISITED" && _gazetteer.CountryOf(source) == target) continue;
            var relStatus = decision.Status; // a derived edge (visit of a meeting abroad, opposition to a vetoed measure) is as sure as its trigger
            var relAttributed = relStatus is ClaimStatus.Alleged or ClaimStatus.Denied ? attributed : null;
            if (decision.ByReportingVerb && relStatus == ClaimStatus.Alleged && attributed is not null
                && (attributed == source || attributed == target || decision.Speakers.Any(m => m.ActorIds.Contains(rawSource) || m.ActorIds.Contains(rawTarget))
                    || _gazetteer.CountryOf(attributed) == source
                    // ("Putin received Choe at the Kremlin, the Kremlin said": or its state reporting what its own leader did)
                    || (state.KindOf(attributed) == ActorKind.State && (_gazetteer.CountryOf(source) == attributed || _gazetteer.CountryOf(target) == attributed))))
            {
                relStatus = ClaimStatus.Asserted; // a party (or its own official: "Choe said Pyongyang will support ...") reporting its own act speaks first-hand
                relAttributed = null;
            }
            var citation = new Citation(documentId, sentence.Index, sentence.Text, sentence.Start, sentence.End, relRule);
            // ("the third state after Syria to recognise X": Syria recognised X, but before the date the sentence gives)
            var earlierDoer = args.Sources.Any(m => m.CountedBefore && m.ActorIds.Contains(rawSource));
            var relation = Relation.Create(relType, source, target, _catalog.IsSymmetric(relType), citation, earlierDoer ? null : date, state.Published,
                relStatus, relAttributed, relDetails, coref ? 0.7 : 0.9);
            yield return Explanation(relation, sentence, trigger, relRule, used, decision.How, earlierDoer ? "an earlier doer the ordinal counts: undated" : dateHow);
        }
        // ("Kyiv says the first North Korean units arrived in Kursk": a pair derived from the trigger, personnel sent, may be
        // the accusable act)
        var accusable = pairs.Where(p => _cues.AccusableTypes.Contains(p.Type)).ToArray();
        // "Iran denied supplying drones to Russia": the denier denies against whoever the claim noun names ("US claims that"),
        // else whoever accused it of that earlier in the document, else the other party of the denied relation (the
        // annotation conventions' DENIED row)
        if (decision.Status == ClaimStatus.Denied && decision.Speaker is { } denierMention && type != "DENIED")
        {
            foreach (var denier in denierMention.ActorIds.Select(state.ActsFor).Distinct())
            {
                var accuser = decision.Claimant?.ActorIds.Select(state.ActsFor).FirstOrDefault(id => id != denier)
                              ?? state.Accusations.LastOrDefault(a => a.Accused == denier).Accuser;
                var answered = accuser is not null ? [accuser]
                    : pairs.Where(p => p.Source == denier || p.Target == denier).Select(p => p.Source == denier ? p.Target : p.Source).Distinct().ToArray();
                foreach (var target in answered.Select(id => Normalize(id, "DENIED", true, state)).OfType<string>().Where(id => id != denier))
                    yield return SpeakersOwnStatement("DENIED", denier, target, claimDate.Date ?? date, DeniedRelationRule, "the denier's own statement",
                        accuser is not null ? $"answers {accuser}'s accusation" : "against the other party of the denied relation");
            }
            // ("Moscow rejected Seoul's claims that it is providing Pyongyang with technology": the claim a denial names is
            // its owner's accusation of the denied act's agent, as the claim reported in its owner's words would be)
            var claimants = (decision.Claimant is { } owner && view.IndexOf(owner) >= 0 ? view.Group(view.IndexOf(owner)) : decision.Claimant is null ? [] : [decision.Claimant])
                .SelectMany(m => m.ActorIds).Select(state.ActsFor).Where(Accuser).Distinct().ToArray();
            foreach (var claimant in claimants)
                foreach (var accused in accusable.Select(p => Normalize(p.Source, "ACCUSED", true, state)).OfType<string>().Distinct())
                    if (accused != claimant)
                        yield return SpeakersOwnStatement("ACCUSED", claimant, accused, null, DeniedClaimRule, "the claim the denial names", "the claim's own date is not given");
        }
        // "The United States says Russia bought arms from North Korea": a government's claim accuses its subjects
        // (a news agency reporting an event accuses no one).
        // The accused is the source of a directed relation (DESIGN §2: "The US says Russia bought arms from North Korea"
        // -> united-states ACCUSED north-korea), every party of a symmetric one.
        // ("Zelensky said Iran had sent drones": a leader or minister the gazetteer knows accuses in their own name, as the
        // annotation conventions keep their slugs)
        // ("according to Western governments", "NATO said ...": groups of states and international bodies the gazetteer knows
        // accuse as states do; a news agency, which belongs to a country, reports)
        // ("NATO Secretary General Mark Rutte said": so does an official the text introduces by a title)
        bool Accuser(string id) => state.KindOf(id) is ActorKind.State or ActorKind.Group
                                   || (state.KindOf(id) is ActorKind.Person && (_gazetteer.HoldsOffice(id) || state.TitledPeople.Contains(id)))
                                   || (state.KindOf(id) is ActorKind.Organization && _gazetteer.Find(id) is not null && _gazetteer.CountryOf(id) is null);
        if (decision.ByReportingVerb && decision.Status == ClaimStatus.Alleged && attributed is not null
            && Accuser(attributed) && accusable.Length > 0
            && !pairs.Any(p => p.Source == attributed || p.Target == attributed))
        {
            var accusers = decision.Speakers.SelectMany(m => m.ActorIds).Select(state.ActsFor).Where(Accuser).Distinct().ToArray();
            var actedBy = accusable.SelectMany(p => _catalog.IsSymmetric(p.Type) ? new[] { p.Source, p.Target } : [p.Source]);
            foreach (var accused in actedBy.Select(id => Normalize(id, "ACCUSED", true, state)).OfType<string>().Distinct())
                foreach (var accuser in accusers)
                {
                    if (accused == accuser) continue;
                    // the accusation happened when the claim was made: its date is read around the reporting verb, not the claimed act
                    yield return SpeakersOwnStatement("ACCUSED", accuser, accused, claimDate.Date, ReportedClaimRule, "the speaker's own claim",
                        claimDate.Date is null ? "the claim's clause gives no date" : $"the claim's date: {claimDate.How}");
                }
        }

        // a relation the speaker performs by the sentence itself (an accusation, a denial): asserted, cited by its rule
        RelationExplanation SpeakersOwnStatement(string relType, string source, string target, PartialDate? relDate, string relRule, string statusHow, string dateHow)
        {
            var citation = new Citation(documentId, sentence.Index, sentence.Text, sentence.Start, sentence.End, relRule);
            var relation = Relation.Create(relType, source, target, false, citation, relDate, state.Published, ClaimStatus.Asserted, null, null, 0.7);
            return Explanation(relation, sentence, trigger, relRule, used, statusHow, dateHow);
        }
    }

    /// <summary>
    /// The stances the appraisal in a sentence shows (<see cref="AuthorStance"/>): a reported speaker's ("Kim said the
    /// US's hostile policy ...", undated unless the report is a one-off statement, then the news day), or, in a
    /// statement's own text outside quotation marks, its authors' (as of the day it was issued).
    /// </summary>
    private IEnumerable<(RelationExplanation Relation, bool OneOffStatement)> StanceRelations(string documentId, Sentence sentence, SentenceView view,
        IReadOnlyList<TriggerMatch> verbs, RelationReader reader, StatusClassifier status, AuthorStance stance, DiscourseState state)
    {
        foreach (var finding in stance.Find(view, verbs))
        {
            var cue = new TriggerMatch(_entryOfType[finding.Type], finding.Cue, finding.Cue + 1, view.Tokens[finding.Cue].Text);
            // the negative act that makes the accusation is the reported content, not a speech act of its own: a reporting
            // verb outside its clause ("Poland said that Belarus violated ...") reports it
            var decision = status.Classify(view, finding.Type == "ACCUSED" ? cue with { Entry = _entryOfType["OPPOSED"] } : cue, true, reader, verbs);
            if (decision is null) continue;
            var reported = decision is { Status: ClaimStatus.Alleged, ByReportingVerb: true } && decision.Speakers.Any(m => m.IsResolved);
            // (an appraisal describes in the authors' own voice whatever the clause's modality: "we will counter the hostile acts of X")
            var ownVoice = decision.Status == ClaimStatus.Asserted || (decision.Status == ClaimStatus.Planned && finding.Type != "ACCUSED");
            if (!reported && (state.StatementAuthors.Count == 0 || finding.Quoted || !ownVoice)) continue;
            var holders = reported ? decision.Speakers.SelectMany(m => m.ActorIds).Select(state.ActsFor).Distinct().ToArray() : state.StatementAuthors.ToArray();
            var oneOff = reported && decision.CueToken is { } verb && _statementTense.IsOneOffStatement(view, verb, finding.Type);
            var rule = $"{(reported ? "speaker" : "author")}-stance/{(finding.Type == "ACCUSED" ? "negative-act" : "appraisal")}";
            foreach (var holder in holders)
                foreach (var target in finding.Targets.SelectMany(m => m.ActorIds).Select(state.ActsFor).Distinct())
                {
                    if (target == holder || holders.Contains(target) || state.KindOf(target) is ActorKind.Place or null) continue;
                    var citation = new Citation(documentId, sentence.Index, sentence.Text, sentence.Start, sentence.End, rule);
                    var date = reported ? null : state.Published;
                    var relation = Relation.Create(finding.Type, holder, target, false, citation, date, state.Published, ClaimStatus.Asserted, null, null, 0.6);
                    var used = reported ? finding.Targets.Concat(decision.Speakers) : finding.Targets;
                    yield return (Explanation(relation, sentence, cue, rule, used,
                        reported ? $"the speaker's own words ({decision.How}): {finding.How}" : $"the statement's own text: {finding.How}",
                        reported ? "the speaker's statement: dated as a statement" : "the statement is dated by its issue (publication)"), oneOff);
                }
        }
    }

    /// <summary>
    /// "North Korea sent troops to Ukraine": fighters sent into the theatre of a war (actors.json "wars") are supplied to
    /// the state waging it there, not to the state whose territory it is, when the document aligns the sender with that
    /// state (a supply, support or signed agreement between them) and sets them against each other nowhere.
    /// </summary>
    private List<RelationExplanation> TheatreOfWar(List<RelationExplanation> relations, DiscourseState state)
    {
        string CountryOf(string id) => _gazetteer.CountryOf(id) ?? id;
        HashSet<(string, string)> Between(IReadOnlySet<string> types) => relations.Where(r => types.Contains(r.Relation.Type))
            .SelectMany(r => new[] { (CountryOf(r.Relation.SourceId), CountryOf(r.Relation.TargetId)), (CountryOf(r.Relation.TargetId), CountryOf(r.Relation.SourceId)) }).ToHashSet();
        var hostile = Between(_cues.HostileTypes);
        var allied = Between(_cues.AlliedTypes);
        return relations.Select(r =>
        {
            var rel = r.Relation;
            if (rel.Type != "SUPPLIED" || rel.Details is not { } goods || !goods.Split(", ").Any(_triggers.Combatants.Contains)) return r;
            // "Putin thanked Pyongyang for sending troops": fighters sent to a leader go to the army of the state he leads
            if (state.KindOf(rel.TargetId) == ActorKind.Person && _gazetteer.StateLedBy(rel.TargetId) is { } ledState && ledState != CountryOf(rel.SourceId))
                return Rederived(r, rel.Type, ledState, "/to-the-leader-s-state", rel.Details);
            if (_gazetteer.AggressorIn(rel.TargetId, rel.Date ?? state.Published) is not { } aggressor) return r;
            var sender = CountryOf(rel.SourceId);
            // "Russian soldiers were deployed to Ukraine": the aggressor's own fighters in its war's theatre wage the war; they
            // are no supply to the state they fight
            if (sender == aggressor) return null;
            if (sender == rel.TargetId || hostile.Contains((sender, aggressor)) || !allied.Contains((sender, aggressor))) return r;
            return Rederived(r, rel.Type, aggressor, "/theatre-of-war", rel.Details) with
                { DateHow = r.DateHow + $"; {rel.TargetId} is the theatre of {aggressor}'s war: fighters sent there are supplied to {aggressor}" };
        }).OfType<RelationExplanation>().DistinctBy(r => r.Relation.Id).ToList();
    }

    /// <summary>
    /// What a sentence's relation turns out to be on a closer reading (words said at a meeting, fighters supplied to a war's
    /// aggressor): the same source, sentence, date and status, another type or target, cited under its rule and the suffix.
    /// </summary>
    private RelationExplanation Rederived(RelationExplanation e, string type, string targetId, string ruleSuffix, string? details)
    {
        var r = e.Relation;
        var relation = Relation.Create(type, r.SourceId, targetId, _catalog.IsSymmetric(type), r.Citation with { Rule = r.Citation.Rule + ruleSuffix },
            r.Date, r.ReportedOn, r.Status, r.AttributedTo, details, r.Confidence);
        return e with { Relation = relation, Rule = e.Rule + ruleSuffix };
    }

    /// <summary>"during their talks", "at the summit", "told visiting X": a meeting noun in a prepositional phrase, or a visitor addressed.</summary>
    private bool SaidInPerson(SentenceView view, IReadOnlyList<TriggerMatch> triggers) =>
        view.Tokens.Any(t => _cues.InPersonMarkers.Contains(t.Lower))
        || triggers.Any(m => m.Entry is { Type: "MET", IsVerb: false } && Enumerable.Range(Math.Max(0, m.First - 3), Math.Min(3, m.First)).Reverse()
            .SkipWhile(k => view.IsDeterminer(view.Tokens[k]) || view.IsPossessor(k) || view.Tokens[k].IsAdjective).FirstOrDefault(-1) is var p and >= 0
            && view.IsPreposition(view.Tokens[p]));

    /// <summary>
    /// "Putin and Kim held talks on Wednesday. Kim told Putin that ...": words said without a letter or call to someone the
    /// speaker met on the same day (or, both undated, in the same account) were said at the meeting, which the MET already records.
    /// </summary>
    private static List<RelationExplanation> SaidAtMeeting(List<RelationExplanation> relations, IReadOnlySet<(string Sentence, string Trigger, string Source, string Target)> spokenInPerson)
    {
        var meetings = relations.Where(r => r.Relation.Type == "MET")
            .SelectMany(r => new[] { (r.Relation.SourceId, r.Relation.TargetId, r.Relation.Date), (r.Relation.TargetId, r.Relation.SourceId, r.Relation.Date) })
            .ToHashSet();
        return relations.Where(r => !(spokenInPerson.Contains((r.Sentence, r.Trigger, r.Relation.SourceId, r.Relation.TargetId)) && meetings.Contains((r.Relation.SourceId, r.Relation.TargetId, r.Relation.Date)))).ToList();
    }

    /// <summary>Places never stand at an end, except as the destination of a visit or a delivery, which becomes their country.</summary>
    private string? Normalize(string id, string type, bool isTarget, DiscourseState state)
    {
        // a spokesperson's words and acts are the state's (Peskov -> russia), as the annotation conventions read them
        id = state.ActsFor(id);
        if (!isTarget) id = _gazetteer.ActingOrgan(id, type);
        if (state.KindOf(id) != ActorKind.Place) return id;
        return isTarget && _cues.DestinationTypes.Contains(type) ? _gazetteer.CountryOf(id) : null;
    }

    // ("After his talks with Kim, Shoigu said X would send sappers to Kursk": a place past the next verb is that verb's, not
    // the meeting's)
    private static Mention? MeetingPlace(SentenceView view, TriggerMatch trigger, DiscourseState state) =>
        view.Mentions.FirstOrDefault(m => m.First >= trigger.Last && view.Clause[m.First] == view.Clause[trigger.First] && m.ActorIds.Count == 1
            && (state.KindOf(m.ActorIds[0]) == ActorKind.Place || (state.KindOf(m.ActorIds[0]) == ActorKind.State && view.PrepositionBefore(m, trigger.Last) == "in"))
            && !Enumerable.Range(trigger.Last, m.First - trigger.Last).Any(k => view.Tokens[k].Pos == "VERB" && !view.InMention(k)));

    /// <summary>
    /// "Lavrov in North Korea for talks", "Shoigu, in Pyongyang for talks, said ...": a headline, a caption or an apposition
    /// puts a person in a place with no verb; the "in" stands for the copula of the presence entry (a person's stay).
    /// </summary>
    private IEnumerable<TriggerMatch> VerblessPresence(SentenceView view, DiscourseState state)
    {
        if (_presenceEntry is null) yield break;
        foreach (var m in view.Mentions)
        {
            var at = m.Last < view.Tokens.Count && view.Tokens[m.Last].Text == "," ? m.Last + 1 : m.Last;
            if (at + 1 >= view.Tokens.Count || view.Tokens[at].Lower != "in" || !m.IsResolved || m.ActorIds.Any(id => state.KindOf(id) != ActorKind.Person)) continue;
            if (m.First > 0 && view.Tokens[m.First - 1].Text != ",") continue;
            if (view.Tokens.Take(m.First).Any(x => x.Pos is "VERB" or "AUX")) continue;
            var k = at + 1;
            while (k < view.Tokens.Count && view.IsDeterminer(view.Tokens[k])) k++;
            if (view.Mentions.Any(x => x.First == k && x.IsResolved && x.ActorIds.All(id => state.KindOf(id) is ActorKind.State or ActorKind.Place)))
                yield return new TriggerMatch(_presenceEntry, at, at + 1, view.Tokens[at].Text);
        }
    }

    /// <summary>"in exchange for technology", "in return for oil": the goods (graph-schema details) named right after an exchange phrase.</summary>
    private string? ExchangedForGoods(SentenceView view, TriggerMatch trigger)
    {
        if (!_triggers.Details.TryGetValue("SUPPLIED", out var goods)) return null;
        // ("In exchange for munitions, Moscow provided Pyongyang with technology": or one that opens the sentence)
        var opening = Enumerable.Range(0, trigger.First).FirstOrDefault(k => view.Tokens[k].IsWord, -1);
        foreach (var phrase in _cues.ExchangePhrases)
            foreach (var i in (opening >= 0 ? [opening] : Array.Empty<int>()).Concat(Enumerable.Range(trigger.Last, Math.Max(0, view.Tokens.Count - trigger.Last))))
                if (i + phrase.Length <= view.Tokens.Count && phrase.Select((w, j) => view.Tokens[i + j].Lower == w).All(x => x))
                    return PhrasesIn(Padded(view.Tokens.Skip(i + phrase.Length).Take(4).TakeWhile(t => t.Text != ",")), goods).FirstOrDefault();
        return null;
    }

    private string? Details(string type, SentenceView view, TriggerMatch trigger)
    {
        if (!_triggers.Details.TryGetValue(type, out var words) || words.Length == 0) return null;
        var clause = view.Clause[trigger.First];
        var text = Padded(view.Tokens.Where((t, i) => view.Clause[i] == clause));
        var found = PhrasesIn(text, words).ToList();
        var distinct = found.Where(w => !found.Any(o => o != w && o.Contains(w, StringComparison.Ordinal))).Take(4).ToArray();
        return distinct.Length == 0 ? null : string.Join(", ", distinct.OrderBy(w => text.IndexOf(" " + w + " ", StringComparison.Ordinal)));
    }

    /// <summary>The vocabulary phrases (one or more words) a <see cref="Padded"/> text contains, longest first.</summary>
    private static IEnumerable<string> PhrasesIn(string padded, IEnumerable<string> phrases) =>
        phrases.OrderByDescending(w => w.Length).Where(w => padded.Contains(" " + w + " ", StringComparison.Ordinal));

    /// <summary>The tokens' lowercase words between spaces, so a phrase matches only whole words.</summary>
    private static string Padded(IEnumerable<Token> tokens) => " " + string.Join(" ", tokens.Select(t => t.Lower)) + " ";

    private static RelationExplanation Explanation(Relation relation, Sentence sentence, TriggerMatch trigger, string rule, IEnumerable<Mention> used, string statusHow, string dateHow) =>
        new(relation, sentence.Text, trigger.Text, rule, used.DistinctBy(m => (m.First, m.Last)).Select(m => new ResolvedMention(m.Text, m.ActorIds, m.Step)).ToArray(), statusHow, dateHow);

    /// <summary>
    /// "On September 13, Kim's train arrived at the spaceport. Kim met Putin at the assembly building.": an undated, asserted
    /// event in a sentence with no date phrase of its own continues the previous sentence's dated scene when one of its
    /// parties was named there.
    /// </summary>
    private RelationExplanation NarrativeDate(RelationExplanation e, IReadOnlyList<DateExpression> dates, DiscourseState state)
    {
        var r = e.Relation;
        // ("During his visit to Russia, Kim said ...": a presupposed event is the scene's background, not its next step)
        if (r.Date is not null || r.Status != ClaimStatus.Asserted || !_cues.EventTypes.Contains(r.Type) || dates.Count > 0
            || e.StatusHow.StartsWith(StatusClassifier.Presupposed, StringComparison.Ordinal)) return e;
        if (state.SentenceDates.Count == 0 || state.SentenceDates[^1] is not { } previous || state.History.Count == 0) return e;
        if (!state.History[^1].Any(m => m.ActorIds.Contains(r.SourceId) || m.ActorIds.Contains(r.TargetId))) return e;
        return e with { Relation = r with { Date = previous }, DateHow = $"continues the dated scene of the previous sentence ({previous}), which named a party" };
    }

    /// <summary>"U.S.-Japan-ROK Joint Statement Condemning ...": the states and organisations named before the statement noun author the text.</summary>
    private void NoteStatementAuthors(IReadOnlyList<Token> tokens, List<Mention> mentions, DiscourseState state)
    {
        var noun = Enumerable.Range(0, tokens.Count).FirstOrDefault(k => _language.StatementNouns.Contains(tokens[k].Lower), -1);
        if (noun < 0) return;
        // "U.S.-Japan Joint Statement on ...": the authors before the noun; "Statement of the Foreign Ministry of X": after of/by
        var authors = mentions.Where(m => m.Last <= noun && m.ActorIds.Count == 1).ToArray();
        if (authors.Length == 0 && noun + 1 < tokens.Count && tokens[noun + 1].Lower is "of" or "by")
            authors = mentions.Where(m => m.First > noun && m.ActorIds.Count == 1).Take(1).ToArray();
        foreach (var id in authors.Select(m => m.ActorIds[0]).Distinct())
            if (state.KindOf(id) is ActorKind.State or ActorKind.Organization && !state.StatementAuthors.Contains(id)) state.StatementAuthors.Add(id);
    }

    private static (int, string, string, string) StatementKey(Relation r) => (r.Citation.SentenceIndex, r.SourceId, r.Type, r.TargetId);

    /// <summary>
    /// "The DPRK will invariably stand by the Russian army": in a statement's own text (its title names it and its authors),
    /// a stance its authors take is taken by issuing the statement, so it is dated by the statement's issue.
    /// </summary>
    private List<RelationExplanation> DateAuthorsStances(List<RelationExplanation> explained, DiscourseState state, PartialDate? published) =>
        state.StatementAuthors.Count == 0 || published is null ? explained : explained.Select(e =>
            e.Relation is { Date: null, Status: ClaimStatus.Asserted } r && _cues.StanceTypes.Contains(r.Type) && r.Citation.SentenceIndex > 0
            && state.StatementAuthors.Contains(state.ActsFor(r.SourceId))
                ? e with { Relation = r with { Date = published }, DateHow = $"a stance the statement's authors take in its own text is dated by its issue (publication {published})" }
                : e).ToList();

    /// <summary>An undated statement reported as a one-off act ("Russia condemned the launch") happened on the news day.</summary>
    private static List<RelationExplanation> DateStatements(List<RelationExplanation> explained, HashSet<(int, string, string, string)> statements, NewsDay newsDay) =>
        explained.Select(e =>
        {
            if (e.Relation.Date is not null || !statements.Contains(StatementKey(e.Relation))) return e;
            var (day, how) = newsDay.For(e.Relation.Citation.SentenceIndex);
            return day is null ? e : e with { Relation = e.Relation with { Date = day }, DateHow = how };
        }).ToList();

    /// <summary>"Shoigu has arrived in Pyongyang": an event in the hot-news perfect happened on the day of publication.</summary>
    private static List<RelationExplanation> HotNews(List<RelationExplanation> explained, HashSet<(int, string, string, string)> hotNews, PartialDate? published) =>
        explained.Select(e => e.Relation.Date is null && published is { Precision: DatePrecision.Day } day && hotNews.Contains(StatementKey(e.Relation))
            ? e with { Relation = e.Relation with { Date = day }, DateHow = $"an event reported in the present perfect is the day's news (publication {day})" }
            : e).ToList();

    /// <summary>
    /// "the visit", "the letter": an undated mention of an event the document dated earlier takes that date. A mention
    /// before the event is dated ("Putin's visit ... Putin paid a state visit on June 18-19") takes the later date when
    /// the document dates that event once, by a date phrase of its own sentence: two dates are two events, and a date
    /// carried from a neighbouring sentence is no evidence of which event is meant.
    /// </summary>
    private List<RelationExplanation> InheritEventDates(List<RelationExplanation> explained)
    {
        var known = new Dictionary<(string, string, string), PartialDate>();
        var datedOnce = explained.Where(e => e.Relation.Date is not null && e.Relation.Status == ClaimStatus.Asserted && e.DateHow.Contains(DateAttacher.OwnSentence, StringComparison.Ordinal))
            .GroupBy(e => (e.Relation.SourceId, e.Relation.Type, e.Relation.TargetId))
            .Where(g => g.Select(e => e.Relation.Date).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Relation.Date!.Value);
        var result = new List<RelationExplanation>();
        foreach (var e in explained)
        {
            var r = e.Relation;
            var key = (r.SourceId, r.Type, r.TargetId);
            // "Shoigu stresses cooperation on a visit to North Korea" over a body that says he arrived on Tuesday: the headline
            // reports the event the body dates; the publication date stood in only for want of a date
            if (e.DateHow == DateAttacher.HeadlinePresent && _cues.EventTypes.Contains(r.Type) && datedOnce.TryGetValue(key, out var bodyDate))
            {
                known.TryAdd(key, bodyDate);
                result.Add(e with { Relation = r with { Date = bodyDate }, DateHow = $"headline of the {r.Type} event the document dates ({bodyDate})" });
                continue;
            }
            if (r.Date is { } d) { known.TryAdd(key, d); result.Add(e); continue; }
            if (!_cues.EventTypes.Contains(r.Type) || r.Status != ClaimStatus.Asserted) { result.Add(e); continue; }
            if (known.TryGetValue(key, out var earlier))
                result.Add(e with { Relation = r with { Date = earlier }, DateHow = $"same {r.Type} event dated earlier in the document ({earlier})" });
            else if (datedOnce.TryGetValue(key, out var later))
                result.Add(e with { Relation = r with { Date = later }, DateHow = $"same {r.Type} event, which the document dates once, later ({later})" });
            else
                result.Add(e);
        }
        return result;
    }

    /// <summary>
    /// "Kim's train arrived on September 13. Kim met Putin at the launch site.": an undated, asserted event or
    /// speech act (an accusation, a denial) takes the date of the latest dated event within the two sentences before it (or earlier in its own
    /// sentence) that shares a participant with it: the narrative is still telling that event. States of affairs
    /// (support, opposition, supplies, sanctions) are not carried: they outlast the event.
    /// </summary>
    private List<RelationExplanation> CarryEventDates(List<RelationExplanation> explained)
    {
        var result = new List<RelationExplanation>(explained.Count);
        RelationExplanation? anchor = null;
        foreach (var e in explained)
        {
            var r = e.Relation;
            if (r.Date is not null && r.Status == ClaimStatus.Asserted && (_cues.EventTypes.Contains(r.Type) || _cues.SpeechActTypes.Contains(r.Type)))
            {
                anchor = e;
                result.Add(e);
                continue;
            }
            // (the accusation a denial answers was made before it, on a day the text does not give)
            var carried = r.Date is null && r.Status == ClaimStatus.Asserted && (_cues.EventTypes.Contains(r.Type) || _cues.SpeechActTypes.Contains(r.Type))
                && e.Rule != DeniedClaimRule
                && anchor is not null && r.Citation.SentenceIndex - anchor.Relation.Citation.SentenceIndex is >= 0 and <= 2
                && new[] { r.SourceId, r.TargetId }.Intersect([anchor.Relation.SourceId, anchor.Relation.TargetId]).Any();
            result.Add(carried ? e with
            {
                Relation = r with { Date = anchor!.Relation.Date },
                DateHow = $"the narrative's event: {anchor.Relation.Type} {anchor.Relation.SourceId}-{anchor.Relation.TargetId} dated {anchor.Relation.Date} in sentence {anchor.Relation.Citation.SentenceIndex}",
            } : e);
        }
        return result;
    }

    /// <summary>
    /// "North Korea has supported Moscow since the beginning of the Russian invasion": an undated relation takes,
    /// as its start, the date of the event its "since ..." phrase names when that event is dated.
    /// </summary>
    private static List<RelationExplanation> DateFromAnchorEvent(List<RelationExplanation> explained)
    {
        var result = new List<RelationExplanation>(explained.Count);
        foreach (var e in explained)
        {
            var since = e.Sentence.IndexOf(" since ", StringComparison.Ordinal);
            var own = e.Sentence.IndexOf(e.Trigger, StringComparison.Ordinal);
            if (e.Relation.Date is not null || since < 0 || own < 0 || own > since) { result.Add(e); continue; }
            var anchor = explained.FirstOrDefault(o => o.Relation.Citation.SentenceIndex == e.Relation.Citation.SentenceIndex && o.Relation.Date is not null
                && o.Relation.Type != e.Relation.Type && e.Sentence.IndexOf(o.Trigger, since, StringComparison.Ordinal) > since);
            result.Add(anchor is null ? e : e with
            {
                Relation = e.Relation with { Date = anchor.Relation.Date },
                DateHow = $"since the {anchor.Relation.Type} event of the same sentence ({anchor.Relation.Date})",
            });
        }
        return result;
    }

    /// <summary>
    /// Changes whenever the rules, the lexicons or the tagger do: the code enters through the assemblies' module
    /// version ids, which deterministic builds derive from their content.
    /// </summary>
    private static string ComputeVersion(GraphSchemaDirectory schema, ITagger tagger)
    {
        var all = new StringBuilder(CodeVersion)
            .Append('\u001f').Append(typeof(RuleBasedExtractor).Assembly.ManifestModule.ModuleVersionId)
            .Append('\u001f').Append(typeof(ITagger).Assembly.ManifestModule.ModuleVersionId)
            .Append('\u001f').Append(tagger.Version);
        foreach (var f in VocabularyFiles)
        {
            var path = Path.Combine(schema.Path, f);
            if (File.Exists(path)) all.Append('\u001f').Append(f).Append('\u001f').Append(File.ReadAllText(path));
        }
        return $"{CodeVersion}+{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(all.ToString())).AsSpan(0, 6))}";
    }
}
