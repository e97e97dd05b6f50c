using KoreaRussiaGraph.Export;
using KoreaRussiaGraph.Export.Model;

namespace KoreaRussiaGraph.Explorer.Tests.Support;

public static class Exported
{
    public static async Task<byte[]> BytesAsync(IGraphExporter exporter, GraphExport graph)
    {
        using var stream = new MemoryStream();
        await exporter.WriteAsync(graph, stream);
        return stream.ToArray();
    }

    public static async Task<string> TextAsync(IGraphExporter exporter, GraphExport graph) =>
        System.Text.Encoding.UTF8.GetString(await BytesAsync(exporter, graph));
}
