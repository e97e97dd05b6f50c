using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace KoreaRussiaGraph.Benchmarks.Graph;

/// <summary>
/// The same queries as plain SQL on the store's own SQLite file: recursive CTEs over the indexed relations table
/// (indexes on source_id, target_id, document_id). This is what the store would do without its in-memory index.
/// A query running past the cap is interrupted and counted at the cap.
/// </summary>
internal sealed class CtePeer(string databasePath, TimeSpan cap)
{
    private const string Statuses = "('ASSERTED', 'ALLEGED')";

    // Both directions, default statuses; each actor keeps its smallest hop count; ties by degree then id.
    private const string NeighbourhoodNodesSql = $"""
        WITH RECURSIVE walk(id, hops) AS (
            SELECT $center, 0
            UNION
            SELECT r.target_id, w.hops + 1 FROM walk w JOIN relations r ON r.source_id = w.id
             WHERE w.hops < $depth AND r.status IN {Statuses}
            UNION
            SELECT r.source_id, w.hops + 1 FROM walk w JOIN relations r ON r.target_id = w.id
             WHERE w.hops < $depth AND r.status IN {Statuses}
        ),
        reached AS (SELECT id, MIN(hops) AS hops FROM walk GROUP BY id)
        SELECT id, hops FROM reached
        ORDER BY hops,
                 (SELECT COUNT(*) FROM relations x WHERE x.source_id = reached.id)
               + (SELECT COUNT(*) FROM relations x WHERE x.target_id = reached.id AND x.source_id <> reached.id) DESC,
                 id
        LIMIT $limit
        """;

    private const string InducedEdgesSql = $"""
        WITH chosen(id) AS (SELECT value FROM json_each($ids))
        SELECT r.* FROM chosen c JOIN relations r ON r.source_id = c.id
        WHERE r.target_id IN (SELECT id FROM chosen) AND r.status IN {Statuses}
        """;

    // Simple paths as ',a,b,c,' strings, explored shortest first (the ORDER BY makes the CTE queue a priority
    // queue), so the outer LIMIT stops as soon as k paths reach the target. UNION drops parallel-edge duplicates.
    private const string PathsSql = $"""
        WITH RECURSIVE walk(node, hops, path) AS (
            SELECT $from, 0, ',' || $from || ','
            UNION
            SELECT r.target_id, w.hops + 1, w.path || r.target_id || ',' FROM walk w JOIN relations r ON r.source_id = w.node
             WHERE w.hops < $maxHops AND w.node <> $to AND r.status IN {Statuses} AND instr(w.path, ',' || r.target_id || ',') = 0
            UNION
            SELECT r.source_id, w.hops + 1, w.path || r.source_id || ',' FROM walk w JOIN relations r ON r.target_id = w.node
             WHERE w.hops < $maxHops AND w.node <> $to AND r.status IN {Statuses} AND instr(w.path, ',' || r.source_id || ',') = 0
            ORDER BY 2, 3
        )
        SELECT path FROM walk WHERE node = $to LIMIT $k
        """;

    private const string HopEvidenceSql = $"""
        SELECT * FROM relations WHERE source_id = $a AND target_id = $b AND status IN {Statuses}
        UNION ALL
        SELECT * FROM relations WHERE source_id = $b AND target_id = $a AND status IN {Statuses}
        """;

    public async Task<Latencies> NeighbourhoodAsync(IEnumerable<string> centers, int depth, int limit)
    {
        var latencies = new Latencies("neighbourhood");
        await using var connection = await OpenAsync();
        foreach (var center in centers)
            await MeasureAsync(connection, latencies, async () =>
            {
                var ids = new List<string>();
                await using (var nodes = Command(connection, NeighbourhoodNodesSql, ("$center", center), ("$depth", depth), ("$limit", limit)))
                await using (var reader = await nodes.ExecuteReaderAsync())
                    while (await reader.ReadAsync()) ids.Add(reader.GetString(0));
                await using var edges = Command(connection, InducedEdgesSql, ("$ids", JsonSerializer.Serialize(ids)));
                await DrainAsync(edges);
            });
        return latencies;
    }

    public async Task<Latencies> PathsAsync(IEnumerable<(string From, string To)> pairs, int maxHops, int k)
    {
        var latencies = new Latencies($"paths k={k}");
        await using var connection = await OpenAsync();
        foreach (var (from, to) in pairs)
            await MeasureAsync(connection, latencies, async () =>
            {
                var paths = new List<string[]>();
                await using (var command = Command(connection, PathsSql, ("$from", from), ("$to", to), ("$maxHops", maxHops), ("$k", k)))
                await using (var reader = await command.ExecuteReaderAsync())
                    while (await reader.ReadAsync()) paths.Add(reader.GetString(0).Split(',', StringSplitOptions.RemoveEmptyEntries));
                // Each hop's evidence, as the store returns it.
                foreach (var path in paths)
                    for (var i = 0; i + 1 < path.Length; i++)
                    {
                        await using var evidence = Command(connection, HopEvidenceSql, ("$a", path[i]), ("$b", path[i + 1]));
                        await DrainAsync(evidence);
                    }
            });
        return latencies;
    }

    private async Task MeasureAsync(SqliteConnection connection, Latencies latencies, Func<Task> query)
    {
        using var interrupt = new Timer(_ => SQLitePCL.raw.sqlite3_interrupt(connection.Handle), null, cap, Timeout.InfiniteTimeSpan);
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            await query();
            latencies.Add(System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SQLitePCL.raw.SQLITE_INTERRUPT)
        {
            latencies.AddFailure(cap.TotalMilliseconds);
        }
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command;
    }

    private static async Task DrainAsync(SqliteCommand command)
    {
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            for (var i = 0; i < reader.FieldCount; i++) _ = reader.GetValue(i);
    }
}
