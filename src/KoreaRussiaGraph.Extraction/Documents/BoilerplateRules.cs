using System.Text.RegularExpressions;
using KoreaRussiaGraph.Core.Schema;
using KoreaRussiaGraph.Extraction.Text;

namespace KoreaRussiaGraph.Extraction.Documents;

/// <summary>graph-schema/boilerplate.json: lines that end an article (comment forms, post navigation) and lines dropped on their own (ads, credits).</summary>
public sealed class BoilerplateRules
{
    public required double MinFooterFraction { get; init; }
    public required IReadOnlyList<(Regex Pattern, string Reason)> FooterMarkers { get; init; }
    public required IReadOnlyList<(Regex Pattern, string Reason)> LineRules { get; init; }

    public string? FooterReason(string line) => FooterMarkers.FirstOrDefault(r => r.Pattern.IsMatch(line)).Reason;

    public string? LineReason(string line) => LineRules.FirstOrDefault(r => r.Pattern.IsMatch(line)).Reason;

    public static BoilerplateRules Load(GraphSchemaDirectory schema)
    {
        var f = VocabularyJson.Load<File>(schema, "boilerplate.json");
        return new BoilerplateRules
        {
            MinFooterFraction = f.MinFooterFraction,
            FooterMarkers = Compile(f.FooterMarkers),
            LineRules = Compile(f.LineRules),
        };
    }

    private static (Regex, string)[] Compile(Rule[]? rules) =>
        (rules ?? []).Select(r => (new Regex(r.Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), r.Reason)).ToArray();

    private sealed record Rule(string Pattern, string Reason);
    private sealed record File(double MinFooterFraction, Rule[]? FooterMarkers, Rule[]? LineRules);
}
