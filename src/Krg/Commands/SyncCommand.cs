using System.CommandLine;
using KoreaRussiaGraph.Krg.Hosting;
using KoreaRussiaGraph.Storage.Neo4j;
using KoreaRussiaGraph.Storage.Neo4j.Http;
using KoreaRussiaGraph.Storage.Neo4j.Sync;
using Spectre.Console;

namespace KoreaRussiaGraph.Krg.Commands;

/// <summary>
/// `krg sync --to neo4j`: copies the embedded store (Store:Path) into Neo4j (Store:Neo4j:*). Resumable: documents
/// go in id order and those Neo4j already holds in the same version are skipped, so a rerun picks up where an
/// interrupted one stopped.
/// </summary>
public static class SyncCommand
{
    public static Command Create()
    {
        var to = new Option<string>("--to") { Description = "Target store; only 'neo4j' is supported.", Required = true };
        to.AcceptOnlyFromAmong("neo4j");
        var store = new Option<string?>("--Store:Path", "--store") { Description = "SQLite file of the embedded store to copy from (default data/graph.db)." };
        var uri = new Option<string?>("--Store:Neo4j:Uri", "--uri") { Description = "Neo4j HTTP endpoint (default from Store:Neo4j:Uri)." };
        var user = new Option<string?>("--Store:Neo4j:User", "--user") { Description = "Neo4j user (default from Store:Neo4j:User)." };
        var password = new Option<string?>("--Store:Neo4j:Password", "--password") { Description = "Neo4j password (default from Store:Neo4j:Password, e.g. env Store__Neo4j__Password)." };
        var database = new Option<string?>("--Store:Neo4j:Database", "--database") { Description = "Neo4j database (default neo4j)." };
        var force = new Option<bool>("--force") { Description = "Rewrite every document, even those Neo4j already holds in the same version." };
        var command = new Command("sync", "Copy the embedded store into Neo4j (actors, documents with raw text, relations). Safe to rerun: it resumes. Exit code 1 when a document failed.")
        {
            to, store, uri, user, password, database, force,
        };
        command.SetAction((parse, ct) =>
        {
            // The source is always the embedded store, whatever Store:Kind says (docker-compose sets it to neo4j).
            var overrides = new List<string> { "--Store:Kind=embedded" };
            void Add(string key, string? value) { if (value is not null) overrides.Add($"--{key}={value}"); }
            Add("Store:Path", parse.GetValue(store));
            Add("Store:Neo4j:Uri", parse.GetValue(uri));
            Add("Store:Neo4j:User", parse.GetValue(user));
            Add("Store:Neo4j:Password", parse.GetValue(password));
            Add("Store:Neo4j:Database", parse.GetValue(database));
            return RunAsync(overrides.ToArray(), parse.GetValue(force), ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(string[] overrides, bool force, CancellationToken ct)
    {
        await using var services = KrgServices.Build(overrides);
        var source = await services.OpenStoreAsync(ct);
        var options = Neo4jServiceCollectionExtensions.BindOptions(services.GetRequiredService<IConfiguration>());
        await using var target = new Neo4jGraphStore(options, http: null, services.GetService<ILogger<Neo4jGraphStore>>());
        try
        {
            await target.InitializeAsync(ct);
        }
        catch (Neo4jException ex)
        {
            // Unreachable server or wrong credentials: the message names the URI and user and what to check.
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(ex.Message)}[/]");
            return 2;
        }

        var copier = new StoreCopier(source, target);
        var total = await copier.CountDocumentsAsync(ct);
        var failures = new List<CopiedDocument>();
        CopyReport report = null!;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"documents -> {Markup.Escape(options.Uri)}", maxValue: Math.Max(total, 1));
                report = await copier.CopyAsync(force, new SynchronousProgress(task, failures), ct);
                task.Value = task.MaxValue;
            });

        foreach (var failure in failures)
            AnsiConsole.MarkupLine($"[red]failed[/] {Markup.Escape(failure.DocumentId)}: {Markup.Escape(failure.Error ?? "")}");
        AnsiConsole.MarkupLine($"{report.Actors} actors upserted; documents: {report.Copied} copied, {report.AlreadyThere} already in Neo4j, {report.Failed} failed.");
        return report.Failed > 0 ? 1 : 0;
    }

    private sealed class SynchronousProgress(ProgressTask task, List<CopiedDocument> failures) : IProgress<CopiedDocument>
    {
        public void Report(CopiedDocument value)
        {
            if (value.Status == CopyStatus.Failed) failures.Add(value);
            task.Increment(1);
        }
    }
}
