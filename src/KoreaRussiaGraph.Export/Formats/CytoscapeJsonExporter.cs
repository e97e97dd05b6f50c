using System.Text.Encodings.Web;
using System.Text.Json;
using KoreaRussiaGraph.Export.Model;

namespace KoreaRussiaGraph.Export.Formats;

/// <summary>
/// Cytoscape.js elements JSON: <c>{ "elements": { "nodes": [{ "data": … }], "edges": [{ "data": … }] } }</c>,
/// which <c>cytoscape({ elements })</c> and Cytoscape desktop's JSON import both read.
/// </summary>
public sealed class CytoscapeJsonExporter : StreamedExporter
{
    public override string Format => "cytoscape";
    public override string ContentType => "application/json";
    public override string FileExtension => "cyjs";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    protected override void Write(GraphExport graph, Stream output)
    {
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteStartObject("data");
        json.WriteString("name", graph.Title);
        json.WriteString("generator", "krg");
        json.WriteEndObject();
        json.WriteStartObject("elements");

        json.WriteStartArray("nodes");
        foreach (var actor in graph.Actors)
        {
            json.WriteStartObject();
            json.WriteStartObject("data");
            json.WriteString("id", actor.Id);
            json.WriteString("label", actor.Name);
            WriteColumns(json, ExportColumns.Node, actor, graph);
            json.WriteEndObject();
            json.WriteEndObject();
            FlushNowAndThen(json);
        }
        json.WriteEndArray();

        json.WriteStartArray("edges");
        if (graph.Links is { } links)
            foreach (var link in links) WriteEdge(json, link.Link.Id, link.Link.Key.SourceId, link.Link.Key.TargetId, ExportColumns.Link, link, graph);
        else
            foreach (var relation in graph.Relations) WriteEdge(json, relation.Id, relation.SourceId, relation.TargetId, ExportColumns.Edge, relation, graph);
        json.WriteEndArray();

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteEdge<T>(Utf8JsonWriter json, string id, string source, string target, IReadOnlyList<AttributeColumn<T>> columns, T item, GraphExport graph)
    {
        json.WriteStartObject();
        json.WriteStartObject("data");
        json.WriteString("id", id);
        json.WriteString("source", source);
        json.WriteString("target", target);
        WriteColumns(json, columns, item, graph);
        json.WriteEndObject();
        json.WriteEndObject();
        FlushNowAndThen(json);
    }

    // Utf8JsonWriter keeps everything until flushed: without this the whole file would sit in its buffer.
    private static void FlushNowAndThen(Utf8JsonWriter json)
    {
        if (json.BytesPending > 32 * 1024) json.Flush();
    }

    private static void WriteColumns<T>(Utf8JsonWriter json, IReadOnlyList<AttributeColumn<T>> columns, T item, GraphExport graph)
    {
        foreach (var column in columns)
        {
            JsonValues.WriteProperty(json, column.Name, column.Value(item, graph));
        }
    }
}
