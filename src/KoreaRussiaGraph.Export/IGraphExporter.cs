using KoreaRussiaGraph.Export.Model;

namespace KoreaRussiaGraph.Export;

/// <summary>Writes a graph in one file format that graph tools read.</summary>
public interface IGraphExporter
{
    /// <summary>The name used on the command line and in <c>/export?format=</c>.</summary>
    string Format { get; }

    string ContentType { get; }

    /// <summary>File extension without the dot, for download names.</summary>
    string FileExtension { get; }

    Task WriteAsync(GraphExport graph, Stream output, CancellationToken ct = default);
}
