using System.Diagnostics;

namespace KoreaRussiaGraph.Storage.Neo4j.Tests.Infrastructure;

/// <summary>Runs command-line tools the tests lean on (node, npm, docker-compose) and says when one is missing.</summary>
public static class Tooling
{
    public sealed record Run(int ExitCode, string Stdout, string Stderr);

    /// <summary>The first of <paramref name="candidates"/> found on PATH, or null.</summary>
    public static string? Find(params string[] candidates)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var name in candidates)
            foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var full = Path.Combine(dir, name);
                if (File.Exists(full)) return full;
            }
        return null;
    }

    public static async Task<Run> RunAsync(string file, IEnumerable<string> args, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try { await process.WaitForExitAsync(cts.Token); }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', start.ArgumentList)} did not finish within {timeout}");
        }
        return new Run(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>The repository root (the folder holding KoreaRussiaGraph.sln), found upwards from the test binary.</summary>
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "KoreaRussiaGraph.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("KoreaRussiaGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
