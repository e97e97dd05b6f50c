using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Extraction.Mentions;

/// <summary>
/// What one document has said so far: resolved mentions per sentence (for coreference), actors met in the
/// text that the gazetteer lacks, who made the latest claim (for "denied those claims"), and the dates
/// already given to events and sentences (for "later", "the visit").
/// </summary>
public sealed class DiscourseState(ActorGazetteer gazetteer, PartialDate? published)
{
    public PartialDate? Published { get; } = published;
    public ActorGazetteer Gazetteer { get; } = gazetteer;
    public Dictionary<string, Actor> NewActors { get; } = new(StringComparer.Ordinal);
    /// <summary>Surname (and last two words) of people named in full earlier, for "Lunkin" after "Artyom Lunkin".</summary>
    public Dictionary<string, string> LocalAliases { get; } = new(StringComparer.Ordinal);
    public List<IReadOnlyList<Mention>> History { get; } = [];
    /// <summary>The tokens of each sentence in <see cref="History"/>.</summary>
    public List<IReadOnlyList<KoreaRussiaGraph.Extraction.Text.Token>> HistoryTokens { get; } = [];
    public List<string> Claimants { get; } = [];
    /// <summary>The authors a statement's title names ("U.S.-Japan Joint Statement on ..."): the "we" of its own text.</summary>
    public List<string> StatementAuthors { get; } = [];
    /// <summary>The document's accusations so far, (accuser, accused), in order: a later denial answers the latest one.</summary>
    public List<(string Accuser, string Accused)> Accusations { get; } = [];
    /// <summary>The last party each supplier was said to supply: a later "sent more troops" with no recipient goes there too.</summary>
    public Dictionary<string, string> LastRecipients { get; } = new(StringComparer.Ordinal);
    /// <summary>The agents of the document's last asserted relation of each type: "the veto", "the deployment" refer back to it.</summary>
    public Dictionary<string, IReadOnlyList<string>> LastAgents { get; } = new(StringComparer.Ordinal);

    /// <summary>The agents of the last act read (a supply, a visit, a veto ...), earlier in this sentence or before it: what "the move" refers to.</summary>
    public IReadOnlyList<string>? LastActAgents { get; set; }
    /// <summary>The date of the last dated relation of each type: a later definite mention of the act ("the new sanctions") has it too.</summary>
    public Dictionary<string, PartialDate> LastDates { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether a quotation opened in an earlier sentence is still open, and who was reported as speaking it.</summary>
    public bool QuotationOpen { get; set; }
    public IReadOnlyList<string>? QuotationSpeaker { get; set; }
    public List<PartialDate?> SentenceDates { get; } = [];
    public Dictionary<(string Source, string Type, string Target), PartialDate> EventDates { get; } = [];

    /// <summary>People the text introduces as speaking for a state ("State Department spokesman Jim Doe").</summary>
    public Dictionary<string, string> LocalSpokespeople { get; } = new(StringComparer.Ordinal);

    /// <summary>People the gazetteer lacks whom the text introduces by a title ("NATO Secretary General Mark Rutte"): officials.</summary>
    public HashSet<string> TitledPeople { get; } = new(StringComparer.Ordinal);

    /// <summary>The state a spokesperson or envoy stands for, from the gazetteer or from how the text introduced them.</summary>
    public string? SpeaksFor(string id) => Gazetteer.SpeaksFor(id) ?? LocalSpokespeople.GetValueOrDefault(id);

    /// <summary>Who an actor's words and acts count for: the state a spokesperson stands for, else the actor itself.</summary>
    public string ActsFor(string id) => SpeaksFor(id) ?? id;

    public ActorKind? KindOf(string id) => Gazetteer.Find(id)?.Kind ?? (NewActors.TryGetValue(id, out var a) ? a.Kind : null);

    public Actor? FindActor(string id) => Gazetteer.Find(id) ?? NewActors.GetValueOrDefault(id);

    /// <summary>The most recent earlier mention, walking back from the current sentence through previous ones.</summary>
    public IEnumerable<Mention> MentionsBackwards(IReadOnlyList<Mention> current, int beforeToken, int sentencesBack = 3) =>
        SentencesBackwards(current.Where(m => m.Last <= beforeToken).ToArray(), [], sentencesBack)
            .SelectMany(s => s.Mentions.Where(m => m.IsResolved).Reverse());

    /// <summary>
    /// The current sentence's mentions the caller has kept (with its tokens), then each of the <paramref name="sentencesBack"/>
    /// sentences before it, most recent first.
    /// </summary>
    public IEnumerable<(IReadOnlyList<Mention> Mentions, IReadOnlyList<KoreaRussiaGraph.Extraction.Text.Token> Tokens)> SentencesBackwards(
        IReadOnlyList<Mention> current, IReadOnlyList<KoreaRussiaGraph.Extraction.Text.Token> tokens, int sentencesBack)
    {
        yield return (current, tokens);
        for (var s = History.Count - 1; s >= 0 && s >= History.Count - sentencesBack; s--) yield return (History[s], HistoryTokens[s]);
    }
}
