using System.CommandLine;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.Ingestion.Reindexing;
using KoreaRussiaGraph.Krg.Hosting;
using Spectre.Console;

namespace KoreaRussiaGraph.Krg.Commands;

/// <summary>`krg reindex`: re-extracts every stored document from its kept raw text and reports the relations added and removed.</summary>
public static class ReindexCommand
{
    public static Command Create()
    {
        var store = new Option<string?>("--Store:Path", "--store") { Description = "SQLite file of the embedded store (default data/graph.db)." };
        var all = new Option<bool>("--all") { Description = "List every document, not only those whose relations changed." };
        var command = new Command("reindex",
            "Re-extract every stored document (after the extractor or graph-schema/ changed) and report what changed (+/- relations). Exit code 1 when any document failed.")
        {
            store, all,
        };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(store), parse.GetValue(all), ct));
        return command;
    }

    private static async Task<int> RunAsync(string? storePath, bool listAll, CancellationToken ct)
    {
        await using var services = KrgServices.Build(storePath is null ? null : [$"--Store:Path={storePath}"]);
        var graph = await services.OpenStoreAsync(ct);
        var reindexer = services.GetRequiredService<Reindexer>();
        var total = (await graph.ListDocumentsAsync(new PageRequest(0), ct)).TotalCount;

        ReindexReport report = null!;
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            report = await reindexer.ReindexAsync(null, ct);
        }
        else
        {
            await AnsiConsole.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("re-extracting", maxValue: Math.Max(total, 1));
                    report = await reindexer.ReindexAsync(new SynchronousProgress(task), ct);
                    task.Value = task.MaxValue;
                });
        }

        var table = new Table().Title($"Reindex with extractor {Markup.Escape(report.ExtractorVersion)}")
            .AddColumn("Document").AddColumn(new TableColumn("+").RightAligned()).AddColumn(new TableColumn("-").RightAligned())
            .AddColumn(new TableColumn("kept").RightAligned()).AddColumn("Note");
        foreach (var document in report.Documents.Where(d => listAll || d.Changed || d.Status == ReindexStatus.Failed))
            table.AddRow(new Text(document.DocumentId), new Text($"+{document.Added}"), new Text($"-{document.Removed}"),
                new Text(document.Kept.ToString()), new Text(document.Note ?? (document.Status == ReindexStatus.Reindexed ? "" : document.Status.ToString())));
        table.AddRow(new Markup("[bold]total[/]"), new Text($"+{report.Added}"), new Text($"-{report.Removed}"), new Text(report.Kept.ToString()),
            new Text($"{report.Reindexed} re-extracted, {report.Changed} changed, {report.Skipped} skipped, {report.Failed} failed"));
        AnsiConsole.Write(table);
        return report.Failed > 0 ? 1 : 0;
    }

    private sealed class SynchronousProgress(ProgressTask task) : IProgress<ReindexedDocument>
    {
        public void Report(ReindexedDocument value) => task.Increment(1);
    }
}
