using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.Core.Schema;
using KoreaRussiaGraph.Export.Registry;
using KoreaRussiaGraph.Export.Selection;

namespace KoreaRussiaGraph.Krg.Exports;

/// <summary>
/// <c>GET /export?format=cytoscape|graphml|gexf|jsonl</c> with optional <c>actor</c>, <c>depth</c>, <c>types</c>
/// (comma list), <c>from</c>, <c>to</c>, <c>statuses</c>, <c>includeUndated</c>, <c>aggregate=links</c> (one edge per
/// relationship instead of per cited relation): the whole graph or a neighbourhood as a download for graph tools.
/// </summary>
public static class ExportEndpoints
{
    public static WebApplication MapExports(this WebApplication app)
    {
        var limits = ExportLimits.From(app.Configuration);
        app.MapGet("/export", (HttpContext http, IGraphStore store, RelationTypeCatalog relationTypes, CancellationToken ct) => limits.Admit(http) is { } refused
            ? Task.FromResult(refused)
            : ExportAsync(http, store, relationTypes, ct)).WithName("Export");
        return app;
    }

    private static async Task<IResult> ExportAsync(HttpContext http, IGraphStore store, RelationTypeCatalog relationTypes, CancellationToken ct)
    {
        var query = http.Request.Query;
        var registry = ExportFormatRegistry.Default;
        string format = query["format"].ToString();
        if (string.IsNullOrWhiteSpace(format))
            return Error("format", $"'format' is required: one of {string.Join(", ", registry.Names)}.");
        if (!registry.TryGet(format, out var exporter))
            return Error("format", $"Unknown export format '{format}'. Known formats: {string.Join(", ", registry.Names)}.");

        ExportSelection selection;
        Export.Model.GraphExport graph;
        try
        {
            selection = ExportSelection.Parse(
                query["actor"], query["depth"], query["types"], query["from"], query["to"], query["statuses"],
                bool.TryParse(query["includeUndated"], out var undated) && undated,
                relationTypes.All.Select(t => t.Name).ToArray(), query["aggregate"]);
            graph = await new GraphExportLoader(store).LoadAsync(selection, ct);
        }
        catch (ExportSelectionException e)
        {
            return Error(e.Option, e.Message);
        }
        catch (GraphQueryException e)
        {
            return Results.Json(new { error = e.Message, code = e.Code, details = e.Details }, ErrorJson, statusCode: StatusCodes.Status400BadRequest);
        }

        var fileName = $"krg-{selection.Describe()}.{exporter.FileExtension}";
        return Results.Stream(
            output => exporter.WriteAsync(graph, output, ct),
            contentType: exporter.ContentType + "; charset=utf-8",
            fileDownloadName: fileName);
    }

    private static IResult Error(string parameter, string message) =>
        Results.Json(new { error = message, code = "INVALID_EXPORT_REQUEST", details = new { parameter } }, ErrorJson, statusCode: StatusCodes.Status400BadRequest);

    // Messages quote values with apostrophes ('MEET'); a JSON body needs no \u0027 for them.
    private static readonly System.Text.Json.JsonSerializerOptions ErrorJson = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
