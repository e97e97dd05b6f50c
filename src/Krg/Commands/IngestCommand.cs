using System.CommandLine;
using System.Diagnostics;
using KoreaRussiaGraph.Ingestion.Ingesting;
using KoreaRussiaGraph.Krg.Hosting;
using Spectre.Console;

namespace KoreaRussiaGraph.Krg.Commands;

/// <summary>`krg ingest &lt;paths and URLs…&gt; [--urls FILE]`: ingests files, folders and web pages into the configured store with a live progress bar and a summary.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files (.txt, .md, .html, .htm, each with an optional <name>.meta.json sidecar), folders (walked recursively) and http(s) URLs of pages to fetch.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var urls = new Option<FileInfo?>("--urls") { Description = "A file of page URLs, one a line (blank lines and lines starting with # are skipped)." };
        var store = new Option<string?>("--Store:Path", "--store") { Description = "SQLite file of the embedded store (default data/graph.db)." };
        var command = new Command("ingest",
            "Ingest documents into the store: unchanged ones are skipped, changed ones replace their relations, bad ones are recorded as failed with the reason. Exit code 1 when any document failed.")
        {
            paths, urls, store,
        };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(paths) ?? [], parse.GetValue(urls), parse.GetValue(store), ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] arguments, FileInfo? urlFile, string? storePath, CancellationToken ct)
    {
        var (paths, pages) = WebIngest.Split(arguments, urlFile);
        await using var services = KrgServices.Build(storePath is null ? null : [$"--Store:Path={storePath}"]);
        await services.OpenStoreAsync(ct);
        var ingestor = services.GetRequiredService<DocumentIngestor>();
        var files = paths.Count == 0 ? [] : ingestor.ExpandPaths(paths);
        if (files.Count + pages.Count == 0)
        {
            AnsiConsole.MarkupLine("[yellow]No documents found under the given paths.[/]");
            return 0;
        }

        BatchReport report = null!;
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            // Redirected output (CI logs, pipes) gets the summary only; a live bar would print noise.
            report = await WebIngest.IngestAsync(services, ingestor, files, pages, null, ct);
        }
        else
        {
            await AnsiConsole.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("documents", maxValue: files.Count + pages.Count);
                    var tally = new LiveTally(task, files.Count + pages.Count);
                    report = await WebIngest.IngestAsync(services, ingestor, files, pages, tally, ct);
                    tally.Finish();
                });
        }

        PrintSummary(report);
        return report.Failed > 0 ? 1 : 0;
    }

    private static void PrintSummary(BatchReport report)
    {
        var summary = new Table().Title("Ingestion summary").AddColumn("Outcome").AddColumn(new TableColumn("Documents").RightAligned()).AddColumn(new TableColumn("Relations").RightAligned());
        summary.AddRow("ingested", report.Ingested.ToString(), $"{report.Relations} (+{report.RelationsAdded} / -{report.RelationsRemoved})");
        summary.AddRow("skipped as unchanged", report.Unchanged.ToString(), report.Outcomes.Where(o => o.Status == IngestStatus.Unchanged).Sum(o => o.Relations).ToString());
        summary.AddRow(report.Failed > 0 ? "[red]failed[/]" : "failed", report.Failed.ToString(), "0");
        summary.AddRow("[bold]total[/]", report.Outcomes.Count.ToString(), "");
        summary.Caption($"{report.Elapsed.TotalSeconds:0.00} s, {report.DocumentsPerSecond:0.0} docs/s, {report.Bytes / 1048576.0:0.00} MB");
        AnsiConsole.Write(summary);

        if (report.Failed == 0) return;
        var failures = new Table().Title("[red]Failed documents[/]").AddColumn("Document").AddColumn("File or URL").AddColumn("Reason");
        foreach (var failure in report.Failures)
            failures.AddRow(new Text(failure.DocumentId), new Text(failure.SourcePath ?? ""), new Text(failure.Error ?? ""));
        AnsiConsole.Write(failures);
    }

    /// <summary>Counts outcomes as they arrive from the ingestion threads and keeps the progress line current.</summary>
    private sealed class LiveTally(ProgressTask task, int total) : IProgress<IngestOutcome>
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly Lock _gate = new();
        private int _done, _relations, _failed;

        public void Report(IngestOutcome value)
        {
            lock (_gate)
            {
                _done++;
                _relations += value.Status == IngestStatus.Failed ? 0 : value.Relations;
                if (value.Status == IngestStatus.Failed) _failed++;
                task.Increment(1);
                task.Description = Describe();
            }
        }

        public void Finish()
        {
            lock (_gate) task.Description = Describe();
        }

        private string Describe()
        {
            var rate = _done / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
            var failed = _failed > 0 ? $", [red]{_failed} failed[/]" : "";
            return $"documents {_done}/{total}, relations {_relations}{failed}, {rate:0.0} docs/s";
        }
    }
}
