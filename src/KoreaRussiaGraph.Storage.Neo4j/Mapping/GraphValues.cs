using System.Globalization;
using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Storage.Neo4j.Mapping;

/// <summary>How model values are written as Neo4j property values (plain JSON: strings, numbers, booleans, lists).</summary>
internal static class GraphValues
{
    /// <summary>Enums travel upper-case, the spelling DESIGN uses (ASSERTED, PERSON, FAILED).</summary>
    public static string Enum<T>(T value) where T : struct, System.Enum => value.ToString().ToUpperInvariant();

    public static T ParseEnum<T>(string text) where T : struct, System.Enum => System.Enum.Parse<T>(text, ignoreCase: true);

    public static string? Date(PartialDate? date) => date?.ToString();

    /// <summary>ISO day strings sort like the days they name, so interval overlap is a string comparison in Cypher.</summary>
    public static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Dictionary<string, object?> Actor(Actor a) => new()
    {
        ["id"] = a.Id,
        ["name"] = a.Name,
        ["kind"] = Enum(a.Kind),
        ["aliases"] = a.Aliases.ToArray(),
        ["wikidataId"] = a.WikidataId,
        ["description"] = a.Description,
    };

    public static Dictionary<string, object?> Relation(Relation r) => new()
    {
        ["id"] = r.Id,
        ["type"] = r.Type,
        ["sourceId"] = r.SourceId,
        ["targetId"] = r.TargetId,
        ["date"] = Date(r.Date),
        ["dateStart"] = Day(r.Date?.Start),
        ["dateEnd"] = Day(r.Date?.End),
        ["reportedOn"] = Date(r.ReportedOn),
        ["reportedStart"] = Day(r.ReportedOn?.Start),
        ["reportedEnd"] = Day(r.ReportedOn?.End),
        ["status"] = Enum(r.Status),
        ["attributedTo"] = r.AttributedTo,
        ["details"] = r.Details,
        ["confidence"] = r.Confidence,
        ["symmetric"] = r.Symmetric,
        ["documentId"] = r.Citation.DocumentId,
        ["sentenceIndex"] = r.Citation.SentenceIndex,
        ["quote"] = r.Citation.Quote,
        ["start"] = r.Citation.Start,
        ["end"] = r.Citation.End,
        ["rule"] = r.Citation.Rule,
    };

    public static Dictionary<string, object?> Document(DocumentRecord d) => new()
    {
        ["id"] = d.Id,
        ["title"] = d.Title,
        ["url"] = d.Url,
        ["outlet"] = d.Outlet,
        ["published"] = Date(d.Published),
        ["publishedStart"] = Day(d.Published?.Start),
        ["publishedEnd"] = Day(d.Published?.End),
        ["publishedBasis"] = d.PublishedBasis,
        ["format"] = d.Format,
        ["sha256"] = d.Sha256,
        ["ingestedAt"] = d.IngestedAt.ToString("O", CultureInfo.InvariantCulture),
        ["extractorVersion"] = d.ExtractorVersion,
        ["status"] = Enum(d.Status),
        ["error"] = d.Error,
        ["relationCount"] = d.RelationCount,
    };
}
