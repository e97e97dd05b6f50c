using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Extraction.Relations;

namespace KoreaRussiaGraph.Extraction.Dates;

/// <summary>
/// Chooses the date of a relation: the nearest date phrase in the trigger's clause; else the nearest one
/// before the trigger ("In 2019, ... met"); else the previous sentence's date when the sentence continues
/// the narrative ("Shortly after that", "He later"); else, for a headline in the present tense, the
/// publication date. Otherwise no date.
/// </summary>
public sealed class DateAttacher(Relations.CueLexicon cues)
{
    /// <summary>The mark of a date found in the trigger's own sentence, as the explanation says it.</summary>
    public const string OwnSentence = "in the trigger's clause";

    /// <summary>How a headline in the present tense is dated: by the publication, for want of a date of its own.</summary>
    public const string HeadlinePresent = "headline in the present tense: publication date";

    /// <param name="planned">Whether the relation is still to happen, so that no report dates it.</param>
    /// <param name="reportingVerb">The reporting verb whose complement the trigger is in, if any: "Seoul said on Tuesday that
    /// X had sent ..." dates the saying, not the sending, so a date phrase right at that verb is not the event's.</param>
    public (PartialDate? Date, string How) Attach(SentenceView view, TriggerMatch t, IReadOnlyList<DateExpression> dates,
        PartialDate? previousSentenceDate, bool isTitle, PartialDate? published, int? reportingVerb = null, bool planned = false)
    {
        var clause = view.Clause[t.First];
        // "PYONGYANG, June 5 (KCNA) --": a dateline dates the report, not the events it reports
        dates = dates.Where(d => !IsDateline(view, d)).ToArray();
        // "..., KCNA announced on Tuesday.": a date in a closing segment that cites the report dates the report, not the event
        // (the event happened by then: when nothing else dates it, the report's month is as precise as the text allows)
        PartialDate? reportMonth = null;
        if (ClosingReportStart(view, t) is { } report)
        {
            // (for an event: a supply or a stance reported so may be ongoing, which has no month of its own)
            if (!planned && cues.EventTypes.Contains(t.Entry.Type) && dates.LastOrDefault(d => d.First > report && d.Value is { Precision: DatePrecision.Day }) is { Value: { } reported })
                reportMonth = new PartialDate(reported.Year, reported.Month);
            dates = dates.Where(d => d.First < report).ToArray();
        }
        // "Seoul confirmed on Monday that X had sent troops", "rejected on Wednesday claims that X had ...": a date before the
        // complementizer dates the saying, not the event its complement reports ("On Wednesday, Kyiv announced that ...": but a
        // date fronted before the sentence's subject frames all of it)
        // ("denied on Tuesday US claims that it sent shells", "rejected on Tuesday Western accusations of X supplying": so does
        // one before the claim noun whose content the trigger is)
        var complementizer = Enumerable.Range(0, t.First).LastOrDefault(k => (view.Tokens[k].Lower == "that" && view.Tokens[k].Pos == "SCONJ")
                                                                            || (cues.ClaimNouns.Contains(view.Tokens[k].Lower) && view.Tokens[k].IsNoun), -1);
        // ("accused China on Tuesday of supplying drones": and one before the preposition that heads a gerund trigger)
        if (t.First > 1 && view.Tokens[t.First].Lower.EndsWith("ing", StringComparison.Ordinal) && view.Tokens[t.First].IsVerb
            && view.Tokens[t.First - 1].Lower is "of" or "for" or "against")
            complementizer = Math.Max(complementizer, t.First - 1);
        // (not for a free adjunct after a comma, which belongs to the sentence's first clause: "X said on Monday that ..., calling ...")
        var freeAdjunct = view.OpensFreeAdjunct(t.First);
        if (complementizer > 0 && !freeAdjunct) dates = dates.Where(d => d.First > complementizer || Fronted(view, d)).ToArray();
        if (reportingVerb is { } rv && (rv < t.First || rv >= t.Last) && !freeAdjunct)
            dates = dates.Where(d => !(d.First > rv && d.First - rv <= 3) && !(d.Last <= rv && rv - d.Last <= 1)).ToArray();
        // "since 2006" bounds a duration; the event's own date, a fronted date or the narrative's date come first
        bool Since(DateExpression d) => d.First > 0 && view.Tokens[d.First - 1].Lower == "since";
        // "up to the February Trump-Kim talks": a date between a determiner and a noun dates that noun's event, no other, unless
        // the phrase frames the clause ("In the 1950-1953 Korean War, ...")
        // ("Japan's 1910-1945 colonial rule": so does a date after a possessor)
        bool DatesAnotherNoun(DateExpression d) => d.First > 0 && (view.IsDeterminer(view.Tokens[d.First - 1]) || view.IsPossessor(d.First - 1)) && d.Last < view.Tokens.Count
                                                   && !(d.First > 1 && cues.FramingPrepositions.Contains(view.Tokens[d.First - 2].Lower))
                                                   && view.Tokens[d.Last].IsWord && !view.IsPreposition(view.Tokens[d.Last])
                                                   && !(t.First >= d.Last && t.First - d.Last <= 4 && Enumerable.Range(d.Last, t.First - d.Last).All(k => view.Tokens[k].IsWord || view.Tokens[k].IsHyphen));
        dates = dates.Where(d => !DatesAnotherNoun(d)).ToArray();
        var sameClause = dates.Where(d => view.Clause[d.First] == clause && d.Value is not null && !Since(d))
            .OrderBy(d => Math.Min(Math.Abs(d.First - t.Last), Math.Abs(t.First - d.Last))).FirstOrDefault();
        // "From April 24-26, Kim made a trip and held a meeting": a visit spans the range from its start; an event inside it is
        // known only to the range's month
        if (sameClause is { SpanMonth: { } month } && !cues.SpanTypes.Contains(t.Entry.Type))
            return (month, $"{sameClause.How}: an event inside the range, its month {OwnSentence}");
        if (sameClause is not null) return (sameClause.Value, $"{sameClause.How} {OwnSentence}");
        // "Kim, who met Putin in June, has pledged …": a date inside a clause that interrupts the trigger's clause dates that clause only
        bool Interrupts(DateExpression d) => view.Clause[d.First] != clause && Enumerable.Range(0, d.First).Any(k => view.Clause[k] == clause);
        var earlier = dates.LastOrDefault(d => d.Last <= t.First && d.Value is not null && !Since(d) && !Interrupts(d));
        if (earlier is not null) return (earlier.Value, $"{earlier.How} before the trigger");
        // "X, who arrived on Sunday, met Y before returning home on Wednesday": an event between two days of one month
        // happened in that month
        if (dates.LastOrDefault(d => d.Last <= t.First && d.Value is { Precision: DatePrecision.Day }) is { Value: { } from }
            && dates.FirstOrDefault(d => d.First >= t.Last && d.Value is { Precision: DatePrecision.Day }) is { Value: { } to }
            && from.Year == to.Year && from.Month == to.Month && from.Start <= to.Start)
            return (new PartialDate(from.Year, from.Month), $"between {from} and {to}: their month");
        if (reportMonth is not null) return (reportMonth, "the month of the report that closes the sentence");
        if (previousSentenceDate is not null && Continues(view, t))
            return (previousSentenceDate, "continues the previous sentence's date");
        var since = dates.FirstOrDefault(d => view.Clause[d.First] == clause && d.Value is not null && Since(d));
        if (since is not null) return (since.Value, $"start of the period ({since.How}, after 'since')");
        if (isTitle && published is not null && !dates.Any() && Enumerable.Range(0, view.Tokens.Count).Any(k => IsPresentTense(view, k)))
            return (published, HeadlinePresent);
        return (null, "no date in the sentence");
    }

    /// <summary>
    /// "China, Russia defend", "Kim pledges": a verb in its base or third-person form, as headlines report news. Headline
    /// syntax misleads the tagger ("pledges" as a plural noun), so a lowercase -s word right after an actor's name counts too.
    /// </summary>
    private static bool IsPresentTense(SentenceView view, int k)
    {
        var t = view.Tokens[k];
        if (t.IsVerb) return !t.Lower.EndsWith("ed") && (t.Lower == t.Lemma || t.Lower == t.Lemma + "s" || t.Lower == t.Lemma + "es" || t.Lower.EndsWith("ies"));
        return t.IsWord && char.IsLower(t.Text[0]) && t.Lower.EndsWith('s') && !t.Lower.EndsWith("ss")
            && view.Mentions.Any(m => m.Last == k && !m.Possessive);
    }

    /// <summary>The comma opening a last segment after the trigger made of a reporter, a reporting verb and its date, else null.</summary>
    private int? ClosingReportStart(SentenceView view, TriggerMatch t)
    {
        var comma = Enumerable.Range(t.Last, Math.Max(0, view.Tokens.Count - t.Last)).LastOrDefault(k => view.Tokens[k].Text == ",", -1);
        if (comma < 0) return null;
        var segment = Enumerable.Range(comma + 1, view.Tokens.Count - comma - 1).ToArray();
        var verb = segment.FirstOrDefault(k => view.Tokens[k].IsVerb, -1);
        return verb >= 0 && (cues.IsReportingVerb(view.Tokens[verb]) || cues.SourcingVerbs.Contains(view.Tokens[verb].Lemma))
               && segment.Count(k => view.Tokens[k].IsVerb) == 1 && segment.Length <= 12 ? comma : null;
    }

    /// <summary>"On Wednesday, ...", "In 2019, ...": a date phrase that opens the sentence and is set off by a comma.</summary>
    private static bool Fronted(SentenceView view, DateExpression d) =>
        d.Last < view.Tokens.Count && view.Tokens[d.Last].Text == "," && Enumerable.Range(0, d.First).All(k => !view.Tokens[k].IsWord || view.IsPreposition(view.Tokens[k]));

    private static bool IsDateline(SentenceView view, DateExpression d)
    {
        if (d.First is < 2 or > 5 || view.Tokens[d.First - 1].Text != "," || !view.Tokens.Take(d.First - 1).All(x => x.IsCapitalized || !x.IsWord)) return false;
        var k = d.Last;
        if (k < view.Tokens.Count && view.Tokens[k].Text == "(")
            while (k < view.Tokens.Count && view.Tokens[k].Text != ")") k++;
        if (k < view.Tokens.Count && view.Tokens[k].Text == ")") k++;
        return k < view.Tokens.Count && (view.Tokens[k].IsHyphen || view.Tokens[k].Text is "—" or "–" or "--");
    }

    private bool Continues(SentenceView view, TriggerMatch t)
    {
        var window = view.Tokens.Take(Math.Min(t.First, 6)).Select(x => x.Lower).ToArray();
        foreach (var cue in cues.Continuation)
            for (var i = 0; i + cue.Length <= window.Length; i++)
                // "since then" opens a period that lasts to now, it does not continue the earlier scene
                if (cue.Select((w, j) => window[i + j] == w).All(x => x) && !(i > 0 && window[i - 1] == "since"))
                    return true;
        return false;
    }
}
