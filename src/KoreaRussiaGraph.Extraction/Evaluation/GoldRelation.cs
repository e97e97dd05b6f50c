using System.Text.Json;

namespace KoreaRussiaGraph.Extraction.Evaluation;

/// <summary>One annotated relation of a gold file (JSON lines: doc, source, type, target, date, status, quote).</summary>
public sealed record GoldRelation(string Doc, string Source, string Type, string Target, string? Date, string Status, string? Quote)
{
    public static IReadOnlyList<GoldRelation> ReadJsonLines(string path)
    {
        var list = new List<GoldRelation>();
        var n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                using var json = JsonDocument.Parse(line);
                var r = json.RootElement;
                string? S(string name) => r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                list.Add(new GoldRelation(
                    S("doc") ?? throw new InvalidDataException("missing doc"), S("source") ?? throw new InvalidDataException("missing source"),
                    S("type") ?? throw new InvalidDataException("missing type"), S("target") ?? throw new InvalidDataException("missing target"),
                    S("date"), S("status") ?? "asserted", S("quote")));
            }
            catch (Exception e) when (e is JsonException or InvalidDataException)
            {
                throw new InvalidDataException($"{path}:{n}: {e.Message}", e);
            }
        }
        return list;
    }
}

/// <summary>A predicted relation flattened for scoring.</summary>
public sealed record PredictedRelation(string Doc, string Source, string Type, string Target, string? Date, string Status, string Quote, string Rule);
