using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace KoreaRussiaGraph.Benchmarks.Graph;

/// <summary>
/// The same queries as a competent SQL user would write them on the store's own SQLite file, with no in-memory index:
/// level-by-level breadth-first search driven from C#, one INSERT ... SELECT per level into a visited table (the
/// primary key is the visited set, INSERT OR IGNORE keeps the first, i.e. smallest, hop count and its parent), degrees
/// precomputed once into a table like the store's index keeps them, and an index on (source_id, target_id) for the
/// pair lookups (induced edges, hop evidence). Paths: bidirectional BFS (the cheaper frontier grows, as in the store),
/// parent pointers for k = 1; for k > 1 the shortest paths are enumerated along the BFS layers (a recursive CTE that
/// only steps onto actors at the right distance from both ends), then longer simple paths pruned by the distance to
/// the target. Preparation (degree table, pair index) is timed separately, like the store's index load.
/// A query running past the cap is interrupted and counted as capped.
/// </summary>
internal sealed class CtePeer : IAsyncDisposable
{
    private const string Passing = "status IN ('ASSERTED', 'ALLEGED')";
    private readonly SqliteConnection _connection;
    private readonly TimeSpan _cap;

    public double PreparationMs { get; private set; }

    private CtePeer(SqliteConnection connection, TimeSpan cap) => (_connection, _cap) = (connection, cap);

    public static async Task<CtePeer> OpenAsync(string databasePath, TimeSpan cap)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        await connection.OpenAsync();
        var peer = new CtePeer(connection, cap);
        var start = Stopwatch.GetTimestamp();
        await peer.ExecuteAsync("""
            PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY;
            CREATE INDEX IF NOT EXISTS bench_relations_pair ON relations(source_id, target_id);
            CREATE TEMP TABLE degree(id TEXT PRIMARY KEY, degree INTEGER NOT NULL) WITHOUT ROWID;
            INSERT INTO degree SELECT id, SUM(n) FROM (
                SELECT source_id AS id, COUNT(*) AS n FROM relations GROUP BY source_id
                UNION ALL SELECT target_id, COUNT(*) FROM relations WHERE target_id <> source_id GROUP BY target_id) GROUP BY id;
            CREATE TEMP TABLE visited(id TEXT PRIMARY KEY, hops INTEGER NOT NULL, parent TEXT) WITHOUT ROWID;
            CREATE TEMP TABLE visited_back(id TEXT PRIMARY KEY, hops INTEGER NOT NULL, parent TEXT) WITHOUT ROWID;
            CREATE TEMP TABLE chosen(id TEXT PRIMARY KEY) WITHOUT ROWID;
            ANALYZE;
            """);
        peer.PreparationMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        return peer;
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    // One BFS level for either side: neighbours of the previous level, both directions, first parent wins.
    private static string LevelSql(string table) => $"""
        INSERT OR IGNORE INTO {table}(id, hops, parent)
        SELECT r.target_id, $d, r.source_id FROM {table} v JOIN relations r ON r.source_id = v.id WHERE v.hops = $d - 1 AND r.{Passing}
        UNION ALL
        SELECT r.source_id, $d, r.target_id FROM {table} v JOIN relations r ON r.target_id = v.id WHERE v.hops = $d - 1 AND r.{Passing}
        """;

    public async Task NeighbourhoodAsync(string center, int depth, int limit)
    {
        await ExecuteAsync("DELETE FROM visited; INSERT INTO visited VALUES ($c, 0, NULL)", ("$c", center));
        for (var d = 1; d <= depth; d++)
        {
            var added = await ExecuteAsync(LevelSql("visited"), ("$d", d));
            // Like the store: a level that overflows the limit is the last one (it is cut by degree below).
            if (added == 0 || await ScalarAsync("SELECT COUNT(*) FROM visited") > limit) break;
        }
        await ExecuteAsync($"""
            DELETE FROM chosen;
            INSERT INTO chosen SELECT v.id FROM visited v JOIN degree g ON g.id = v.id ORDER BY v.hops, g.degree DESC, v.id LIMIT $limit
            """, ("$limit", limit));
        // Induced edges: every ordered pair of chosen actors through the pair index.
        await DrainAsync($"""
            SELECT r.* FROM chosen a JOIN chosen b JOIN relations r INDEXED BY bench_relations_pair
             ON r.source_id = a.id AND r.target_id = b.id WHERE r.{Passing}
            """);
    }

    public async Task PathsAsync(string from, string to, int maxHops, int k)
    {
        await ExecuteAsync("DELETE FROM visited; DELETE FROM visited_back; INSERT INTO visited VALUES ($f, 0, NULL); INSERT INTO visited_back VALUES ($t, 0, NULL)",
            ("$f", from), ("$t", to));
        int a = 0, b = 0;
        var length = -1;
        while (a + b < maxHops)
        {
            var forward = await FrontierCostAsync("visited", a) <= await FrontierCostAsync("visited_back", b);
            var added = forward ? await ExecuteAsync(LevelSql("visited"), ("$d", ++a)) : await ExecuteAsync(LevelSql("visited_back"), ("$d", ++b));
            if (added == 0) return;
            var meet = await ScalarAsync("SELECT COALESCE(MIN(x.hops + y.hops), -1) FROM visited x JOIN visited_back y ON x.id = y.id");
            if (meet >= 0) { length = (int)meet; break; }
        }
        if (length < 0) return;

        var paths = new List<string[]>();
        if (k == 1)
        {
            paths.Add(await ReconstructAsync(length));
        }
        else
        {
            paths.AddRange(await GeodesicsAsync(from, to, length, a, b, k));
            for (var longer = length + 1; longer <= maxHops && paths.Count < k; longer++)
            {
                while (b < longer - 1 && await ExecuteAsync(LevelSql("visited_back"), ("$d", ++b)) > 0) { }
                paths.AddRange(await LongerPathsAsync(from, to, longer, b, k - paths.Count));
            }
        }
        foreach (var path in paths)
            for (var i = 0; i + 1 < path.Length; i++)
                await DrainAsync($"""
                    SELECT * FROM relations INDEXED BY bench_relations_pair WHERE source_id = $a AND target_id = $b AND {Passing}
                    UNION ALL
                    SELECT * FROM relations INDEXED BY bench_relations_pair WHERE source_id = $b AND target_id = $a AND {Passing}
                    """, ("$a", path[i]), ("$b", path[i + 1]));
    }

    private async Task<long> FrontierCostAsync(string table, int level) =>
        await ScalarAsync($"SELECT COALESCE(SUM(g.degree), 0) FROM {table} v JOIN degree g ON g.id = v.id WHERE v.hops = $d", ("$d", level));

    /// <summary>One shortest path through the meeting actor with the smallest id, following parent pointers both ways.</summary>
    private async Task<string[]> ReconstructAsync(int length)
    {
        var middle = await TextAsync("SELECT x.id FROM visited x JOIN visited_back y ON x.id = y.id WHERE x.hops + y.hops = $l ORDER BY x.id LIMIT 1", ("$l", length));
        var path = new List<string> { middle };
        for (var at = middle; await TextOrNullAsync("SELECT parent FROM visited WHERE id = $id", ("$id", at)) is { } parent; at = parent) path.Insert(0, parent);
        for (var at = middle; await TextOrNullAsync("SELECT parent FROM visited_back WHERE id = $id", ("$id", at)) is { } parent; at = parent) path.Add(parent);
        return path.ToArray();
    }

    /// <summary>Shortest paths, smallest id sequence first: steps only onto actors at distance i from the source and L - i from the target (where the balls know it).</summary>
    private Task<List<string[]>> GeodesicsAsync(string from, string to, int length, int a, int b, int k) => PathRowsAsync($"""
        WITH RECURSIVE walk(node, hops, path) AS (
            SELECT $f, 0, ',' || $f || ','
            UNION
            SELECT r.target_id, w.hops + 1, w.path || r.target_id || ',' FROM walk w JOIN relations r ON r.source_id = w.node
             WHERE w.hops < $l AND r.{Passing}
               AND (w.hops + 1 > $a OR EXISTS (SELECT 1 FROM visited v WHERE v.id = r.target_id AND v.hops = w.hops + 1))
               AND ($l - w.hops - 1 > $b OR EXISTS (SELECT 1 FROM visited_back v WHERE v.id = r.target_id AND v.hops = $l - w.hops - 1))
            UNION
            SELECT r.source_id, w.hops + 1, w.path || r.source_id || ',' FROM walk w JOIN relations r ON r.target_id = w.node
             WHERE w.hops < $l AND r.{Passing}
               AND (w.hops + 1 > $a OR EXISTS (SELECT 1 FROM visited v WHERE v.id = r.source_id AND v.hops = w.hops + 1))
               AND ($l - w.hops - 1 > $b OR EXISTS (SELECT 1 FROM visited_back v WHERE v.id = r.source_id AND v.hops = $l - w.hops - 1))
            ORDER BY 2, 3
        )
        SELECT path FROM walk WHERE node = $t AND hops = $l LIMIT $k
        """, ("$f", from), ("$t", to), ("$l", length), ("$a", a), ("$b", b), ("$k", k));

    /// <summary>Simple paths of exactly <paramref name="length"/> hops, stepping only onto actors that can still reach the target in the hops left.</summary>
    private Task<List<string[]>> LongerPathsAsync(string from, string to, int length, int b, int k) => PathRowsAsync($"""
        WITH RECURSIVE walk(node, hops, path) AS (
            SELECT $f, 0, ',' || $f || ','
            UNION
            SELECT r.target_id, w.hops + 1, w.path || r.target_id || ',' FROM walk w JOIN relations r ON r.source_id = w.node
             WHERE w.hops < $l AND w.node <> $t AND r.{Passing} AND instr(w.path, ',' || r.target_id || ',') = 0
               AND ($l - w.hops - 1 > $b OR EXISTS (SELECT 1 FROM visited_back v WHERE v.id = r.target_id AND v.hops <= $l - w.hops - 1))
            UNION
            SELECT r.source_id, w.hops + 1, w.path || r.source_id || ',' FROM walk w JOIN relations r ON r.target_id = w.node
             WHERE w.hops < $l AND w.node <> $t AND r.{Passing} AND instr(w.path, ',' || r.source_id || ',') = 0
               AND ($l - w.hops - 1 > $b OR EXISTS (SELECT 1 FROM visited_back v WHERE v.id = r.source_id AND v.hops <= $l - w.hops - 1))
            ORDER BY 2, 3
        )
        SELECT path FROM walk WHERE node = $t AND hops = $l LIMIT $k
        """, ("$f", from), ("$t", to), ("$l", length), ("$b", b), ("$k", k));

    /// <summary>Runs <paramref name="query"/> under the cap; false when it was interrupted.</summary>
    public async Task<bool> MeasureAsync(Func<Task> query)
    {
        using var interrupt = new Timer(_ => SQLitePCL.raw.sqlite3_interrupt(_connection.Handle), null, _cap, Timeout.InfiniteTimeSpan);
        try
        {
            await query();
            return true;
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SQLitePCL.raw.SQLITE_INTERRUPT)
        {
            return false;
        }
    }

    private async Task<List<string[]>> PathRowsAsync(string sql, params (string, object)[] parameters)
    {
        var paths = new List<string[]>();
        await using var command = Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) paths.Add(reader.GetString(0).Split(',', StringSplitOptions.RemoveEmptyEntries));
        return paths;
    }

    private async Task<int> ExecuteAsync(string sql, params (string, object)[] parameters)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteNonQueryAsync();
    }

    private async Task<long> ScalarAsync(string sql, params (string, object)[] parameters)
    {
        await using var command = Command(sql, parameters);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private async Task<string> TextAsync(string sql, params (string, object)[] parameters) => (await TextOrNullAsync(sql, parameters))!;

    private async Task<string?> TextOrNullAsync(string sql, params (string, object)[] parameters)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteScalarAsync() as string;
    }

    private SqliteCommand Command(string sql, (string Name, object Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command;
    }

    private async Task DrainAsync(string sql, params (string, object)[] parameters)
    {
        await using var command = Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            for (var i = 0; i < reader.FieldCount; i++) _ = reader.GetValue(i);
    }
}
