using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace KoreaRussiaGraph.Benchmarks.Graph;

/// <summary>
/// Exports the store's graph to CSV (each actor with its degree, computed once at load like the store's), then runs
/// bench/peers/kuzu/run.js (Kuzu 0.11.3 from npm) on the same warm-up and measured queries, with the same cap per
/// query, and reads its JSON report. Queries past the cap are counted as capped.
/// </summary>
internal sealed class KuzuPeer(string databasePath, string workFolder, string scriptFolder)
{
    public sealed record Report(double LoadMs, Latencies Neighbourhood, Latencies Paths3, Latencies Paths1);

    public static string? FindScriptFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bench", "peers", "kuzu");
            if (File.Exists(Path.Combine(candidate, "run.js"))) return candidate;
        }
        return null;
    }

    public async Task<Report> RunAsync(IReadOnlyList<string> warmupCenters, IReadOnlyList<(string From, string To)> warmupPairs,
        IReadOnlyList<string> centers, IReadOnlyList<(string From, string To)> pairs, int limit, TimeSpan cap)
    {
        var input = Path.Combine(workFolder, "kuzu-input");
        Directory.CreateDirectory(input);
        await ExportAsync(input);
        await File.WriteAllTextAsync(Path.Combine(input, "queries.json"), JsonSerializer.Serialize(new
        {
            limit,
            capMs = (int)cap.TotalMilliseconds,
            warmupNeighbourhood = warmupCenters,
            warmupPaths = warmupPairs.Select(p => new[] { p.From, p.To }),
            neighbourhood = centers,
            paths = pairs.Select(p => new[] { p.From, p.To }),
        }));

        if (!Directory.Exists(Path.Combine(scriptFolder, "node_modules", "kuzu")))
            throw new InvalidOperationException($"Kuzu is not installed: run `npm ci` in {scriptFolder}.");
        var start = new ProcessStartInfo("node", [Path.Combine(scriptFolder, "run.js"), input])
        {
            WorkingDirectory = scriptFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"Kuzu peer failed ({process.ExitCode}): {await stderr}");

        using var json = JsonDocument.Parse(await stdout);
        var root = json.RootElement;
        Latencies Read(string name)
        {
            var latencies = new Latencies(name);
            foreach (var q in root.GetProperty(name).EnumerateArray())
                if (q.TryGetProperty("error", out _)) latencies.AddCapped(cap.TotalMilliseconds);
                else latencies.Add(q.GetProperty("ms").GetDouble(), cap.TotalMilliseconds);
            return latencies;
        }
        return new Report(root.GetProperty("loadMs").GetDouble(), Read("neighbourhood"), Read("paths3"), Read("paths1"));
    }

    private async Task ExportAsync(string folder)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();

        await using (var actors = new StreamWriter(Path.Combine(folder, "actors.csv")))
        {
            await actors.WriteLineAsync("id,degree");
            await using var command = connection.CreateCommand();
            // Degree as the store counts it: every relation touching the actor, whatever its status.
            command.CommandText = """
                SELECT a.id, COALESCE((SELECT COUNT(*) FROM relations r WHERE r.source_id = a.id), 0)
                           + COALESCE((SELECT COUNT(*) FROM relations r WHERE r.target_id = a.id AND r.source_id <> a.id), 0)
                FROM actors a ORDER BY a.id
                """;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) await actors.WriteLineAsync($"{reader.GetString(0)},{reader.GetInt64(1)}");
        }

        await using (var relations = new StreamWriter(Path.Combine(folder, "relations.csv")))
        {
            await relations.WriteLineAsync("from,to,rid,type,status,date_start,date_end");
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT source_id, target_id, id, type, status, date_start, date_end FROM relations";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                await relations.WriteLineAsync(string.Join(',',
                    reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                    reader.IsDBNull(5) ? "" : reader.GetInt64(5).ToString(), reader.IsDBNull(6) ? "" : reader.GetInt64(6).ToString()));
        }
    }
}
