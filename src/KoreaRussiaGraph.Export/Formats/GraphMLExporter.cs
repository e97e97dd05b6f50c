using System.Text;
using System.Xml;
using KoreaRussiaGraph.Export.Model;

namespace KoreaRussiaGraph.Export.Formats;

/// <summary>
/// GraphML 1.0 (graphml.graphdrawing.org) with every attribute declared as a &lt;key&gt;. Every edge is directed,
/// symmetric relations (MET, SIGNED) included, stored source → target in id order with the boolean
/// <c>symmetric</c> attribute: networkx and igraph refuse a graph that mixes directed and undirected edges.
/// </summary>
public sealed class GraphMLExporter : StreamedExporter
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";
    private const string SchemaLocation = "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    public override string Format => "graphml";
    public override string ContentType => "application/graphml+xml";
    public override string FileExtension => "graphml";

    protected override void Write(GraphExport graph, Stream output)
    {
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) });
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
        xml.WriteAttributeString("schemaLocation", XsiNamespace, SchemaLocation);

        WriteKeys(xml, "node", "n_", ExportColumns.Node);
        if (graph.Links is null) WriteKeys(xml, "edge", "e_", ExportColumns.Edge);
        else WriteKeys(xml, "edge", "e_", ExportColumns.Link);

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "G");
        xml.WriteAttributeString("edgedefault", "directed");
        xml.WriteElementString("desc", Namespace, XmlLegal.Text(graph.Title));

        foreach (var actor in graph.Actors)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", XmlLegal.Text(actor.Id));
            WriteData(xml, "n_", ExportColumns.Node, actor, graph);
            xml.WriteEndElement();
        }
        if (graph.Links is { } links)
            foreach (var link in links) WriteEdge(xml, link.Link.Id, link.Link.Key.SourceId, link.Link.Key.TargetId, ExportColumns.Link, link, graph);
        else
            foreach (var relation in graph.Relations) WriteEdge(xml, relation.Id, relation.SourceId, relation.TargetId, ExportColumns.Edge, relation, graph);

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteEdge<T>(XmlWriter xml, string id, string source, string target, IReadOnlyList<AttributeColumn<T>> columns, T item, GraphExport graph)
    {
        xml.WriteStartElement("edge", Namespace);
        xml.WriteAttributeString("id", XmlLegal.Text(id));
        xml.WriteAttributeString("source", XmlLegal.Text(source));
        xml.WriteAttributeString("target", XmlLegal.Text(target));
        WriteData(xml, "e_", columns, item, graph);
        xml.WriteEndElement();
    }

    private static void WriteKeys<T>(XmlWriter xml, string domain, string prefix, IReadOnlyList<AttributeColumn<T>> columns)
    {
        foreach (var column in columns)
        {
            xml.WriteStartElement("key", Namespace);
            xml.WriteAttributeString("id", prefix + column.Name);
            xml.WriteAttributeString("for", domain);
            xml.WriteAttributeString("attr.name", column.Name);
            xml.WriteAttributeString("attr.type", TypeName(column.Kind));
            xml.WriteEndElement();
        }
    }

    private static void WriteData<T>(XmlWriter xml, string prefix, IReadOnlyList<AttributeColumn<T>> columns, T item, GraphExport graph)
    {
        foreach (var column in columns)
        {
            if (column.Value(item, graph) is not { } value) continue;
            xml.WriteStartElement("data", Namespace);
            xml.WriteAttributeString("key", prefix + column.Name);
            xml.WriteString(XmlLegal.Text(ExportColumns.Format(value)));
            xml.WriteEndElement();
        }
    }

    private static string TypeName(AttributeKind kind) => kind switch
    {
        AttributeKind.Integer => "int",
        AttributeKind.Double => "double",
        AttributeKind.Boolean => "boolean",
        _ => "string",
    };
}
