using System.Text.Json;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;

namespace KoreaRussiaGraph.Export.Import;

/// <summary>One line of a JSON-lines file: the relation it holds, or why it was refused.</summary>
public readonly record struct JsonLine(long Number, ImportedRelation? Relation, string? Error);

/// <summary>
/// Reads relations back from exactly what <see cref="Formats.JsonLinesExporter"/> writes (one object a line, the
/// <see cref="Model.ExportColumns.Edge"/> columns plus id, source and target with their names). A line that is not
/// such an object is reported with its number and the reason, and reading goes on. The export carries no sentence
/// index; imported citations get sentence 0 (the relation keeps its id, so nothing is duplicated).
/// </summary>
public static class JsonLinesReader
{
    public static async IAsyncEnumerable<JsonLine> ReadAsync(TextReader reader, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        long number = 0;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return Parse(number, line);
        }
    }

    public static JsonLine Parse(long number, string line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            return new JsonLine(number, Read(json.RootElement), null);
        }
        catch (JsonException e)
        {
            return new JsonLine(number, null, $"not valid JSON ({e.Message})");
        }
        catch (LineException e)
        {
            return new JsonLine(number, null, e.Message);
        }
    }

    private sealed class LineException(string message) : Exception(message);

    private static ImportedRelation Read(JsonElement o)
    {
        if (o.ValueKind != JsonValueKind.Object) throw new LineException("not a JSON object");
        var date = OptionalDate(o, "date");
        var precision = Optional(o, "datePrecision");
        if (date is not null != precision is not null || (date is { } d && !string.Equals(precision, d.Precision.ToString(), StringComparison.OrdinalIgnoreCase)))
            throw new LineException($"'datePrecision' {precision ?? "null"} does not fit 'date' {date?.ToString() ?? "null"}");
        var start = Integer(o, "quoteStart");
        var end = Integer(o, "quoteEnd");
        if (start < 0 || end < start) throw new LineException($"'quoteStart' {start} and 'quoteEnd' {end} are not a span");
        var confidence = Number(o, "confidence");
        if (confidence is < 0 or > 1 || double.IsNaN(confidence)) throw new LineException($"'confidence' {confidence} is not within 0..1");
        var citation = new Citation(Required(o, "document"), 0, Text(o, "quote"), start, end, Required(o, "rule"));
        var relation = new Relation(
            Id: Required(o, "id"),
            Type: Required(o, "type"),
            SourceId: Required(o, "source"),
            TargetId: Required(o, "target"),
            Date: date,
            ReportedOn: OptionalDate(o, "reportedOn"),
            Status: Enum.TryParse<ClaimStatus>(Required(o, "status"), ignoreCase: true, out var status) && Enum.IsDefined(status)
                ? status : throw new LineException($"'status' must be one of {string.Join(", ", Enum.GetNames<ClaimStatus>().Select(n => n.ToUpperInvariant()))}"),
            AttributedTo: Optional(o, "attributedTo"),
            Details: Optional(o, "details"),
            Confidence: confidence,
            Citation: citation,
            Symmetric: Boolean(o, "symmetric"));
        return new ImportedRelation(relation, Optional(o, "sourceName"), Optional(o, "targetName"), Optional(o, "documentTitle"), Optional(o, "documentUrl"));
    }

    private static JsonElement Property(JsonElement o, string name) =>
        o.TryGetProperty(name, out var value) ? value : throw new LineException($"'{name}' is missing");

    private static string Text(JsonElement o, string name) => Property(o, name) is { ValueKind: JsonValueKind.String } v
        ? v.GetString()! : throw new LineException($"'{name}' must be a string");

    private static string Required(JsonElement o, string name) =>
        Text(o, name) is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text) ? text : throw new LineException($"'{name}' is empty");

    private static string? Optional(JsonElement o, string name) =>
        !o.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null ? null
        : v.ValueKind == JsonValueKind.String ? v.GetString() : throw new LineException($"'{name}' must be a string or null");

    private static PartialDate? OptionalDate(JsonElement o, string name) =>
        Optional(o, name) is not { } text ? null
        : PartialDate.TryParse(text, out var date) ? date : throw new LineException($"'{name}' {text} is not a partial date (YYYY, YYYY-MM or YYYY-MM-DD)");

    private static int Integer(JsonElement o, string name) => Property(o, name) is { ValueKind: JsonValueKind.Number } v && v.TryGetInt32(out var i)
        ? i : throw new LineException($"'{name}' must be an integer");

    private static double Number(JsonElement o, string name) => Property(o, name) is { ValueKind: JsonValueKind.Number } v
        ? v.GetDouble() : throw new LineException($"'{name}' must be a number");

    private static bool Boolean(JsonElement o, string name) => Property(o, name).ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new LineException($"'{name}' must be true or false"),
    };
}
