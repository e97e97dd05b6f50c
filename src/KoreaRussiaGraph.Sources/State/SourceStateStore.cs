using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KoreaRussiaGraph.Sources.State;

/// <summary>
/// The feeds' memory across restarts, in a SQLite file of its own beside the store (<see cref="SourcesOptions.StatePath"/>),
/// so it serves the embedded store and Neo4j alike: per feed its validators and last outcome, per item the version
/// last ingested. Every call opens its own connection; writes are short single statements or one transaction.
/// </summary>
public sealed class SourceStateStore
{
    private readonly string _connectionString;

    public SourceStateStore(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = full, Pooling = true, DefaultTimeout = 30 }.ToString();
        using var connection = Open();
        Execute(connection, """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS feeds (
                url            TEXT PRIMARY KEY,
                etag           TEXT,
                last_modified  TEXT,
                last_polled_at TEXT,
                last_status    TEXT NOT NULL,
                error          TEXT
            );
            CREATE TABLE IF NOT EXISTS feed_items (
                feed_url    TEXT NOT NULL,
                item_key    TEXT NOT NULL,
                version     TEXT NOT NULL,
                link        TEXT,
                document_id TEXT,
                ingested    INTEGER NOT NULL,
                error       TEXT,
                handled_at  TEXT NOT NULL,
                PRIMARY KEY (feed_url, item_key)
            );
            """);
    }

    public FeedState GetFeed(string url)
    {
        using var connection = Open();
        using var command = Command(connection, "SELECT etag, last_modified, last_polled_at, last_status, error FROM feeds WHERE url = $url", ("$url", url));
        using var row = command.ExecuteReader();
        if (!row.Read()) return FeedState.New(url);
        return new FeedState(url, Text(row, 0), Text(row, 1), Time(Text(row, 2)), Enum.Parse<SourcePollStatus>(row.GetString(3)), Text(row, 4));
    }

    public void SaveFeed(FeedState feed)
    {
        using var connection = Open();
        using var command = Command(connection, """
            INSERT INTO feeds (url, etag, last_modified, last_polled_at, last_status, error) VALUES ($url, $etag, $modified, $polled, $status, $error)
            ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
                last_polled_at = excluded.last_polled_at, last_status = excluded.last_status, error = excluded.error
            """,
            ("$url", feed.Url), ("$etag", feed.ETag), ("$modified", feed.LastModified),
            ("$polled", feed.LastPolledAt?.ToString("O", CultureInfo.InvariantCulture)), ("$status", feed.LastStatus.ToString()), ("$error", feed.Error));
        command.ExecuteNonQuery();
    }

    /// <summary>The version last handled of every item the feed has listed.</summary>
    public IReadOnlyDictionary<string, string> ItemVersions(string feedUrl)
    {
        using var connection = Open();
        using var command = Command(connection, "SELECT item_key, version FROM feed_items WHERE feed_url = $url", ("$url", feedUrl));
        using var row = command.ExecuteReader();
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        while (row.Read()) versions[row.GetString(0)] = row.GetString(1);
        return versions;
    }

    public void RecordItems(string feedUrl, IEnumerable<SeenItem> items, DateTimeOffset at)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        foreach (var item in items)
        {
            using var command = Command(connection, """
                INSERT INTO feed_items (feed_url, item_key, version, link, document_id, ingested, error, handled_at)
                VALUES ($feed, $key, $version, $link, $doc, $ingested, $error, $at)
                ON CONFLICT (feed_url, item_key) DO UPDATE SET version = excluded.version, link = excluded.link,
                    document_id = excluded.document_id, ingested = excluded.ingested, error = excluded.error, handled_at = excluded.handled_at
                """,
                ("$feed", feedUrl), ("$key", item.Key), ("$version", item.Version), ("$link", item.Link), ("$doc", item.DocumentId),
                ("$ingested", item.Ingested ? 1 : 0), ("$error", item.Error), ("$at", at.ToString("O", CultureInfo.InvariantCulture)));
            command.Transaction = transaction;
            command.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    /// <summary>Every feed with a state, with its item counts.</summary>
    public IReadOnlyList<SourceStatus> List()
    {
        using var connection = Open();
        using var command = Command(connection, """
            SELECT f.url, f.last_polled_at, f.last_status, f.error,
                   (SELECT COUNT(*) FROM feed_items i WHERE i.feed_url = f.url),
                   (SELECT COUNT(*) FROM feed_items i WHERE i.feed_url = f.url AND i.ingested = 1)
            FROM feeds f ORDER BY f.url
            """);
        using var row = command.ExecuteReader();
        var list = new List<SourceStatus>();
        while (row.Read())
            list.Add(new SourceStatus(row.GetString(0), Time(Text(row, 1)), Enum.Parse<SourcePollStatus>(row.GetString(2)), row.GetInt32(4), row.GetInt32(5), Text(row, 3)));
        return list;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    private static string? Text(SqliteDataReader row, int i) => row.IsDBNull(i) ? null : row.GetString(i);

    private static DateTimeOffset? Time(string? text) =>
        text is null ? null : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
