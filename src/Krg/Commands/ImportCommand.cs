using System.CommandLine;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Export.Import;
using KoreaRussiaGraph.Krg.Hosting;

namespace KoreaRussiaGraph.Krg.Commands;

/// <summary>
/// `krg import FILE.jsonl [--store path]`: bulk-loads relations in the shape `krg export --format jsonl` writes, to move a
/// graph between instances or restore a backup. Bad lines are reported with their number and skipped; exit code 1 when
/// there were any (everything else is imported), 2 when the file cannot be read or the store takes no imports.
/// </summary>
public static class ImportCommand
{
    private const int BadLinesShown = 50;

    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A JSON-lines file written by krg export --format jsonl." };
        var store = new Option<string?>("--Store:Path", "--store") { Description = "SQLite file of the embedded store (default data/graph.db)." };
        var command = new Command("import", "Import relations from a JSON-lines export (krg export --format jsonl); actors and documents are created from the lines. Exit code 1 when bad lines were skipped.")
        {
            file, store,
        };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(file)!, parse.GetValue(store), ct));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo file, string? storePath, CancellationToken ct)
    {
        if (!file.Exists)
        {
            await Console.Error.WriteLineAsync($"krg import: {file.FullName} does not exist");
            return 2;
        }
        await using var services = KrgServices.Build(storePath is null ? null : [$"--Store:Path={storePath}"]);
        var store = await services.OpenStoreAsync(ct);
        if (store is not IGraphImport importer)
        {
            await Console.Error.WriteLineAsync("krg import: the configured store takes no bulk imports; import into the embedded store (Store:Kind=embedded), then copy it with krg sync --to neo4j");
            return 2;
        }

        using var input = new StreamReader(file.FullName, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 20);
        var shown = 0;
        var report = await JsonLinesImport.RunAsync(input, importer, (number, error) =>
        {
            if (shown++ < BadLinesShown) Console.Error.WriteLine($"{file.Name}:{number}: skipped: {error}");
        }, new Progress<long>(written => Console.Error.Write($"\r  {written:N0} relations written")), ct);
        Console.Error.WriteLine();
        if (report.BadLines > BadLinesShown) await Console.Error.WriteLineAsync($"... and {report.BadLines - BadLinesShown:N0} more bad lines");
        var outcome = report.Outcome;
        await Console.Error.WriteLineAsync(
            $"Imported {outcome.Relations:N0} relations from {report.Lines:N0} lines of {file.Name} in {report.Elapsed.TotalSeconds:F1} s " +
            $"({outcome.ActorsCreated:N0} actors and {outcome.DocumentsCreated:N0} documents created; {report.BadLines:N0} bad lines skipped)");
        return report.BadLines > 0 ? 1 : 0;
    }
}
