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
        WriteKeys(xml, "edge", "e_", ExportColumns.Edge);

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
        foreach (var relation in graph.Relations)
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", XmlLegal.Text(relation.Id));
            xml.WriteAttributeString("source", XmlLegal.Text(relation.SourceId));
            xml.WriteAttributeString("target", XmlLegal.Text(relation.TargetId));
            WriteData(xml, "e_", ExportColumns.Edge, relation, graph);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
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
