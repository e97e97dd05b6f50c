using System.Diagnostics;

namespace KoreaRussiaGraph.Api.Tests.Processes;

public sealed record ProcessResult(int ExitCode, string Output, string Error, TimeSpan Elapsed, DateTime ExitedAt);

/// <summary>Runs the real `krg` binary (built beside the tests) as a separate process, killed if it outlives the bound.</summary>
public static class KrgProcess
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    public static async Task<ProcessResult> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "krg.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // A server started by mistake must not take a real port: bind it to a free loopback port if it ever starts.
        start.Environment["Urls"] = "http://127.0.0.1:0";

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Bound);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"krg {string.Join(' ', arguments)} was still running after {Bound.TotalSeconds} s; output: {await output}");
        }
        return new ProcessResult(process.ExitCode, await output, await error, clock.Elapsed, DateTime.UtcNow);
    }
}
