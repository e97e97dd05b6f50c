using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace KoreaRussiaGraph.Explorer.Tests.Support;

/// <summary>Runs the checks in this project's node/ folder, installing its locked packages on first use.</summary>
public static class NodeScripts
{
    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    /// <summary>tests/KoreaRussiaGraph.Explorer.Tests/node, found from the test binary's folder upwards.</summary>
    public static string Folder { get; } = FindFolder();

    public static async Task<string> RunAsync(string script, params string[] arguments)
    {
        await EnsureInstalledAsync();
        var (exit, stdout, stderr) = await ProcessRunner.RunAsync("node", [Path.Combine(Folder, script), .. arguments], Folder, TimeSpan.FromMinutes(2));
        if (exit != 0) throw new InvalidOperationException($"node {script} exited {exit}: {stderr}");
        return stdout;
    }

    private static async Task EnsureInstalledAsync()
    {
        await InstallGate.WaitAsync();
        try
        {
            var stamp = Path.Combine(Folder, "node_modules", ".package-lock.json");
            if (File.Exists(stamp) && File.GetLastWriteTimeUtc(stamp) >= File.GetLastWriteTimeUtc(Path.Combine(Folder, "package-lock.json"))) return;
            var (exit, _, stderr) = await ProcessRunner.RunAsync("npm", ["ci", "--no-audit", "--no-fund"], Folder, TimeSpan.FromMinutes(5));
            if (exit != 0) throw new InvalidOperationException($"npm ci in {Folder} failed ({exit}): {stderr}");
        }
        finally
        {
            InstallGate.Release();
        }
    }

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "node", "check-exports.mjs");
            if (File.Exists(candidate)) return Path.GetDirectoryName(candidate)!;
            var fromRoot = Path.Combine(dir.FullName, "tests", "KoreaRussiaGraph.Explorer.Tests", "node", "check-exports.mjs");
            if (File.Exists(fromRoot)) return Path.GetDirectoryName(fromRoot)!;
        }
        // Built somewhere else (an IDE's output folder): the sources this file was compiled from still know.
        var besideSources = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(SourceFile())!, "..", "node"));
        if (File.Exists(Path.Combine(besideSources, "check-exports.mjs"))) return besideSources;
        throw new DirectoryNotFoundException("tests/KoreaRussiaGraph.Explorer.Tests/node not found above " + AppContext.BaseDirectory);
    }

    private static string SourceFile([CallerFilePath] string path = "") => path;
}

public static class ProcessRunner
{
    public static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string file, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', info.ArgumentList)} did not finish within {timeout}");
        }
        return (process.ExitCode, await stdout, await stderr);
    }
}
