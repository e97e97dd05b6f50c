using System.Globalization;
using KoreaRussiaGraph.Core.Links;
using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Export.Model;

/// <summary>One named, typed attribute of a node or an edge, as the tabular formats (GraphML, GEXF) declare them.</summary>
public sealed record AttributeColumn<T>(string Name, AttributeKind Kind, Func<T, GraphExport, object?> Value);

public enum AttributeKind { String, Integer, Double, Boolean }

/// <summary>
/// The attribute columns every format writes, declared once so GraphML, GEXF and Cytoscape carry the same facts:
/// a relation's type, dates, status, attribution, details, confidence and its citation.
/// </summary>
public static class ExportColumns
{
    public static readonly IReadOnlyList<AttributeColumn<Actor>> Node =
    [
        new("name", AttributeKind.String, (a, _) => a.Name),
        new("kind", AttributeKind.String, (a, _) => Upper(a.Kind)),
        new("aliases", AttributeKind.String, (a, _) => a.Aliases.Count == 0 ? null : string.Join("; ", a.Aliases)),
        new("wikidataId", AttributeKind.String, (a, _) => a.WikidataId),
        new("description", AttributeKind.String, (a, _) => a.Description),
        new("hops", AttributeKind.Integer, (a, g) => g.Hops.TryGetValue(a.Id, out var h) ? h : null),
    ];

    public static readonly IReadOnlyList<AttributeColumn<Relation>> Edge =
    [
        new("type", AttributeKind.String, (r, _) => r.Type),
        new("date", AttributeKind.String, (r, _) => r.Date?.ToString()),
        new("datePrecision", AttributeKind.String, (r, _) => r.DatePrecision is { } p ? Upper(p) : null),
        new("reportedOn", AttributeKind.String, (r, _) => r.ReportedOn?.ToString()),
        new("status", AttributeKind.String, (r, _) => Upper(r.Status)),
        new("attributedTo", AttributeKind.String, (r, _) => r.AttributedTo),
        new("details", AttributeKind.String, (r, _) => r.Details),
        new("confidence", AttributeKind.Double, (r, _) => r.Confidence),
        new("symmetric", AttributeKind.Boolean, (r, _) => r.Symmetric),
        new("quote", AttributeKind.String, (r, _) => r.Citation.Quote),
        new("document", AttributeKind.String, (r, _) => r.Citation.DocumentId),
        new("documentTitle", AttributeKind.String, (r, g) => g.DocumentOf(r)?.Title),
        new("documentUrl", AttributeKind.String, (r, g) => g.DocumentOf(r)?.Url),
        new("quoteStart", AttributeKind.Integer, (r, _) => r.Citation.Start),
        new("quoteEnd", AttributeKind.Integer, (r, _) => r.Citation.End),
        new("rule", AttributeKind.String, (r, _) => r.Citation.Rule),
    ];

    /// <summary>The name of the link column GEXF writes as the edge's own weight attribute rather than as an attvalue.</summary>
    public const string Weight = "weight";

    /// <summary>
    /// One edge per link (<c>aggregate=links</c>): weight is the evidence count, so a tool sizes edges by corroboration;
    /// relations lists the relation ids behind it, to go back to the sentences.
    /// </summary>
    public static readonly IReadOnlyList<AttributeColumn<LinkWithEvidence>> Link =
    [
        new("type", AttributeKind.String, (l, _) => l.Link.Key.Type),
        new(Weight, AttributeKind.Integer, (l, _) => l.Link.EvidenceCount),
        new("documents", AttributeKind.Integer, (l, _) => l.Link.DocumentCount),
        new("outlets", AttributeKind.Integer, (l, _) => l.Link.OutletCount),
        new("firstDate", AttributeKind.String, (l, _) => l.Link.FirstDate?.ToString()),
        new("lastDate", AttributeKind.String, (l, _) => l.Link.LastDate?.ToString()),
        new("firstReported", AttributeKind.String, (l, _) => l.Link.FirstReported?.ToString()),
        new("statuses", AttributeKind.String, (l, _) => string.Join("; ", l.Link.Statuses.Select(Upper))),
        new("symmetric", AttributeKind.Boolean, (l, _) => l.Evidence.Count > 0 && l.Evidence[0].Symmetric),
        new("relations", AttributeKind.String, (l, _) => string.Join("; ", l.Evidence.Select(r => r.Id))),
    ];

    /// <summary>The culture-free text form the XML formats store.</summary>
    public static string Format(object value) => value switch
    {
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    // The GraphQL enums are upper case (DESIGN §4); exports use the same spelling.
    private static string Upper<TEnum>(TEnum value) where TEnum : struct, Enum => value.ToString().ToUpperInvariant();
}
