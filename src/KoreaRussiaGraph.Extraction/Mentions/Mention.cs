namespace KoreaRussiaGraph.Extraction.Mentions;

public enum MentionKind { Name, Metonym, Demonym, Title, Regime, NewName, PersonPronoun, ThingPronoun, PluralPronoun, FirstPersonPronoun, PairAnaphor, OrderAnaphor, StateAnaphor, OrganAnaphor, CountryOfPerson }

/// <summary>
/// A span of tokens that names one or more actors, with how it was resolved (the alias, title, metonym
/// or coreference step), kept for explanations. Pronouns and pair anaphors start unresolved.
/// </summary>
public sealed class Mention(int first, int last, MentionKind kind, IReadOnlyList<string> actorIds, string step)
{
    public int First { get; set; } = first;
    /// <summary>Exclusive token index.</summary>
    public int Last { get; set; } = last;
    public MentionKind Kind { get; set; } = kind;
    public IReadOnlyList<string> ActorIds { get; set; } = actorIds;
    public string Step { get; set; } = step;
    /// <summary>Followed by 's: the actor owns the next noun ("North Korea's debt").</summary>
    public bool Possessive { get; set; }
    /// <summary>Possessor of a person noun ("Kim's father"): the mention does not stand for the argument.</summary>
    public bool RoleOwner { get; set; }
    /// <summary>A state acting through an organ or an unnamed official ("the Foreign Ministry of X", "X's envoy"), which "the
    /// ministry" or "the spokesman" later refer back to.</summary>
    public bool ThroughOrgan { get; set; }
    /// <summary>A party an ordinal counts before the clause's subject ("the third state after X to recognise Y"): it did the
    /// act too, but not on the date the sentence gives.</summary>
    public bool CountedBefore { get; set; }
    /// <summary>Set on "then-leader X", "X-led" and similar where the text is a modifier of the next word.</summary>
    public bool Modifier { get; set; }
    public string Text { get; set; } = "";

    public bool IsResolved => ActorIds.Count > 0;

    public override string ToString() => $"{Text} -> {string.Join("+", ActorIds)} ({Step})";
}
