using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Export.Model;

namespace KoreaRussiaGraph.Explorer.Tests.Support;

/// <summary>
/// A small invented graph that exercises what exporters get wrong: a symmetric edge, parallel edges between
/// one pair, an undated relation, an attribution, and text that needs escaping (quotes, ampersands, angle
/// brackets, non-Latin script).
/// </summary>
public static class SampleGraph
{
    public static readonly Actor Ada = new("ada-arden", "Ada Arden", ActorKind.Person, ["A. Arden", "Arden"], "Q1");
    public static readonly Actor Borduria = new("borduria", "Borduria", ActorKind.State, ["Bordurian Republic"]);
    public static readonly Actor Guild = new("guild-of-gears", "Guild of Gears", ActorKind.Organization, []);
    public static readonly Actor Port = new("port-zenda", "Port Zenda", ActorKind.Place, [], Description: "A harbour town");

    public const string EscapingQuote = "Arden said the Guild shipped \"fuel & <spare> parts\" to Borduria — 항구 in Port Zenda.";

    public static readonly Relation Met = Relation.Create("MET", "borduria", "ada-arden", symmetric: true,
        Cite("doc-1", 0, "Ada Arden met Bordurian officials on 3 May 2024."), date: new PartialDate(2024, 5, 3), reportedOn: new PartialDate(2024, 5, 4));

    public static readonly Relation Supplied = Relation.Create("SUPPLIED", "guild-of-gears", "borduria", symmetric: false,
        Cite("doc-2", 1, EscapingQuote), date: new PartialDate(2023, 9), status: ClaimStatus.Alleged,
        attributedTo: "ada-arden", details: "fuel & <spare> parts", confidence: 0.75);

    public static readonly Relation SuppliedAgain = Relation.Create("SUPPLIED", "guild-of-gears", "borduria", symmetric: false,
        Cite("doc-2", 4, "The Guild sent more parts in 2024."), date: new PartialDate(2024));

    public static readonly Relation Visited = Relation.Create("VISITED", "ada-arden", "port-zenda", symmetric: false,
        Cite("doc-1", 2, "Arden later visited Port Zenda."));

    public static IReadOnlyList<Actor> Actors => [Ada, Borduria, Guild, Port];
    public static IReadOnlyList<Relation> Relations => [Met, Supplied, SuppliedAgain, Visited];

    public static DocumentRecord Document(string id, string title, string? url) => new(
        id, title, url, "Test Outlet", new PartialDate(2024, 5, 4), "metadata", "txt", new string('0', 64),
        DateTimeOffset.UnixEpoch, "test", DocumentStatus.Ingested);

    public static GraphExport Export() => new(
        Actors,
        Relations,
        new Dictionary<string, DocumentRecord>
        {
            ["doc-1"] = Document("doc-1", "Arden's travels", "https://example.org/doc-1"),
            ["doc-2"] = Document("doc-2", "Gears & parts", null),
        },
        new Dictionary<string, int> { ["ada-arden"] = 0, ["borduria"] = 1, ["port-zenda"] = 1, ["guild-of-gears"] = 2 },
        "Sample graph");

    private static Citation Cite(string doc, int sentence, string quote) => new(doc, sentence, quote, sentence * 100, sentence * 100 + quote.Length, "test-rule");
}
