using KoreaRussiaGraph.Core.Schema;
using KoreaRussiaGraph.Extraction.Text;

namespace KoreaRussiaGraph.Extraction.Dates;

public sealed record RelativeDatePhrase(string[] Words, string Unit, int Offset);

/// <summary>graph-schema/dates.json: month and weekday names, relative phrases, bounds of a bare year.</summary>
public sealed class DateVocabulary
{
    public required IReadOnlyDictionary<string, int> Months { get; init; }
    public required IReadOnlyDictionary<string, int> Weekdays { get; init; }
    public required IReadOnlyList<RelativeDatePhrase> Relative { get; init; }
    public required IReadOnlySet<string> PastMarkers { get; init; }
    public required IReadOnlySet<string> FutureMarkers { get; init; }
    public required IReadOnlySet<string> FutureAuxiliaries { get; init; }
    public required IReadOnlySet<string> YearBlockers { get; init; }
    public required int YearMin { get; init; }
    public required int YearMax { get; init; }
    /// <summary>"two days ago": number words, the units they count (day, week, month, year), and the words that count back.</summary>
    public required IReadOnlyDictionary<string, int> NumberWords { get; init; }
    public required IReadOnlyDictionary<string, string> Units { get; init; }
    public required IReadOnlySet<string> AgoMarkers { get; init; }
    /// <summary>"nine months later": words after a count of units that count forward from the narrative's last date.</summary>
    public required IReadOnlySet<string> LaterMarkers { get; init; }

    public IReadOnlySet<string> MonthAndDayWords => Months.Keys.Concat(Weekdays.Keys).Where(k => k.Length > 3).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static DateVocabulary Load(GraphSchemaDirectory schema)
    {
        var f = VocabularyJson.Load<File>(schema, "dates.json");
        return new DateVocabulary
        {
            Months = new Dictionary<string, int>(f.Months, StringComparer.OrdinalIgnoreCase),
            Weekdays = new Dictionary<string, int>(f.Weekdays, StringComparer.OrdinalIgnoreCase),
            Relative = f.Relative.Select(r => new RelativeDatePhrase(r.Phrase.ToLowerInvariant().Split(' '), r.Unit, r.Offset)).OrderByDescending(r => r.Words.Length).ToArray(),
            PastMarkers = VocabularyJson.Set(f.PastMarkers),
            FutureMarkers = VocabularyJson.Set(f.FutureMarkers),
            FutureAuxiliaries = VocabularyJson.Set(f.FutureAuxiliaries),
            YearBlockers = VocabularyJson.Set(f.YearBlockers),
            YearMin = f.YearMin,
            YearMax = f.YearMax,
            NumberWords = new Dictionary<string, int>(f.NumberWords ?? [], StringComparer.OrdinalIgnoreCase),
            Units = new Dictionary<string, string>(f.Units ?? [], StringComparer.OrdinalIgnoreCase),
            AgoMarkers = VocabularyJson.Set(f.AgoMarkers),
            LaterMarkers = VocabularyJson.Set(f.LaterMarkers),
        };
    }

    private sealed record PhraseEntry(string Phrase, string Unit, int Offset);
    private sealed record File(Dictionary<string, int> Months, Dictionary<string, int> Weekdays, PhraseEntry[] Relative,
        string[]? PastMarkers, string[]? FutureMarkers, string[]? FutureAuxiliaries, string[]? YearBlockers, int YearMin, int YearMax,
        Dictionary<string, int>? NumberWords, Dictionary<string, string>? Units, string[]? AgoMarkers, string[]? LaterMarkers);
}
