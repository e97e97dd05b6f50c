using KoreaRussiaGraph.Core.Schema;
using KoreaRussiaGraph.Extraction.Text;

namespace KoreaRussiaGraph.Extraction.Relations;

/// <summary>graph-schema/triggers.json loaded, verbs inflected by rule (+s, +ed, +ing) plus listed irregular forms, and matched over tokens.</summary>
public sealed class TriggerLexicon
{
    private List<(string[] Words, TriggerEntry Entry)> _forms;
    // the forms by their first word, in _forms' order (longest first), and the entries of each one-word form: matching
    // and look-ups run per token, so they must not scan every form
    private readonly Dictionary<string, (string[] Words, TriggerEntry Entry)[]> _formsByFirstWord;
    private readonly Dictionary<string, TriggerEntry[]> _entriesByWord;
    private readonly Dictionary<string, TriggerEntry> _verbLemmas = [];
    private const int MaxGap = 3;

    public IReadOnlyList<TriggerEntry> Entries { get; }
    public IReadOnlyDictionary<string, string[]> Details { get; }
    /// <summary>Goods that are fighters ("troops", "soldiers"): sent into a war's theatre, they fight for one side.</summary>
    public IReadOnlySet<string> Combatants { get; private init; } = new HashSet<string>();

    private TriggerLexicon(IReadOnlyList<TriggerEntry> entries, IReadOnlyDictionary<string, string[]> irregular, IReadOnlyDictionary<string, string[]> details)
    {
        Entries = entries;
        Details = details;
        _forms = [];
        foreach (var e in entries)
        {
            var surface = new List<string>(e.Forms ?? []);
            foreach (var verb in e.Verbs ?? [])
            {
                var words = verb.Split(' ');
                if (words.Length == 1) _verbLemmas.TryAdd(verb.ToLowerInvariant(), e);
                foreach (var inflected in Inflect(words[0], irregular))
                    surface.Add(string.Join(' ', new[] { inflected }.Concat(words.Skip(1))));
            }
            // "full-scale invasion": hyphens split words as the tokenizer does, and matching steps over them
            foreach (var s in surface.Distinct(StringComparer.OrdinalIgnoreCase))
                _forms.Add((s.ToLowerInvariant().Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries), e));
        }
        // Longest form first; among equals, the order of triggers.json (List.Sort is not stable, OrderBy is).
        _forms = _forms.OrderByDescending(f => f.Words.Length).ToList();
        _formsByFirstWord = _forms.GroupBy(f => f.Words[0]).ToDictionary(g => g.Key, g => g.ToArray());
        _entriesByWord = _forms.Where(f => f.Words.Length == 1).GroupBy(f => f.Words[0]).ToDictionary(g => g.Key, g => g.Select(f => f.Entry).ToArray());
    }

    public static IEnumerable<string> Inflect(string verb, IReadOnlyDictionary<string, string[]> irregular)
    {
        yield return verb;
        if (irregular.TryGetValue(verb, out var extra)) foreach (var x in extra) yield return x;
        var consonantY = verb.EndsWith('y') && verb.Length > 1 && !"aeiou".Contains(verb[^2]);
        yield return consonantY ? verb[..^1] + "ies" : verb.EndsWith('s') || verb.EndsWith("sh") || verb.EndsWith("ch") || verb.EndsWith('x') ? verb + "es" : verb + "s";
        yield return consonantY ? verb[..^1] + "ied" : verb.EndsWith('e') ? verb + "d" : verb + "ed";
        yield return verb.EndsWith('e') && !verb.EndsWith("ee") ? verb[..^1] + "ing" : verb + "ing";
    }

    /// <summary>All trigger occurrences, longest form first, never overlapping.</summary>
    public IReadOnlyList<TriggerMatch> Find(IReadOnlyList<Token> tokens)
    {
        var found = new List<TriggerMatch>();
        var taken = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (taken[i] || !tokens[i].IsWord) continue;
            foreach (var (words, entry) in _formsByFirstWord.GetValueOrDefault(tokens[i].Lower) ?? [])
            {
                if (!entry.IsVerb && i > 0 && tokens[i].IsCapitalized) continue; // "Six-Party Talks": part of a name
                var end = MatchRest(tokens, i + 1, words, 1);
                if (end < 0 || FollowedByOtherSense(tokens, end, entry)) continue;
                found.Add(new TriggerMatch(entry, i, end, string.Join(" ", tokens.Skip(i).Take(end - i).Select(t => t.Text))));
                for (var k = i; k < end; k++) taken[k] = true;
                break;
            }
            // Any inflection the rules did not spell out ("sends", "underwrote") is found through the tagger's lemma.
            if (!taken[i] && tokens[i].IsVerb && _verbLemmas.TryGetValue(tokens[i].Lemma, out var byLemma))
            {
                found.Add(new TriggerMatch(byLemma, i, i + 1, tokens[i].Text));
                taken[i] = true;
            }
        }
        return found;
    }

    /// <summary>Whether what follows the form at <paramref name="end"/> shows it in a sense the entry does not read (<see cref="TriggerEntry.NotFollowedBy"/>).</summary>
    public static bool FollowedByOtherSense(IReadOnlyList<Token> tokens, int end, TriggerEntry entry) =>
        entry.NotFollowedBy is { } patterns && end < tokens.Count && patterns.Any(p =>
            p.Split(' ') is var parts && tokens[end].Lower == parts[0]
            && (parts.Length == 1 || (end + 1 < tokens.Count && tokens[end + 1].Pos == parts[1])));

    /// <summary>Whether a DENIED entry lists the word ("reject", "dismiss").</summary>
    public bool Denies(string lower) => EntriesForWord(lower).Any(e => e.Type == "DENIED");

    /// <summary>Every single-word form of a noun trigger.</summary>
    public IEnumerable<string> NounWords => _forms.Where(f => !f.Entry.IsVerb && f.Words.Length == 1).Select(f => f.Words[0]).Distinct();

    /// <summary>All entries whose forms include this single word (a verb and a noun may share it).</summary>
    public IEnumerable<TriggerEntry> EntriesForWord(string lower) => _entriesByWord.GetValueOrDefault(lower) ?? [];

    private static int MatchRest(IReadOnlyList<Token> tokens, int at, string[] words, int w)
    {
        if (w == words.Length) return at;
        if (words[w] == "*")
        {
            for (var gap = 0; gap <= MaxGap && at + gap <= tokens.Count; gap++)
            {
                if (gap > 0 && !tokens[at + gap - 1].IsWord) break;
                var end = MatchRest(tokens, at + gap, words, w + 1);
                if (end >= 0) return end;
            }
            return -1;
        }
        while (at < tokens.Count && (tokens[at].IsHyphen || tokens[at].IsQuote) && words[w] != "-") at++;
        // "stood firmly with", "sided openly with": an adverb may sit inside a phrasal form
        while (at < tokens.Count && tokens[at].IsAdverb && tokens[at].Lower != words[w] && at + 1 < tokens.Count && tokens[at + 1].Lower == words[w]) at++;
        return at < tokens.Count && tokens[at].Lower == words[w] ? MatchRest(tokens, at + 1, words, w + 1) : -1;
    }

    /// <summary>
    /// Loads triggers.json. A requiresAfter word of the form "@name" stands for a word list kept elsewhere
    /// ("@negativeAppraisal": the appraisal words of cues.json; "@goods": the SUPPLIED details), so one list serves both.
    /// </summary>
    public static TriggerLexicon Load(GraphSchemaDirectory schema, CueLexicon? cues = null)
    {
        cues ??= CueLexicon.Load(schema);
        var f = VocabularyJson.Load<File>(schema, "triggers.json");
        // ("@goods": what details lists as supplied goods, each phrase also by its head, "artillery shells" by "shells")
        var goods = (f.Details?.GetValueOrDefault("SUPPLIED") ?? []).SelectMany(g => new[] { g, g.Split(' ')[^1] }).ToHashSet(StringComparer.Ordinal);
        var lists = new Dictionary<string, IReadOnlySet<string>> { ["negativeAppraisal"] = cues.NegativeAppraisal, ["goods"] = goods };
        var triggers = f.Triggers.Select(e => e.RequiresAfter?.Any(w => w.StartsWith('@')) == true
            ? e with { RequiresAfter = e.RequiresAfter.SelectMany<string, string>(w => !w.StartsWith('@') ? [w]
                : lists.GetValueOrDefault(w[1..]) ?? throw new InvalidDataException($"triggers.json: '{e.Id}' names an unknown word list '{w}'")).Distinct().ToArray() }
            : e).ToArray();
        return new TriggerLexicon(triggers, f.Irregular ?? new(), f.Details ?? new()) { Combatants = VocabularyJson.Set(f.Combatants) };
    }

    private sealed record File(Dictionary<string, string[]>? Irregular, TriggerEntry[] Triggers, Dictionary<string, string[]>? Details, string[]? Combatants);
}
