using System.CommandLine;
using System.Text.Json;
using System.Xml.Linq;
using KoreaRussiaGraph.Explorer.Tests.Support;
using KoreaRussiaGraph.Export.Formats;
using KoreaRussiaGraph.Krg.Commands;

namespace KoreaRussiaGraph.Explorer.Tests.Cli;

/// <summary>`krg export` against a real embedded store file holding the sample graph.</summary>
public sealed class ExportCommandTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("krg-export-cli-").FullName;
    private string Database => Path.Combine(_folder, "graph.db");

    public async Task InitializeAsync()
    {
        await using var store = await SampleStore.CreateAsync(Database);
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    private Task<int> RunAsync(params string[] arguments) =>
        new RootCommand { ExportCommand.Create() }.Parse(["export", .. arguments, "--store", Database]).InvokeAsync();

    [Fact]
    public async Task Jsonl_writes_one_relation_per_line()
    {
        var file = Path.Combine(_folder, "all.jsonl");
        Assert.Equal(0, await RunAsync("--format", "jsonl", "--out", file));
        var lines = await File.ReadAllLinesAsync(file);
        Assert.Equal(SampleGraph.Relations.Select(r => r.Id).Order(), lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).Order());
    }

    [Fact]
    public async Task A_filtered_neighbourhood_exports_as_gexf()
    {
        var file = Path.Combine(_folder, "hood.gexf");
        Assert.Equal(0, await RunAsync("--format", "gexf", "--actor", "borduria", "--depth", "1", "--types", "SUPPLIED", "--out", file));
        XNamespace x = GexfExporter.Namespace;
        var doc = XDocument.Load(file);
        Assert.Equal(new[] { "borduria", "guild-of-gears" }, doc.Descendants(x + "node").Select(n => (string)n.Attribute("id")!).Order());
        Assert.Equal(new[] { SampleGraph.Supplied.Id, SampleGraph.SuppliedAgain.Id }.Order(), doc.Descendants(x + "edge").Select(e => (string)e.Attribute("id")!).Order());
    }

    [Fact]
    public async Task Unknown_actors_formats_and_bad_dates_fail_without_writing()
    {
        var file = Path.Combine(_folder, "never.graphml");
        Assert.NotEqual(0, await RunAsync("--format", "graphml", "--actor", "nobody-at-all", "--out", file));
        Assert.NotEqual(0, await RunAsync("--format", "dot", "--out", file));
        Assert.NotEqual(0, await RunAsync("--format", "graphml", "--from", "last spring", "--out", file));
        Assert.NotEqual(0, await RunAsync("--format", "graphml", "--types", "MEET", "--out", file));
        Assert.False(File.Exists(file));
    }
}
