namespace KoreaRussiaGraph.Extraction.Relations;

/// <summary>One trigger of graph-schema/triggers.json: the words that signal a relation type and how their arguments map to source and target.</summary>
public sealed record TriggerEntry
{
    public required string Id { get; init; }
    public required string Type { get; init; }
    public required string Pos { get; init; }
    public string[]? Verbs { get; init; }
    public string[]? Forms { get; init; }
    public string SubjectRole { get; init; } = "source";
    public string ObjectRole { get; init; } = "target";
    public string[] ObjectPreps { get; init; } = [""];
    public string[]? ObjectKinds { get; init; }
    /// <summary>Actor kinds the subject must have ("Kim was in Moscow" is a stay; "troops are in Russia" is not a visit by their state).</summary>
    public string[]? SubjectKinds { get; init; }
    /// <summary>
    /// Verbs of caused motion ("Putin sent Shoigu to Pyongyang", "Shoigu was dispatched to Pyongyang"): the role the moved
    /// party (the direct object, or a passive's subject) fills, whose kinds <see cref="ThemeKinds"/> restricts; the object
    /// after one of <see cref="ObjectPreps"/> fills the other role, and the verb's own subject none.
    /// </summary>
    public string? ThemeRole { get; init; }
    public string[]? ThemeKinds { get; init; }
    public bool ObjectOptional { get; init; }
    public string[]? RequiresAfter { get; init; }
    /// <summary>
    /// What, right after a form, shows the word in another sense ("a call for unity", "a call to act" appeal; "a call to
    /// Kim" is made): a word, or a word and the part of speech of the next ("to VERB").
    /// </summary>
    public string[]? NotFollowedBy { get; init; }
    public string[]? SourceBeforePreps { get; init; }
    public string[] AgentPreps { get; init; } = [];
    public string[] PatientPreps { get; init; } = [];
    public string[]? PatientKinds { get; init; }
    public string ModifierRole { get; init; } = "source";
    public bool NameModifier { get; init; }
    public bool OfIsAgentAfterWith { get; init; }
    public string? DefaultSource { get; init; }
    public string? DefaultTarget { get; init; }
    public bool RequiresModifier { get; init; }
    public bool RequiresModifierOrAgent { get; init; }
    public string[]? UndergoerVerbs { get; init; }
    /// <summary>Verbs (lemmas) the noun heads as subject whose direct object is its patient ("the sanctions target X").</summary>
    public string[]? PatientVerbs { get; init; }
    public string[]? SubjectLightVerbs { get; init; }
    /// <summary>Linking verbs ("X is Y's ally"): for a noun naming its referent's role, the clause subject fills the role only through one of them.</summary>
    public string[]? Copulas { get; init; }
    public bool BetweenBothWays { get; init; }
    public string? Council { get; init; }
    public bool CouncilTarget { get; init; }
    public bool RequiresCouncil { get; init; }
    public bool OpposesObjectOwner { get; init; }
    public bool EmbedsClaim { get; init; }
    public bool ClaimantTarget { get; init; }

    public bool IsVerb => Pos == "verb";
}

/// <summary>A trigger found in a sentence: its entry and token span; IsVerbUse tells a verb from a homograph noun ("to support" vs "public support").</summary>
public sealed record TriggerMatch(TriggerEntry Entry, int First, int Last, string Text);
