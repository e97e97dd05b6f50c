using System.Text.Encodings.Web;
using System.Text.Json;
using KoreaRussiaGraph.Export.Model;

namespace KoreaRussiaGraph.Export.Formats;

/// <summary>One JSON object per relation (or per link, with aggregate=links) and line, with both endpoints' names: for scripts, jq and data frames.</summary>
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
        if (graph.Links is { } links)
            foreach (var link in links) WriteLine(output, names, link.Link.Id, link.Link.Key.SourceId, link.Link.Key.TargetId, ExportColumns.Link, link, graph);
        else
            foreach (var relation in graph.Relations) WriteLine(output, names, relation.Id, relation.SourceId, relation.TargetId, ExportColumns.Edge, relation, graph);
    }

    private static void WriteLine<T>(Stream output, Dictionary<string, string> names, string id, string source, string target,
        IReadOnlyList<AttributeColumn<T>> columns, T item, GraphExport graph)
    {
        using (var json = new Utf8JsonWriter(output, Options))
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("source", source);
            json.WriteString("sourceName", names.GetValueOrDefault(source));
            json.WriteString("target", target);
            json.WriteString("targetName", names.GetValueOrDefault(target));
            foreach (var column in columns)
            {
                JsonValues.WriteProperty(json, column.Name, column.Value(item, graph));
            }
            json.WriteEndObject();
        }
        output.Write(NewLine);
    }
}
