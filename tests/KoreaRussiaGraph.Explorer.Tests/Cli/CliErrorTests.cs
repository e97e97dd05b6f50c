using KoreaRussiaGraph.Explorer.Tests.Support;

namespace KoreaRussiaGraph.Explorer.Tests.Cli;

/// <summary>The real krg binary, run the way README runs it, where what it needs is missing: one plain line and a non-zero exit.</summary>
public sealed class CliErrorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("krg-cli-errors-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Task<(int Exit, string Stdout, string Stderr)> KrgAsync(params string[] arguments) =>
        ProcessRunner.RunAsync("dotnet", [KrgServer.KrgDll(), .. arguments], _folder, TimeSpan.FromMinutes(2));

    [Fact]
    public async Task Eval_without_the_shared_gold_folder_says_so_in_one_line()
    {
        // README's command in a clone that has no ../shared beside it.
        var seeds = Path.Combine(Path.GetDirectoryName(KrgServer.KrgDll())!, "seeds");
        var (exit, _, stderr) = await KrgAsync("eval", "--gold", "../shared/gold/seeds.jsonl", seeds);

        Assert.Equal(1, exit);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("krg eval: ", line);
        Assert.Contains("the gold file '../shared/gold/seeds.jsonl' does not exist", line);
        Assert.DoesNotContain("Exception", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public async Task Ingest_of_a_missing_path_reports_it_as_failed_with_a_non_zero_exit()
    {
        var (exit, stdout, stderr) = await KrgAsync("ingest", "no-such-folder", "--store", Path.Combine(_folder, "graph.db"));

        Assert.Equal(1, exit);
        Assert.DoesNotContain("   at ", stderr + stdout);
        Assert.Contains("file not found", stdout);
    }
}
