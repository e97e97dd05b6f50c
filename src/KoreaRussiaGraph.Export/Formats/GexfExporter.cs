using System.Globalization;
using System.Text;
using System.Xml;
using KoreaRussiaGraph.Export.Model;

namespace KoreaRussiaGraph.Export.Formats;

/// <summary>
/// GEXF 1.3 (gexf.net), Gephi's native format: a static graph with declared node and edge attributes.
/// Edge labels are relation types, weights their confidence. Every edge is directed, symmetric relations (MET,
/// SIGNED) included, with the boolean <c>symmetric</c> attribute: networkx refuses a graph that mixes edge types.
/// With one edge per link the graph is dynamic: a dated link lives from its first date's first day to its last date's
/// last day (<c>start</c>/<c>end</c>), so Gephi's timeline plays the network over time; undated links are always there.
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
        xml.WriteAttributeString("mode", graph.Links is null ? "static" : "dynamic");
        if (graph.Links is not null) xml.WriteAttributeString("timeformat", "date");
        xml.WriteAttributeString("defaultedgetype", "directed");

        WriteDeclarations(xml, "node", ExportColumns.Node);
        if (graph.Links is null) WriteDeclarations(xml, "edge", ExportColumns.Edge);
        else WriteDeclarations(xml, "edge", LinkColumns);

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
        if (graph.Links is { } links)
            foreach (var link in links)
            {
                StartEdge(xml, link.Link.Id, link.Link.Key.SourceId, link.Link.Key.TargetId, link.Link.Key.Type,
                    link.Link.EvidenceCount.ToString(CultureInfo.InvariantCulture));
                if (link.Link.FirstDate is { } first) xml.WriteAttributeString("start", Day(first.Start));
                if (link.Link.LastDate is { } last) xml.WriteAttributeString("end", Day(last.End));
                WriteValues(xml, LinkColumns, link, graph);
                xml.WriteEndElement();
            }
        else
            foreach (var relation in graph.Relations)
            {
                StartEdge(xml, relation.Id, relation.SourceId, relation.TargetId, relation.Type, relation.Confidence.ToString("R", CultureInfo.InvariantCulture));
                WriteValues(xml, ExportColumns.Edge, relation, graph);
                xml.WriteEndElement();
            }
        xml.WriteEndElement();

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    // The evidence count is the edge's own weight attribute in GEXF, not an attvalue.
    private static readonly IReadOnlyList<AttributeColumn<Core.Links.LinkWithEvidence>> LinkColumns =
        ExportColumns.Link.Where(c => c.Name != ExportColumns.Weight).ToArray();

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void StartEdge(XmlWriter xml, string id, string source, string target, string label, string weight)
    {
        xml.WriteStartElement("edge", Namespace);
        xml.WriteAttributeString("id", XmlLegal.Text(id));
        xml.WriteAttributeString("source", XmlLegal.Text(source));
        xml.WriteAttributeString("target", XmlLegal.Text(target));
        xml.WriteAttributeString("label", XmlLegal.Text(label));
        xml.WriteAttributeString("weight", weight);
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
