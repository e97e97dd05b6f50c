using System.Diagnostics;
using System.Text;
using KoreaRussiaGraph.Explorer.Tests.Support;

namespace KoreaRussiaGraph.Explorer.Tests.Cli;

/// <summary>
/// README's quick start, from a working directory that is not the project folder: the server must read
/// src/Krg/appsettings.json (copied beside the binary) and so listen on the documented port 5080, not Kestrel's 5000.
/// </summary>
public sealed class QuickStartTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("krg-quickstart-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task Serve_without_settings_uses_the_port_of_appsettings_json_from_any_working_directory()
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(KrgServer.KrgDll());
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // Nothing that could name a port: only the appsettings.json beside the binary can.
        info.Environment.Remove("ASPNETCORE_URLS");
        info.Environment.Remove("URLS");
        info.Environment.Remove("DOTNET_URLS");
        info.Environment.Remove("ASPNETCORE_HTTP_PORTS");

        var log = new StringBuilder();
        var verdict = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var process = Process.Start(info)!;
        void Read(string? line)
        {
            if (line is null) return;
            lock (log) log.AppendLine(line);
            // Either it listens on 5080, or 5080 is taken by another krg on this machine and the bind error names it:
            // both prove which port the settings chose.
            if (line.Contains("Now listening on:") || line.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
                verdict.TrySetResult(line);
        }
        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var line = await verdict.Task.WaitAsync(TimeSpan.FromMinutes(2));
            Assert.Contains(":5080", line);
            Assert.DoesNotContain(":5000", log.ToString());
            // The relative Store:Path of appsettings.json resolves against the working directory, as README says.
            if (line.Contains("Now listening on:"))
            {
                var database = Path.Combine(_folder, "data", "graph.db");
                for (var i = 0; i < 120 && !File.Exists(database); i++) await Task.Delay(500);
                Assert.True(File.Exists(database), log.ToString());
            }
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
