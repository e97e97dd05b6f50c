using System.CommandLine;
using KoreaRussiaGraph.Ingestion.Ingesting;
using KoreaRussiaGraph.Krg.Hosting;
using KoreaRussiaGraph.Sources;
using KoreaRussiaGraph.Sources.Feeds;
using KoreaRussiaGraph.Sources.State;
using Spectre.Console;

namespace KoreaRussiaGraph.Krg.Commands;

/// <summary>`krg feeds [--poll]`: the configured feeds and their last poll; with --poll, polls each once now, with progress.</summary>
public static class FeedsCommand
{
    public static Command Create()
    {
        var poll = new Option<bool>("--poll") { Description = "Poll every configured feed once now (conditional requests; new items' pages are ingested) before showing the table." };
        var store = new Option<string?>("--Store:Path", "--store") { Description = "SQLite file of the embedded store (default data/graph.db)." };
        var command = new Command("feeds", "Show the feeds listed under Sources:Feeds with their last poll, items seen and ingested, and errors. Exit code 1 when a feed's last poll failed.")
        {
            poll, store,
        };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(poll), parse.GetValue(store), ct));
        return command;
    }

    private static async Task<int> RunAsync(bool poll, string? storePath, CancellationToken ct)
    {
        await using var services = KrgServices.Build(storePath is null ? null : [$"--Store:Path={storePath}"]);
        var options = services.GetRequiredService<SourcesOptions>();
        if (options.Feeds.Count == 0) AnsiConsole.MarkupLine("[yellow]No feeds configured: list them under Sources:Feeds (see README, Web sources).[/]");
        if (poll && options.Feeds.Count > 0)
        {
            await services.OpenStoreAsync(ct);
            var poller = services.GetRequiredService<FeedPoller>();
            var reports = new List<FeedPollReport>();
            await AnsiConsole.Progress().AutoClear(false)
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async context =>
                {
                    await Parallel.ForEachAsync(options.Feeds, ct, async (feed, token) =>
                    {
                        var task = context.AddTask(Markup.Escape(feed.Url), maxValue: 1);
                        var progress = new Progress<IngestOutcome>(_ => task.Increment(1));
                        var report = await poller.PollAsync(new Uri(feed.Url), progress, token, found => task.MaxValue = Math.Max(1, found));
                        task.Value = task.MaxValue;
                        task.Description = Markup.Escape($"{feed.Url}: {report.Status}, {report.New} new, {report.Ingested} ingested, {report.Failed} failed");
                        lock (reports) reports.Add(report);
                    });
                });
        }

        var sources = services.GetRequiredService<SourceDirectory>().List();
        var table = new Table().Title("Feeds").AddColumn("Feed").AddColumn("Last polled").AddColumn("Status")
            .AddColumn(new TableColumn("Seen").RightAligned()).AddColumn(new TableColumn("Ingested").RightAligned()).AddColumn("Error");
        foreach (var source in sources)
            table.AddRow(new Text(source.Url), new Text(source.LastPolledAt?.ToString("u") ?? "never"),
                new Markup(source.LastStatus == SourcePollStatus.Failed ? "[red]Failed[/]" : source.LastStatus.ToString()),
                new Text(source.ItemsSeen.ToString()), new Text(source.ItemsIngested.ToString()), new Text(source.Error ?? ""));
        AnsiConsole.Write(table);
        return sources.Any(s => s.LastStatus == SourcePollStatus.Failed) ? 1 : 0;
    }
}
