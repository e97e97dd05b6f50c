using Microsoft.Data.Sqlite;

namespace KoreaRussiaGraph.Storage.Embedded.Sqlite;

/// <summary>Opens connections to the store's file with the pragmas every connection needs.</summary>
internal sealed class SqliteDatabase(string path)
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    public string Path { get; } = path;

    /// <summary>Closes this file's pooled connections (and only this file's), so the file can be moved or deleted.</summary>
    public void ReleasePooledConnections()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    // WAL is persistent in the file; NORMAL sync is crash-consistent under WAL and much faster than FULL.
    private const string ConnectionPragmas = "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -16384;";

    public async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        await connection.ExecuteAsync(ConnectionPragmas, ct);
        return connection;
    }

    /// <summary>For reads inside a synchronous index query (relation payloads under the index's read lock).</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragmas = connection.Prepare(ConnectionPragmas, null);
        pragmas.ExecuteNonQuery();
        return connection;
    }
}

internal static class SqliteCommandExtensions
{
    public static async Task<int> ExecuteAsync(this SqliteConnection connection, string sql, CancellationToken ct,
        SqliteTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.Prepare(sql, transaction, parameters);
        return await command.ExecuteNonQueryAsync(ct);
    }

    public static async Task<object?> ScalarAsync(this SqliteConnection connection, string sql, CancellationToken ct,
        SqliteTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.Prepare(sql, transaction, parameters);
        var value = await command.ExecuteScalarAsync(ct);
        return value is DBNull ? null : value;
    }

    public static SqliteCommand Prepare(this SqliteConnection connection, string sql, SqliteTransaction? transaction,
        params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }
}
