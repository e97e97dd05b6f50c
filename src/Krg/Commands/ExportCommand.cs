using System.CommandLine;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.Export.Registry;
using KoreaRussiaGraph.Export.Selection;
using KoreaRussiaGraph.Krg.Hosting;

namespace KoreaRussiaGraph.Krg.Commands;

/// <summary>
/// `krg export --format jsonl|cytoscape|graphml|gexf [--actor id --depth n --types A,B --from --to] [--out file]`:
/// the whole graph or a neighbourhood, in the same formats as GET /export.
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var registry = ExportFormatRegistry.Default;
        var format = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", registry.Names)}.",
            Required = true,
        };
        format.AcceptOnlyFromAmong([.. registry.Names]);
        var actor = new Option<string?>("--actor") { Description = "Export this actor's neighbourhood instead of the whole graph (actor id, e.g. kim-jong-un)." };
        var depth = new Option<int?>("--depth") { Description = $"Neighbourhood radius {QueryBounds.MinDepth}..{QueryBounds.MaxDepth} (default {ExportSelection.DefaultDepth}); needs --actor." };
        var types = new Option<string?>("--types") { Description = "Relation types to keep, comma separated (e.g. MET,SUPPLIED)." };
        var from = new Option<string?>("--from") { Description = "Keep relations dated on or after this partial date (YYYY, YYYY-MM or YYYY-MM-DD)." };
        var to = new Option<string?>("--to") { Description = "Keep relations dated on or before this partial date." };
        var statuses = new Option<string?>("--statuses") { Description = "Claim statuses to keep, comma separated (default ASSERTED,ALLEGED)." };
        var includeUndated = new Option<bool>("--include-undated") { Description = "With --from/--to, keep relations that have no date." };
        var aggregate = new Option<string?>("--aggregate") { Description = "relations (default: one edge per cited relation) or links (one edge per relationship, weight = evidence count, with documents, outlets, first and last date)." };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write to this file instead of standard output." };
        var store = new Option<string?>("--Store:Path", "--store") { Description = "SQLite file of the embedded store (default data/graph.db)." };

        var command = new Command("export", "Export the graph (or a neighbourhood) for graph tools: Cytoscape.js JSON, GraphML, GEXF (Gephi) or JSON lines (one relation per line).")
        {
            format, actor, depth, types, from, to, statuses, includeUndated, aggregate, output, store,
        };
        command.SetAction(async (parse, ct) =>
        {
            ExportSelection selection;
            try
            {
                selection = ExportSelection.Parse(parse.GetValue(actor), parse.GetValue(depth)?.ToString(), parse.GetValue(types),
                    parse.GetValue(from), parse.GetValue(to), parse.GetValue(statuses), parse.GetValue(includeUndated),
                    KrgServices.RelationTypeNames(KrgServices.Configuration()), parse.GetValue(aggregate));
            }
            catch (Exception e) when (e is ExportSelectionException or GraphQueryException)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 2;
            }
            return await RunAsync(registry.Get(parse.GetValue(format)!), selection, parse.GetValue(output), parse.GetValue(store), ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(Export.IGraphExporter exporter, ExportSelection selection, FileInfo? output, string? storePath, CancellationToken ct)
    {
        await using var services = KrgServices.Build(storePath is null ? null : [$"--Store:Path={storePath}"]);
        var store = await services.OpenStoreAsync(ct);
        Export.Model.GraphExport graph;
        try
        {
            graph = await new GraphExportLoader(store).LoadAsync(selection, ct);
        }
        catch (GraphQueryException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }

        if (output is null)
        {
            await using var stdout = Console.OpenStandardOutput();
            await exporter.WriteAsync(graph, stdout, ct);
        }
        else
        {
            output.Directory?.Create();
            await using (var file = output.Create()) await exporter.WriteAsync(graph, file, ct);
            await Console.Error.WriteLineAsync($"Wrote {graph.Actors.Count} actors and {graph.Relations.Count} relations as {exporter.Format} to {output.FullName}");
        }
        return 0;
    }
}
