using KoreaRussiaGraph.Extraction.Relations;

namespace KoreaRussiaGraph.Extraction.Dates;

/// <summary>
/// Whether a clause reports a statement as a one-off act ("Japan accused Iran", "Russia condemned the launch", "the
/// allies condemn the transfer") rather than a standing position ("Russia has long opposed sanctions", "Iran supported
/// Russia", "China is backing Moscow"): only the act has a day, the news day. Accusations and denials are statements by
/// nature; support and opposition only when a speech verb performs them ("reiterated its support"). The clause's verb
/// is the trigger itself, or for a noun trigger the verb that governs it in its clause, or the reporting verb of a
/// reported claim.
/// </summary>
public sealed class StatementTense(CueLexicon cues)
{
    public bool IsStatementType(string type) => cues.SpeechActTypes.Contains(type) || cues.StanceTypes.Contains(type);

    /// <summary>The verb of the trigger's clause: the trigger when it is a verb, else the nearest verb before it in its clause.</summary>
    public static int? GoverningVerb(SentenceView view, int first)
    {
        if (view.Tokens[first].IsVerb) return first;
        for (var i = first - 1; i >= 0 && view.Clause[i] == view.Clause[first]; i--)
            if (view.Tokens[i].IsVerb) return i;
        return null;
    }

    public bool IsOneOffStatement(SentenceView view, int verb, string type) =>
        (cues.SpeechActTypes.Contains(type) || cues.SpeechVerbs.Contains(view.Tokens[verb].Lemma)) && IsOneOffAct(view, verb);

    /// <summary>Simple past, or for a performative verb ("we condemn") the simple present; never perfect or progressive.</summary>
    private bool IsOneOffAct(SentenceView view, int verb)
    {
        var t = view.Tokens[verb];
        // "..., blaming the US": a participle adjunct happens when its finite verb does
        if (t.Lower.EndsWith("ing", StringComparison.Ordinal) && verb > 0 && view.Tokens[verb - 1].Text == ",")
            return FiniteVerbBefore(view, verb - 1) is { } finite && IsOneOffAct(view, finite);
        if (!t.IsVerb || t.Lower.EndsWith("ing", StringComparison.Ordinal)) return false;
        for (var i = verb - 1; i >= 0 && i >= verb - 3; i--)
        {
            var before = view.Tokens[i];
            if (cues.PerfectAuxiliaries.Contains(before.Lower)) return false;
            if (!before.IsAdverb && !before.IsAuxiliary) break;
        }
        var present = t.Lower == t.Lemma || t.Lower == t.Lemma + "s" || t.Lower == t.Lemma + "es";
        return !present || cues.PerformativeVerbs.Contains(t.Lemma);
    }

    /// <summary>
    /// "Putin and Kim have concluded their summit", "Shoigu has arrived in Pyongyang": the present perfect of an event
    /// reports news of the day it is published, unless the clause counts or places it in a span ("has met him twice",
    /// "has never visited", "has visited since 2019"), which makes it an experience with no day.
    /// </summary>
    public bool IsHotNewsEvent(SentenceView view, int verb, string type)
    {
        if (!cues.EventTypes.Contains(type)) return false;
        // "have concluded their first ever summit": a word the tagger calls a verb inside the noun phrase is not its governor
        while (verb > 0 && view.Tokens[verb].Lower == view.Tokens[verb].Lemma && view.Clause[verb - 1] == view.Clause[verb] && GoverningVerb(view, verb - 1) is { } earlier) verb = earlier;
        if (!view.Tokens[verb].IsVerb || view.Tokens[verb].Lower == view.Tokens[verb].Lemma) return false;
        var perfect = false;
        for (var i = verb - 1; i >= 0 && i >= verb - 3; i--)
        {
            if (cues.PerfectAuxiliaries.Contains(view.Tokens[i].Lower)) { perfect = view.Tokens[i].Lower is not "had"; break; }
            if (!view.Tokens[i].IsAdverb) break;
        }
        return perfect && !view.Tokens.Where((_, i) => view.Clause[i] == view.Clause[verb]).Any(t => cues.ExperientialMarkers.Contains(t.Lower));
    }

    private static int? FiniteVerbBefore(SentenceView view, int end)
    {
        for (var i = end - 1; i >= 0; i--)
            if (view.Tokens[i].IsVerb && !view.Tokens[i].Lower.EndsWith("ing", StringComparison.Ordinal)) return i;
        return null;
    }
}
