using System.CommandLine;
using System.Text.Json;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.Explorer.Tests.Support;
using KoreaRussiaGraph.Krg.Commands;
using KoreaRussiaGraph.Storage.Embedded;

namespace KoreaRussiaGraph.Explorer.Tests.Cli;

/// <summary>Issue 16: `krg import` reads exactly what `krg export --format jsonl` writes.</summary>
public sealed class ImportCommandTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("krg-import-cli-").FullName;
    private string Source => Path.Combine(_folder, "source.db");
    private string Target => Path.Combine(_folder, "target.db");

    public async Task InitializeAsync()
    {
        await using var store = await SampleStore.CreateAsync(Source);
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    private static Task<int> ExportAsync(string database, string file, params string[] more) =>
        new RootCommand { ExportCommand.Create() }.Parse(["export", "--format", "jsonl", "--out", file, "--store", database, .. more]).InvokeAsync();

    private static Task<int> ImportAsync(string database, string file) =>
        new RootCommand { ImportCommand.Create() }.Parse(["import", file, "--store", database]).InvokeAsync();

    [Fact]
    public async Task Export_then_import_into_an_empty_store_then_export_gives_identical_lines()
    {
        var first = Path.Combine(_folder, "first.jsonl");
        var second = Path.Combine(_folder, "second.jsonl");
        const string every = "ASSERTED,ALLEGED,DENIED,PLANNED";
        Assert.Equal(0, await ExportAsync(Source, first, "--statuses", every));
        Assert.True((await File.ReadAllLinesAsync(first)).Length >= SampleGraph.Relations.Count);

        Assert.Equal(0, await ImportAsync(Target, first));
        Assert.Equal(0, await ExportAsync(Target, second, "--statuses", every));

        Assert.Equal(await File.ReadAllLinesAsync(first), await File.ReadAllLinesAsync(second));
    }

    [Fact]
    public async Task Bad_lines_are_reported_by_number_and_skipped_and_the_rest_is_imported()
    {
        var export = Path.Combine(_folder, "export.jsonl");
        Assert.Equal(0, await ExportAsync(Source, export, "--statuses", "ASSERTED,ALLEGED,DENIED,PLANNED"));
        var good = await File.ReadAllLinesAsync(export);
        var broken = JsonDocument.Parse(good[0]).RootElement.EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Name == "status" ? JsonSerializer.SerializeToElement("RUMOURED") : p.Value.Clone());
        var lines = new List<string> { good[0], "{ not json", JsonSerializer.Serialize(broken), "[1, 2]" };
        lines.AddRange(good.Skip(1));
        var file = Path.Combine(_folder, "mixed.jsonl");
        await File.WriteAllLinesAsync(file, lines);

        var errors = new StringWriter();
        var original = Console.Error;
        Console.SetError(errors);
        int exit;
        try { exit = await ImportAsync(Target, file); }
        finally { Console.SetError(original); }

        Assert.Equal(1, exit);
        var report = errors.ToString();
        Assert.Contains("mixed.jsonl:2: skipped: not valid JSON", report);
        Assert.Contains("mixed.jsonl:3: skipped: 'status' must be one of", report);
        Assert.Contains("mixed.jsonl:4: skipped: not a JSON object", report);
        Assert.DoesNotContain("mixed.jsonl:1:", report);
        Assert.DoesNotContain("mixed.jsonl:5:", report);

        await using var store = new EmbeddedGraphStore(new EmbeddedStoreOptions { Path = Target, ChangePollInterval = TimeSpan.Zero });
        await store.InitializeAsync();
        var everything = new RelationFilter { Statuses = Enum.GetValues<ClaimStatus>().ToHashSet() };
        var imported = await store.FindRelationsAsync(everything, null, new PageRequest(1000));
        Assert.Equal(good.Length, imported.Items.Count);
        var sample = SampleGraph.Relations.First(r => r.Id == imported.Items[0].Id);
        Assert.Equal(sample.Citation.Quote, imported.Items[0].Citation.Quote);
        Assert.Equal(sample.Date, imported.Items[0].Date);
        Assert.NotNull(await store.GetDocumentAsync(sample.Citation.DocumentId));
        Assert.True((await store.GetDocumentAsync(sample.Citation.DocumentId))!.RelationCount > 0);
    }

    [Fact]
    public async Task Importing_the_same_file_twice_duplicates_nothing()
    {
        var export = Path.Combine(_folder, "export.jsonl");
        Assert.Equal(0, await ExportAsync(Source, export));
        Assert.Equal(0, await ImportAsync(Target, export));
        Assert.Equal(0, await ImportAsync(Target, export));
        var again = Path.Combine(_folder, "again.jsonl");
        Assert.Equal(0, await ExportAsync(Target, again));
        Assert.Equal(await File.ReadAllLinesAsync(export), await File.ReadAllLinesAsync(again));
    }
}
