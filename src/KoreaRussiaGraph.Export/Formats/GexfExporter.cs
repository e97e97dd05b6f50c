using System.Globalization;
using System.Text;
using System.Xml;
using KoreaRussiaGraph.Export.Model;

namespace KoreaRussiaGraph.Export.Formats;

/// <summary>
/// GEXF 1.3 (gexf.net), Gephi's native format: a static graph with declared node and edge attributes.
/// Edge labels are relation types, weights their confidence. Every edge is directed, symmetric relations (MET,
/// SIGNED) included, with the boolean <c>symmetric</c> attribute: networkx refuses a graph that mixes edge types.
/// </summary>
public sealed class GexfExporter : StreamedExporter
{
    public const string Namespace = "http://gexf.net/1.3";
    private const string SchemaLocation = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd";
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    private readonly TimeProvider _clock;

    public GexfExporter(TimeProvider? clock = null) => _clock = clock ?? TimeProvider.System;

    public override string Format => "gexf";
    public override string ContentType => "application/gexf+xml";
    public override string FileExtension => "gexf";

    protected override void Write(GraphExport graph, Stream output)
    {
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) });
        xml.WriteStartDocument();
        xml.WriteStartElement("gexf", Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
        xml.WriteAttributeString("schemaLocation", XsiNamespace, SchemaLocation);
        xml.WriteAttributeString("version", "1.3");

        xml.WriteStartElement("meta", Namespace);
        xml.WriteAttributeString("lastmodifieddate", _clock.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        xml.WriteElementString("creator", Namespace, "krg (KoreaRussiaGraph)");
        xml.WriteElementString("description", Namespace, XmlLegal.Text(graph.Title));
        xml.WriteEndElement();

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("mode", "static");
        xml.WriteAttributeString("defaultedgetype", "directed");

        WriteDeclarations(xml, "node", ExportColumns.Node);
        WriteDeclarations(xml, "edge", ExportColumns.Edge);

        xml.WriteStartElement("nodes", Namespace);
        foreach (var actor in graph.Actors)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", XmlLegal.Text(actor.Id));
            xml.WriteAttributeString("label", XmlLegal.Text(actor.Name));
            WriteValues(xml, ExportColumns.Node, actor, graph);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();

        xml.WriteStartElement("edges", Namespace);
        foreach (var relation in graph.Relations)
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", XmlLegal.Text(relation.Id));
            xml.WriteAttributeString("source", XmlLegal.Text(relation.SourceId));
            xml.WriteAttributeString("target", XmlLegal.Text(relation.TargetId));
            xml.WriteAttributeString("label", XmlLegal.Text(relation.Type));
            xml.WriteAttributeString("weight", relation.Confidence.ToString("R", CultureInfo.InvariantCulture));
            WriteValues(xml, ExportColumns.Edge, relation, graph);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteDeclarations<T>(XmlWriter xml, string @class, IReadOnlyList<AttributeColumn<T>> columns)
    {
        xml.WriteStartElement("attributes", Namespace);
        xml.WriteAttributeString("class", @class);
        xml.WriteAttributeString("mode", "static");
        foreach (var column in columns)
        {
            xml.WriteStartElement("attribute", Namespace);
            xml.WriteAttributeString("id", column.Name);
            xml.WriteAttributeString("title", column.Name);
            xml.WriteAttributeString("type", TypeName(column.Kind));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void WriteValues<T>(XmlWriter xml, IReadOnlyList<AttributeColumn<T>> columns, T item, GraphExport graph)
    {
        var values = columns.Select(c => (c.Name, Value: c.Value(item, graph))).Where(x => x.Value is not null).ToArray();
        if (values.Length == 0) return;
        xml.WriteStartElement("attvalues", Namespace);
        foreach (var (name, value) in values)
        {
            xml.WriteStartElement("attvalue", Namespace);
            xml.WriteAttributeString("for", name);
            xml.WriteAttributeString("value", XmlLegal.Text(ExportColumns.Format(value!)));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static string TypeName(AttributeKind kind) => kind switch
    {
        AttributeKind.Integer => "integer",
        AttributeKind.Double => "double",
        AttributeKind.Boolean => "boolean",
        _ => "string",
    };
}
