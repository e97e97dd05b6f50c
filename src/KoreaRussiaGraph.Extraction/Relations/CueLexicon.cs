using KoreaRussiaGraph.Core.Schema;
using KoreaRussiaGraph.Extraction.Text;

namespace KoreaRussiaGraph.Extraction.Relations;

/// <summary>graph-schema/cues.json: negation, speculation, modality, attribution, evidentiality, denial, presupposition, comitatives.</summary>
public sealed class CueLexicon
{
    public required IReadOnlySet<string> Negation { get; init; }
    public required int NegationWindow { get; init; }
    public required IReadOnlySet<string> Suppressors { get; init; }
    public required IReadOnlySet<string> Planned { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlySet<string>> PlannedExceptions { get; init; }

    /// <summary>A modal cue that plans a relation of this type (not one that performs it: "pledged support").</summary>
    public bool Plans(string word, string type) => Planned.Contains(word) && !(PlannedExceptions.TryGetValue(type, out var except) && except.Contains(word));
    /// <summary>"is due to travel", "is set to visit": words that plan only before an infinitive ("due to sanctions" plans nothing).</summary>
    public required IReadOnlySet<string> PlannedBeforeInfinitive { get; init; }
    public required IReadOnlySet<string> CessativeVerbs { get; init; }
    public required IReadOnlySet<string> ReportingVerbs { get; init; }

    /// <summary>"said", "told", "states" used as a verb (or untagged): "the United States" is no report.</summary>
    public bool IsReportingVerb(Text.Token t) => (ReportingVerbs.Contains(t.Lower) || ReportingVerbs.Contains(t.Lemma)) && (!t.IsTagged || t.IsVerb || t.Lower == "according");
    /// <summary>Reporting verbs (lemmas) by which a closing segment cites a news source for an event ("..., CNN reported"), which stays asserted.</summary>
    public required IReadOnlySet<string> SourcingVerbs { get; init; }
    /// <summary>"..., state media said": news outlets named by a common noun; what they are cited for, the journalist relays as fact.</summary>
    public required IReadOnlySet<string> MediaNouns { get; init; }
    public required IReadOnlySet<string> Evidential { get; init; }
    public required int EvidentialWindow { get; init; }
    public required IReadOnlySet<string> Denial { get; init; }
    public required IReadOnlySet<string> Presupposition { get; init; }
    /// <summary>Conjunctions that open an adverbial clause ("as", "while"): set off after a report, the clause is the writer's.</summary>
    public required IReadOnlySet<string> AdverbialSubordinators { get; init; }
    public required IReadOnlySet<string> ClaimNouns { get; init; }
    /// <summary>"called the reports groundless rumours": verbs that, with a falsity word after their claim noun, deny the claim.</summary>
    public required IReadOnlySet<string> CallingVerbs { get; init; }
    /// <summary>"groundless", "lies", "fabrication": what a claim called so is said to be, which denies it.</summary>
    public required IReadOnlySet<string> FalsityWords { get; init; }
    public required IReadOnlyList<string[]> Continuation { get; init; }
    public required IReadOnlySet<string> ComitativeVerbs { get; init; }
    /// <summary>Speech verbs (lemmas) that need no letter or call ("told", "thanked"): said to someone the speaker met that day, they are part of the meeting.</summary>
    public required IReadOnlySet<string> InPersonSpeechVerbs { get; init; }
    /// <summary>Verbs (lemmas) of a host receiving guests: a guest met in a place abroad travelled there.</summary>
    public required IReadOnlySet<string> HostingVerbs { get; init; }
    /// <summary>Phrases by which a recipient pays in kind ("in exchange for", "in return for"), split into words.</summary>
    public required IReadOnlyList<string[]> ExchangePhrases { get; init; }
    /// <summary>Prepositions whose phrase frames a clause in time ("In the 1950-1953 war, ..."): a date premodifying its noun dates the clause.</summary>
    public required IReadOnlySet<string> FramingPrepositions { get; init; }
    /// <summary>"Among those hit by the sanctions are X": a preposition opening a clause whose subject follows its verb.</summary>
    public required IReadOnlySet<string> InversionPrepositions { get; init; }
    /// <summary>Verbs (lemmas) after which an inverted clause names its subject ("are", "include").</summary>
    public required IReadOnlySet<string> InversionVerbs { get; init; }
    /// <summary>"Kim told visiting Shoigu": words that place speech to someone at a meeting with them.</summary>
    public required IReadOnlySet<string> InPersonMarkers { get; init; }
    public required IReadOnlyList<string[]> ComitativePhrases { get; init; }
    public required IReadOnlySet<string> VerbContext { get; init; }
    public required IReadOnlySet<string> PassiveAuxiliaries { get; init; }
    public required IReadOnlySet<string> AccusableTypes { get; init; }
    /// <summary>Relation types whose verbs judge another party's act ("condemned the transfer of arms"): their subject is not that act's agent.</summary>
    public required IReadOnlySet<string> EvaluativeTypes { get; init; }
    /// <summary>Relation types that are events with a day of their own (a meeting, a visit), as opposed to states of affairs (support, supplies).</summary>
    public required IReadOnlySet<string> EventTypes { get; init; }
    /// <summary>Relation types whose event spans days (a visit): a day range dates them by its start, other events inside it by its month.</summary>
    public required IReadOnlySet<string> SpanTypes { get; init; }
    /// <summary>Relation types that are statements by nature (an accusation, a denial).</summary>
    public required IReadOnlySet<string> SpeechActTypes { get; init; }
    /// <summary>Relation types that are a statement only when a speech verb performs them ("reiterated its support"), else a standing position.</summary>
    public required IReadOnlySet<string> StanceTypes { get; init; }
    public required IReadOnlySet<string> SpeechVerbs { get; init; }
    /// <summary>"will always", "would continue to": after a modal they make a stance lasting rather than planned.</summary>
    public required IReadOnlySet<string> LastingAdverbs { get; init; }
    /// <summary>Speech-act verbs whose simple present performs the act ("we condemn"), unlike stative ones ("Russia opposes").</summary>
    public required IReadOnlySet<string> PerformativeVerbs { get; init; }
    public required IReadOnlySet<string> PerfectAuxiliaries { get; init; }
    /// <summary>Relation types whose target may be a place, standing for its country: a visit to Vladivostok, troops sent to Kursk.</summary>
    public required IReadOnlySet<string> DestinationTypes { get; init; }
    /// <summary>Relation types that set their parties against each other (an opposition, a sanction, an accusation, an invasion).</summary>
    public required IReadOnlySet<string> HostileTypes { get; init; }
    /// <summary>Relation types that align their parties (a supply, support, a signed agreement).</summary>
    public required IReadOnlySet<string> AlliedTypes { get; init; }
    /// <summary>Relation types whose noun may leave out a party that a war the gazetteer knows supplies ("the invasion of Ukraine").</summary>
    public required IReadOnlySet<string> WarTypes { get; init; }
    /// <summary>"twice", "never", "since": in a present-perfect clause they make an event an experience with no day.</summary>
    public required IReadOnlySet<string> ExperientialMarkers { get; init; }
    /// <summary>Words by which a statement's authors condemn what they describe ("hegemonic", "aggression").</summary>
    public required IReadOnlySet<string> NegativeAppraisal { get; init; }
    /// <summary>Words by which a statement's authors endorse what they describe ("legitimate", "just").</summary>
    public required IReadOnlySet<string> PositiveAppraisal { get; init; }
    /// <summary>Verbs (lemmas) by which a statement's authors charge their subject with a wrong ("undermine", "devastate").</summary>
    public required IReadOnlySet<string> NegativeActs { get; init; }
    /// <summary>Verbs (lemmas) besides the copula that link a subject to an appraising noun ("the deployment marked a dangerous escalation").</summary>
    public required IReadOnlySet<string> AppraisalLinkingVerbs { get; init; }
    /// <summary>Verbs (lemmas, or a lemma and its particle) whose subject event does not take place ("the visit was cancelled / called off").</summary>
    public required IReadOnlySet<string> CancellationVerbs { get; init; }

    /// <summary>Whether the verb at <paramref name="k"/> cancels its subject ("cancelled", "called off").</summary>
    public bool Cancels(IReadOnlyList<Text.Token> tokens, int k) =>
        CancellationVerbs.Contains(tokens[k].Lemma) || (k + 1 < tokens.Count && CancellationVerbs.Contains(tokens[k].Lemma + " " + tokens[k + 1].Lower));

    public static CueLexicon Load(GraphSchemaDirectory schema)
    {
        var f = VocabularyJson.Load<File>(schema, "cues.json");
        return new CueLexicon
        {
            Negation = VocabularyJson.Set(f.Negation),
            NegationWindow = f.NegationWindow,
            Suppressors = VocabularyJson.Set(f.Suppressors),
            Planned = VocabularyJson.Set(f.Planned),
            PlannedBeforeInfinitive = VocabularyJson.Set(f.PlannedBeforeInfinitive),
            CessativeVerbs = VocabularyJson.Set(f.CessativeVerbs),
            PlannedExceptions = (f.PlannedExceptions ?? []).ToDictionary(kv => kv.Key, kv => (IReadOnlySet<string>)VocabularyJson.Set(kv.Value)),
            ReportingVerbs = VocabularyJson.Set(f.ReportingVerbs),
            SourcingVerbs = VocabularyJson.Set(f.SourcingVerbs),
            MediaNouns = VocabularyJson.Set(f.MediaNouns),
            Evidential = VocabularyJson.Set(f.Evidential),
            EvidentialWindow = f.EvidentialWindow,
            Denial = VocabularyJson.Set(f.Denial),
            Presupposition = VocabularyJson.Set(f.Presupposition),
            AdverbialSubordinators = VocabularyJson.Set(f.AdverbialSubordinators),
            ClaimNouns = VocabularyJson.Set(f.ClaimNouns),
            CallingVerbs = VocabularyJson.Set(f.CallingVerbs),
            FalsityWords = VocabularyJson.Set(f.FalsityWords),
            Continuation = (f.Continuation ?? []).Select(c => c.Split(' ')).OrderByDescending(c => c.Length).ToArray(),
            ComitativeVerbs = VocabularyJson.Set(f.ComitativeVerbs),
            InPersonSpeechVerbs = VocabularyJson.Set(f.InPersonSpeechVerbs),
            HostingVerbs = VocabularyJson.Set(f.HostingVerbs),
            ExchangePhrases = (f.ExchangePhrases ?? []).Select(c => c.Split(' ')).ToArray(),
            FramingPrepositions = VocabularyJson.Set(f.FramingPrepositions),
            InversionPrepositions = VocabularyJson.Set(f.InversionPrepositions),
            InversionVerbs = VocabularyJson.Set(f.InversionVerbs),
            InPersonMarkers = VocabularyJson.Set(f.InPersonMarkers),
            ComitativePhrases = (f.ComitativePhrases ?? []).Select(c => c.Split(' ')).ToArray(),
            VerbContext = VocabularyJson.Set(f.VerbContext),
            PassiveAuxiliaries = VocabularyJson.Set(f.PassiveAuxiliaries),
            AccusableTypes = VocabularyJson.Set(f.AccusableTypes),
            EvaluativeTypes = VocabularyJson.Set(f.EvaluativeTypes),
            EventTypes = VocabularyJson.Set(f.EventTypes),
            SpanTypes = VocabularyJson.Set(f.SpanTypes),
            SpeechActTypes = VocabularyJson.Set(f.SpeechActTypes),
            StanceTypes = VocabularyJson.Set(f.StanceTypes),
            SpeechVerbs = VocabularyJson.Set(f.SpeechVerbs),
            LastingAdverbs = VocabularyJson.Set(f.LastingAdverbs),
            PerformativeVerbs = VocabularyJson.Set(f.PerformativeVerbs),
            PerfectAuxiliaries = VocabularyJson.Set(f.PerfectAuxiliaries),
            DestinationTypes = VocabularyJson.Set(f.DestinationTypes),
            HostileTypes = VocabularyJson.Set(f.HostileTypes),
            AlliedTypes = VocabularyJson.Set(f.AlliedTypes),
            WarTypes = VocabularyJson.Set(f.WarTypes),
            ExperientialMarkers = VocabularyJson.Set(f.ExperientialMarkers),
            NegativeAppraisal = VocabularyJson.Set(f.Appraisal?.GetValueOrDefault("negative")),
            PositiveAppraisal = VocabularyJson.Set(f.Appraisal?.GetValueOrDefault("positive")),
            NegativeActs = VocabularyJson.Set(f.Appraisal?.GetValueOrDefault("negativeActs")),
            AppraisalLinkingVerbs = VocabularyJson.Set(f.Appraisal?.GetValueOrDefault("linkingVerbs")),
            CancellationVerbs = VocabularyJson.Set(f.CancellationVerbs),
        };
    }

    private sealed record File(string[]? CancellationVerbs, string[]? Negation, int NegationWindow, string[]? Suppressors, string[]? Planned, string[]? PlannedBeforeInfinitive, string[]? CessativeVerbs, string[]? ReportingVerbs,
        string[]? Evidential, int EvidentialWindow, string[]? Denial, string[]? Presupposition, string[]? AdverbialSubordinators, string[]? ClaimNouns, string[]? CallingVerbs, string[]? FalsityWords, string[]? Continuation,
        string[]? ComitativeVerbs, string[]? ComitativePhrases, string[]? VerbContext, string[]? PassiveAuxiliaries, string[]? AccusableTypes,
        Dictionary<string, string[]>? PlannedExceptions, string[]? EvaluativeTypes,
        string[]? EventTypes, string[]? SpeechActTypes, string[]? StanceTypes, string[]? SpeechVerbs, string[]? LastingAdverbs, string[]? PerformativeVerbs, string[]? PerfectAuxiliaries, string[]? SourcingVerbs,
        string[]? DestinationTypes, string[]? HostileTypes, string[]? AlliedTypes,
        Dictionary<string, string[]>? Appraisal, string[]? WarTypes, string[]? ExperientialMarkers, string[]? InPersonSpeechVerbs, string[]? SpanTypes, string[]? HostingVerbs, string[]? ExchangePhrases, string[]? FramingPrepositions, string[]? InversionPrepositions, string[]? InversionVerbs, string[]? InPersonMarkers, string[]? MediaNouns);
}
