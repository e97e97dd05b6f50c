using KoreaRussiaGraph.Core.Schema;

namespace KoreaRussiaGraph.Extraction.Text;

/// <summary>The closed-class words of graph-schema/language.json: structure the rules read, not domain vocabulary.</summary>
public sealed class LanguageVocabulary
{
    public required IReadOnlySet<string> Abbreviations { get; init; }
    public required IReadOnlySet<string> Prepositions { get; init; }
    public required IReadOnlySet<string> Determiners { get; init; }
    public required IReadOnlySet<string> ClauseBreaks { get; init; }
    /// <summary>Words that join conjuncts ("and", "or", the list comma).</summary>
    public required IReadOnlySet<string> Coordinators { get; init; }
    public required IReadOnlySet<string> PersonPronouns { get; init; }
    public required IReadOnlySet<string> ThingPronouns { get; init; }
    public required IReadOnlySet<string> PluralPronouns { get; init; }
    public required IReadOnlySet<string> FirstPersonPronouns { get; init; }
    public required IReadOnlySet<string> PossessiveDeterminers { get; init; }
    /// <summary>"Iran's government", "Russia's foreign ministry": a state's organs, which act for it.</summary>
    public required IReadOnlySet<string> OrganNouns { get; init; }
    /// <summary>"Joint Statement", "communique": a title naming one makes the document its authors' own text.</summary>
    public required IReadOnlySet<string> StatementNouns { get; init; }
    /// <summary>"who", "which": after a comma they open a relative clause that ends at the next comma.</summary>
    public required IReadOnlySet<string> RelativePronouns { get; init; }
    /// <summary>"a delegation led by X": the group stands for its leader.</summary>
    public required IReadOnlySet<string> LedGroupNouns { get; init; }
    /// <summary>"her counterparts in Syria": the officials of the state after in/of/from, who stand for it.</summary>
    public required IReadOnlySet<string> CounterpartNouns { get; init; }
    /// <summary>"the republics of X and Y": nouns whose of-phrase names what they stand for.</summary>
    public required IReadOnlySet<string> TransparentNouns { get; init; }
    /// <summary>"the third state after X and Y to recognise": ordinals that count earlier doers of the same act.</summary>
    public required IReadOnlySet<string> Ordinals { get; init; }
    /// <summary>"Putin's war": acts only a state performs, so a leader said to own one stands for his state.</summary>
    public required IReadOnlySet<string> StateActNouns { get; init; }
    /// <summary>"sent troops to help Russia": verbs of helping, whose object is the beneficiary of the act they explain.</summary>
    public required IReadOnlySet<string> BenefactiveVerbs { get; init; }
    /// <summary>"sent troops to fight alongside Russian forces": verbs of fighting, whose side-taking preposition names the beneficiary.</summary>
    public required IReadOnlySet<string> SideTakingVerbs { get; init; }
    /// <summary>The prepositions by which a fighting verb names the side fought for ("alongside", "for", "beside").</summary>
    public required IReadOnlySet<string> SidePrepositions { get; init; }
    /// <summary>"delivered a message from Putin": verbs of carrying, whose subject is the messenger, not the addressee.</summary>
    public required IReadOnlySet<string> CarrierVerbs { get; init; }
    /// <summary>"Putin and Kim exchanged letters": verbs whose coordinated subject does the noun's act to each other.</summary>
    public required IReadOnlySet<string> ReciprocalVerbs { get; init; }
    /// <summary>"sanctioned X over the deployment of troops": prepositions whose noun phrase is the reason or circumstance of the act.</summary>
    public required IReadOnlySet<string> ReasonPrepositions { get; init; }
    /// <summary>Prepositions that approximate a cardinal ("about 15,000 troops"): part of the noun phrase, not its governor.</summary>
    public required IReadOnlySet<string> Approximators { get; init; }
    /// <summary>Verbs whose object is the subject of the infinitive after it ("urged Belarus to stop supplying Russia").</summary>
    public required IReadOnlySet<string> ObjectControlVerbs { get; init; }
    /// <summary>"calling the move an escalation": general nouns that refer back to the last act the text reported.</summary>
    public required IReadOnlySet<string> ActAnaphors { get; init; }
    /// <summary>"North Korean-made missiles": the word after a hyphen that makes the name the goods' origin, not a modifier to skip.</summary>
    public required IReadOnlySet<string> OriginParticiples { get; init; }
    /// <summary>"thanked X for its support": verbs of gratitude, whose for-phrase names what the object did for the subject.</summary>
    public required IReadOnlySet<string> GratitudeVerbs { get; init; }
    public required IReadOnlyList<string[]> LeadingPhrases { get; init; }
    public required IReadOnlyList<string> PairAnaphors { get; init; }
    /// <summary>How many parties a group anaphor's numeral counts ("the two leaders", "all three countries").</summary>
    public required IReadOnlyDictionary<string, int> GroupAnaphorSizes { get; init; }
    /// <summary>Nouns by which a group anaphor counts people, not states ("the two leaders", "the three men").</summary>
    public required IReadOnlySet<string> PersonGroupNouns { get; init; }
    /// <summary>"the former", "the latter": the first and second of the last two parties named together, in this order.</summary>
    public required IReadOnlyList<string> OrderAnaphors { get; init; }
    /// <summary>"the country", "the nation" standing alone: a state named before.</summary>
    public required IReadOnlyList<string> StateAnaphors { get; init; }
    /// <summary>"the ministry", "the spokesman": an organ or official standing alone, which refers back to the state named through one.</summary>
    public required IReadOnlyList<string> OrganAnaphors { get; init; }
    public required IReadOnlySet<string> CaptionPositions { get; init; }
    public required IReadOnlySet<string> ConveyanceNouns { get; init; }
    public required IReadOnlySet<string> AgentiveHeads { get; init; }
    public required IReadOnlySet<string> PossessiveRoleNouns { get; init; }
    public required IReadOnlySet<string> RegimeNouns { get; init; }
    public required IReadOnlySet<string> PossessedRegimeNouns { get; init; }
    public required IReadOnlySet<string> NonActorHeads { get; init; }
    public required IReadOnlySet<string> OrganizationHeads { get; init; }
    public required IReadOnlySet<string> PlaceHeads { get; init; }
    public required IReadOnlySet<string> TitleWords { get; init; }
    /// <summary>Auxiliaries that open a yes/no question ("Is North Korea ..."): a question asserts nothing.</summary>
    public required IReadOnlySet<string> QuestionOpeners { get; init; }
    public required IReadOnlySet<string> RepresentativeRoles { get; init; }
    public required IReadOnlyDictionary<string, string> GivenNameVariants { get; init; }
    /// <summary>Endings of a Russian patronymic ("Vladimirovich", "Kuzhugetovich"): the middle name a full-form mention adds to a known person's name.</summary>
    public required IReadOnlyList<string> PatronymicSuffixes { get; init; }

    public static LanguageVocabulary Load(GraphSchemaDirectory schema)
    {
        var f = VocabularyJson.Load<File>(schema, "language.json");
        return new LanguageVocabulary
        {
            Abbreviations = new HashSet<string>(f.Abbreviations ?? [], StringComparer.Ordinal),
            Prepositions = VocabularyJson.Set(f.Prepositions),
            Determiners = VocabularyJson.Set(f.Determiners),
            ClauseBreaks = VocabularyJson.Set(f.ClauseBreaks),
            Coordinators = VocabularyJson.Set(f.Coordinators),
            PersonPronouns = VocabularyJson.Set(f.PersonPronouns),
            ThingPronouns = VocabularyJson.Set(f.ThingPronouns),
            PluralPronouns = VocabularyJson.Set(f.PluralPronouns),
            FirstPersonPronouns = VocabularyJson.Set(f.FirstPersonPronouns),
            PossessiveDeterminers = VocabularyJson.Set(f.PossessiveDeterminers),
            OrganNouns = VocabularyJson.Set(f.OrganNouns),
            StatementNouns = VocabularyJson.Set(f.StatementNouns),
            RelativePronouns = VocabularyJson.Set(f.RelativePronouns),
            LedGroupNouns = VocabularyJson.Set(f.LedGroupNouns),
            CounterpartNouns = VocabularyJson.Set(f.CounterpartNouns),
            TransparentNouns = VocabularyJson.Set(f.TransparentNouns),
            Ordinals = VocabularyJson.Set(f.Ordinals),
            StateActNouns = VocabularyJson.Set(f.StateActNouns),
            BenefactiveVerbs = VocabularyJson.Set(f.BenefactiveVerbs),
            SideTakingVerbs = VocabularyJson.Set(f.SideTakingVerbs),
            SidePrepositions = VocabularyJson.Set(f.SidePrepositions),
            CarrierVerbs = VocabularyJson.Set(f.CarrierVerbs),
            ReciprocalVerbs = VocabularyJson.Set(f.ReciprocalVerbs),
            ReasonPrepositions = VocabularyJson.Set(f.ReasonPrepositions),
            Approximators = VocabularyJson.Set(f.Approximators),
            ObjectControlVerbs = VocabularyJson.Set(f.ObjectControlVerbs),
            ActAnaphors = VocabularyJson.Set(f.ActAnaphors),
            OriginParticiples = VocabularyJson.Set(f.OriginParticiples),
            GratitudeVerbs = VocabularyJson.Set(f.GratitudeVerbs),
            LeadingPhrases = (f.LeadingPhrases ?? []).Select(p => p.Split(' ')).ToArray(),
            CaptionPositions = VocabularyJson.Set(f.CaptionPositions),
            ConveyanceNouns = VocabularyJson.Set(f.ConveyanceNouns),
            PairAnaphors = (f.PairAnaphors ?? []).OrderByDescending(p => p.Length).ToArray(),
            OrderAnaphors = f.OrderAnaphors ?? [],
            StateAnaphors = f.StateAnaphors ?? [],
            OrganAnaphors = f.OrganAnaphors ?? [],
            AgentiveHeads = VocabularyJson.Set(f.AgentiveHeads),
            PossessiveRoleNouns = VocabularyJson.Set(f.PossessiveRoleNouns),
            RegimeNouns = VocabularyJson.Set(f.RegimeNouns),
            PossessedRegimeNouns = VocabularyJson.Set(f.PossessedRegimeNouns),
            NonActorHeads = new HashSet<string>(f.NonActorHeads ?? [], StringComparer.Ordinal),
            OrganizationHeads = new HashSet<string>(f.OrganizationHeads ?? [], StringComparer.Ordinal),
            PlaceHeads = new HashSet<string>(f.PlaceHeads ?? [], StringComparer.Ordinal),
            TitleWords = VocabularyJson.Set(f.TitleWords),
            QuestionOpeners = new HashSet<string>(f.QuestionOpeners ?? [], StringComparer.Ordinal),
            RepresentativeRoles = new HashSet<string>(f.RepresentativeRoles ?? [], StringComparer.OrdinalIgnoreCase),
            GivenNameVariants = f.GivenNameVariants ?? [],
            PatronymicSuffixes = f.PatronymicSuffixes ?? [],
            GroupAnaphorSizes = f.GroupAnaphorSizes ?? [],
            PersonGroupNouns = VocabularyJson.Set(f.PersonGroupNouns),
        };
    }

    private sealed record File(
        string[]? Abbreviations, string[]? Prepositions, string[]? Determiners, string[]? ClauseBreaks,
        string[]? PersonPronouns, string[]? ThingPronouns, string[]? PluralPronouns, string[]? FirstPersonPronouns, string[]? PossessiveDeterminers, string[]? OrganNouns, string[]? StatementNouns, string[]? RelativePronouns, string[]? LedGroupNouns, string[]? LeadingPhrases, string[]? PairAnaphors, string[]? OrderAnaphors, string[]? CaptionPositions, string[]? ConveyanceNouns,
        string[]? AgentiveHeads, string[]? PossessiveRoleNouns, string[]? RegimeNouns, string[]? PossessedRegimeNouns,
        string[]? NonActorHeads, string[]? OrganizationHeads, string[]? PlaceHeads, string[]? TitleWords, string[]? QuestionOpeners, string[]? RepresentativeRoles,
        Dictionary<string, string>? GivenNameVariants, string[]? PatronymicSuffixes, string[]? CounterpartNouns, string[]? TransparentNouns, string[]? Ordinals, string[]? StateActNouns, string[]? StateAnaphors, string[]? OrganAnaphors, string[]? BenefactiveVerbs, string[]? SideTakingVerbs, string[]? SidePrepositions, string[]? CarrierVerbs, string[]? ReciprocalVerbs, string[]? ReasonPrepositions, string[]? Approximators, string[]? ObjectControlVerbs, string[]? ActAnaphors, string[]? GratitudeVerbs, string[]? OriginParticiples, Dictionary<string, int>? GroupAnaphorSizes, string[]? PersonGroupNouns, string[]? Coordinators);
}
