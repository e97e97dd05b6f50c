using System.Text.Encodings.Web;
using System.Text.Json;
using KoreaRussiaGraph.Export.Model;

namespace KoreaRussiaGraph.Export.Formats;

/// <summary>One JSON object per relation and line, with both endpoints' names: for scripts, jq and data frames.</summary>
public sealed class JsonLinesExporter : StreamedExporter
{
    public override string Format => "jsonl";
    public override string ContentType => "application/jsonl";
    public override string FileExtension => "jsonl";

    private static readonly JsonWriterOptions Options = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    protected override void Write(GraphExport graph, Stream output)
    {
        var names = graph.Actors.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        foreach (var relation in graph.Relations)
        {
            using (var json = new Utf8JsonWriter(output, Options))
            {
                json.WriteStartObject();
                json.WriteString("id", relation.Id);
                json.WriteString("source", relation.SourceId);
                json.WriteString("sourceName", names.GetValueOrDefault(relation.SourceId));
                json.WriteString("target", relation.TargetId);
                json.WriteString("targetName", names.GetValueOrDefault(relation.TargetId));
                foreach (var column in ExportColumns.Edge)
                {
                    JsonValues.WriteProperty(json, column.Name, column.Value(relation, graph));
                }
                json.WriteEndObject();
            }
            output.Write(NewLine);
        }
    }
}
