using System.Globalization;
using System.Text.Json;
using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Storage.Neo4j.Mapping;

/// <summary>Reads the maps the statements return (plain-JSON Query API values) back into the model.</summary>
internal static class RecordReader
{
    public static Actor Actor(JsonElement map) => new(
        Str(map, "id")!,
        Str(map, "name") ?? Str(map, "id")!,
        GraphValues.ParseEnum<ActorKind>(Str(map, "kind") ?? nameof(ActorKind.Group)),
        map.TryGetProperty("aliases", out var aliases) && aliases.ValueKind == JsonValueKind.Array
            ? aliases.EnumerateArray().Select(a => a.GetString() ?? "").ToArray()
            : [],
        Str(map, "wikidataId"),
        Str(map, "description"));

    public static Relation Relation(JsonElement map) => new(
        Str(map, "id")!,
        Str(map, "type")!,
        Str(map, "sourceId")!,
        Str(map, "targetId")!,
        Date(map, "date"),
        Date(map, "reportedOn"),
        GraphValues.ParseEnum<ClaimStatus>(Str(map, "status")!),
        Str(map, "attributedTo"),
        Str(map, "details"),
        Num(map, "confidence") ?? 1.0,
        new Citation(
            Str(map, "documentId")!,
            (int)(Num(map, "sentenceIndex") ?? 0),
            Str(map, "quote") ?? "",
            (int)(Num(map, "start") ?? 0),
            (int)(Num(map, "end") ?? 0),
            Str(map, "rule") ?? ""),
        map.TryGetProperty("symmetric", out var s) && s.ValueKind == JsonValueKind.True);

    public static DocumentRecord Document(JsonElement map) => new(
        Str(map, "id")!,
        Str(map, "title"),
        Str(map, "url"),
        Str(map, "outlet"),
        Date(map, "published"),
        Str(map, "publishedBasis"),
        Str(map, "format") ?? "",
        Str(map, "sha256") ?? "",
        DateTimeOffset.Parse(Str(map, "ingestedAt")!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        Str(map, "extractorVersion") ?? "",
        GraphValues.ParseEnum<DocumentStatus>(Str(map, "status")!),
        Str(map, "error"),
        (int)(Num(map, "relationCount") ?? 0));

    public static string? Str(JsonElement map, string name) =>
        map.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static double? Num(JsonElement map, string name) =>
        map.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    public static int Int(JsonElement value) => value.ValueKind == JsonValueKind.Number ? (int)value.GetInt64() : 0;

    private static PartialDate? Date(JsonElement map, string name) =>
        Str(map, name) is { } text ? PartialDate.Parse(text) : null;
}
