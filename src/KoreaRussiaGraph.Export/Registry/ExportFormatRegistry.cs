using KoreaRussiaGraph.Export.Formats;

namespace KoreaRussiaGraph.Export.Registry;

/// <summary>The exporters by format name (case-insensitive), so HTTP and the CLI offer the same formats.</summary>
public sealed class ExportFormatRegistry
{
    private readonly Dictionary<string, IGraphExporter> _byName;

    public ExportFormatRegistry(IEnumerable<IGraphExporter> exporters)
    {
        _byName = new Dictionary<string, IGraphExporter>(StringComparer.OrdinalIgnoreCase);
        foreach (var exporter in exporters)
            if (!_byName.TryAdd(exporter.Format, exporter))
                throw new ArgumentException($"Two exporters claim the format '{exporter.Format}'.", nameof(exporters));
    }

    /// <summary>Cytoscape.js JSON, GraphML, GEXF and JSON lines.</summary>
    public static ExportFormatRegistry Default { get; } = new(
    [
        new CytoscapeJsonExporter(),
        new GraphMLExporter(),
        new GexfExporter(),
        new JsonLinesExporter(),
    ]);

    public IReadOnlyCollection<string> Names => _byName.Keys.Order(StringComparer.Ordinal).ToArray();

    public bool TryGet(string? format, out IGraphExporter exporter)
    {
        exporter = null!;
        return format is not null && _byName.TryGetValue(format.Trim(), out exporter!);
    }

    public IGraphExporter Get(string format) => TryGet(format, out var exporter)
        ? exporter
        : throw new ArgumentException($"Unknown export format '{format}'. Known formats: {string.Join(", ", Names)}.", nameof(format));
}
