using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace KoreaRussiaGraph.Explorer.Tests.Support;

/// <summary>
/// The real krg server, as `dotnet run` would start it: the built krg.dll on Kestrel at 127.0.0.1 on a free
/// port, with a fresh store in a temporary folder that is also its working directory (so nothing depends on
/// running from the checkout). It seeds itself from the default seeds on first start.
/// </summary>
public sealed class KrgServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly string _folder;

    public Uri BaseAddress { get; }

    /// <summary>The embedded store's SQLite file, for CLI commands run against the same graph.</summary>
    public string StorePath => Path.Combine(_folder, "graph.db");

    /// <summary>The folder the server's inbox worker watches.</summary>
    public string InboxPath => Path.Combine(_folder, "inbox");

    private KrgServer(Process process, Uri baseAddress, string folder)
    {
        _process = process;
        BaseAddress = baseAddress;
        _folder = folder;
    }

    public string Log { get { lock (_log) return _log.ToString(); } }

    public static async Task<KrgServer> StartAsync(TimeSpan timeout)
    {
        var folder = Directory.CreateTempSubdirectory("krg-server-").FullName;
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            KrgDll(), "serve",
            $"--urls=http://127.0.0.1:{port}",
            $"--Store:Kind=embedded",
            $"--Store:Path={Path.Combine(folder, "graph.db")}",
            $"--Ingestion:InboxPath={Path.Combine(folder, "inbox")}",
        }) info.ArgumentList.Add(argument);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start krg");
        var server = new KrgServer(process, new Uri($"http://127.0.0.1:{port}/"), folder);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitUntilSeededAsync(timeout);
        return server;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_log) _log.AppendLine(line);
    }

    /// <summary>Ready means the page is served and the first-start seeding has put relations in the graph.</summary>
    private async Task WaitUntilSeededAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();
        var last = "";
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited) throw new InvalidOperationException($"krg exited with {_process.ExitCode}:\n{Log}");
            try
            {
                var response = await http.PostAsJsonAsync("graphql", new { query = "{ stats { relations } }" });
                last = await response.Content.ReadAsStringAsync();
                if (response.StatusCode == HttpStatusCode.OK
                    && JsonDocument.Parse(last).RootElement.GetProperty("data").GetProperty("stats").GetProperty("relations").GetInt32() > 0)
                    return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException or KeyNotFoundException or InvalidOperationException)
            {
                last = e.Message;
            }
            await Task.Delay(500);
        }
        throw new TimeoutException($"krg did not serve a seeded graph within {timeout} (last answer: {last}):\n{Log}");
    }

    /// <summary>src/Krg/bin/&lt;configuration&gt;/net10.0/krg.dll, built with this test project (it references Krg).</summary>
    public static string KrgDll()
    {
        var besideTests = Path.Combine(AppContext.BaseDirectory, "krg.dll");
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent?.Name ?? "Debug";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Krg", "bin", configuration, "net10.0", "krg.dll");
            if (File.Exists(candidate)) return candidate;
        }
        return File.Exists(besideTests) ? besideTests : throw new FileNotFoundException("krg.dll not found; build src/Krg first");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
