namespace KoreaRussiaGraph.Api.Tests.Processes;

/// <summary>Issue 14, item 7: an unknown command fails with the list of commands instead of starting the server.</summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("imprt")]
    [InlineData("ingset")]
    public async Task An_unknown_command_exits_non_zero_naming_it_and_the_commands(string command)
    {
        var result = await KrgProcess.RunAsync(command, "somewhere.txt");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains($"unknown command '{command}'", result.Error);
        foreach (var known in new[] { "serve", "ingest", "extract", "export", "reindex" }) Assert.Contains(known, result.Error);
    }

    [Fact]
    public async Task Import_of_a_missing_file_exits_2_naming_it()
    {
        var result = await KrgProcess.RunAsync("import", "somewhere.jsonl");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("somewhere.jsonl does not exist", result.Error);
    }

    [Fact]
    public async Task A_known_command_still_runs()
    {
        var result = await KrgProcess.RunAsync("schema");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("type Query", result.Output);
    }
}
