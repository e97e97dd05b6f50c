using KoreaRussiaGraph.Export.Model;

namespace KoreaRussiaGraph.Export.Formats;

/// <summary>
/// Writes the file synchronously into memory, then copies it out asynchronously: XmlWriter and
/// Utf8JsonWriter are simplest synchronous, and ASP.NET forbids synchronous writes to a response.
/// A graph export is megabytes at most, so the buffer is cheap.
/// </summary>
public abstract class BufferedExporter : IGraphExporter
{
    public abstract string Format { get; }
    public abstract string ContentType { get; }
    public abstract string FileExtension { get; }

    protected abstract void Write(GraphExport graph, Stream buffer);

    public async Task WriteAsync(GraphExport graph, Stream output, CancellationToken ct = default)
    {
        using var buffer = new MemoryStream();
        Write(graph, buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, ct);
    }
}
