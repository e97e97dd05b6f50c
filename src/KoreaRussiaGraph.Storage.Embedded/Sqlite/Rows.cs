using System.Globalization;
using System.Text.Json;
using KoreaRussiaGraph.Core.Model;
using Microsoft.Data.Sqlite;

namespace KoreaRussiaGraph.Storage.Embedded.Sqlite;

/// <summary>Maps the model to table rows and back. Enums are stored by upper-case name so the file reads well in any SQLite shell.</summary>
internal static class Rows
{
    public const string ActorColumns = "id, name, kind, aliases, wikidata_id, description";

    public const string RelationColumns =
        "id, document_id, type, source_id, target_id, date, date_start, date_end, reported_on, status, attributed_to, details, " +
        "confidence, sentence_index, quote, quote_start, quote_end, rule, symmetric";

    public const string DocumentColumns =
        "id, title, url, outlet, published, published_basis, format, sha256, ingested_at, extractor_version, status, error, relation_count";

    public static string Name<T>(T value) where T : struct, Enum => value.ToString().ToUpperInvariant();

    public static T Parse<T>(string text) where T : struct, Enum => Enum.Parse<T>(text, ignoreCase: true);

    public static (string, object?)[] ActorParameters(Actor a) =>
    [
        ("$id", a.Id), ("$name", a.Name), ("$kind", Name(a.Kind)), ("$aliases", JsonSerializer.Serialize(a.Aliases)),
        ("$wikidata", a.WikidataId), ("$description", a.Description),
    ];

    public static Actor ReadActor(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), Parse<ActorKind>(r.GetString(2)),
        JsonSerializer.Deserialize<string[]>(r.GetString(3)) ?? [],
        r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5));

    public static (string, object?)[] RelationParameters(Relation x, string documentId) =>
    [
        ("$id", x.Id), ("$document", documentId), ("$type", x.Type), ("$source", x.SourceId), ("$target", x.TargetId),
        ("$date", x.Date?.ToString()), ("$dateStart", x.Date?.Start.DayNumber), ("$dateEnd", x.Date?.End.DayNumber),
        ("$reportedOn", x.ReportedOn?.ToString()), ("$status", Name(x.Status)), ("$attributedTo", x.AttributedTo),
        ("$details", x.Details), ("$confidence", x.Confidence), ("$sentence", x.Citation.SentenceIndex),
        ("$quote", x.Citation.Quote), ("$start", x.Citation.Start), ("$end", x.Citation.End), ("$rule", x.Citation.Rule),
        ("$symmetric", x.Symmetric ? 1 : 0),
    ];

    public static Relation ReadRelation(SqliteDataReader r) => new(
        Id: r.GetString(0),
        Type: r.GetString(2),
        SourceId: r.GetString(3),
        TargetId: r.GetString(4),
        Date: r.IsDBNull(5) ? null : PartialDate.Parse(r.GetString(5)),
        ReportedOn: r.IsDBNull(8) ? null : PartialDate.Parse(r.GetString(8)),
        Status: Parse<ClaimStatus>(r.GetString(9)),
        AttributedTo: r.IsDBNull(10) ? null : r.GetString(10),
        Details: r.IsDBNull(11) ? null : r.GetString(11),
        Confidence: r.GetDouble(12),
        Citation: new Citation(r.GetString(1), r.GetInt32(13), r.GetString(14), r.GetInt32(15), r.GetInt32(16), r.GetString(17)),
        Symmetric: r.GetInt64(18) != 0);

    public static (string, object?)[] DocumentParameters(DocumentRecord d, int relationCount) =>
    [
        ("$id", d.Id), ("$title", d.Title), ("$url", d.Url), ("$outlet", d.Outlet), ("$published", d.Published?.ToString()),
        ("$basis", d.PublishedBasis), ("$format", d.Format), ("$sha", d.Sha256),
        ("$ingestedAt", d.IngestedAt.ToString("O", CultureInfo.InvariantCulture)), ("$extractor", d.ExtractorVersion),
        ("$status", Name(d.Status)), ("$error", d.Error), ("$count", relationCount),
    ];

    public static DocumentRecord ReadDocument(SqliteDataReader r) => new(
        Id: r.GetString(0),
        Title: r.IsDBNull(1) ? null : r.GetString(1),
        Url: r.IsDBNull(2) ? null : r.GetString(2),
        Outlet: r.IsDBNull(3) ? null : r.GetString(3),
        Published: r.IsDBNull(4) ? null : PartialDate.Parse(r.GetString(4)),
        PublishedBasis: r.IsDBNull(5) ? null : r.GetString(5),
        Format: r.GetString(6),
        Sha256: r.GetString(7),
        IngestedAt: DateTimeOffset.Parse(r.GetString(8), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        ExtractorVersion: r.GetString(9),
        Status: Parse<DocumentStatus>(r.GetString(10)),
        Error: r.IsDBNull(11) ? null : r.GetString(11),
        RelationCount: r.GetInt32(12));
}
