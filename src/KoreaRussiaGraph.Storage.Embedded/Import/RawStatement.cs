using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KoreaRussiaGraph.Storage.Embedded.Import;

/// <summary>
/// One statement prepared on the connection's own handle and bound by position. A bulk import runs the relation upsert
/// millions of times; Microsoft.Data.Sqlite finds every parameter by name again on each execution (19 name lookups and
/// conversions a row), which here cost more than SQLite's own insert. Runs inside whatever transaction the connection holds.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly int[] _positions;

    /// <param name="names">The parameter names in the order <see cref="Execute"/> gets their values.</param>
    public RawStatement(SqliteConnection connection, string sql, IEnumerable<string> names)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(_db, sql, out _statement), _db);
        _positions = names.Select(name => raw.sqlite3_bind_parameter_index(_statement, name)).ToArray();
        if (_positions.Any(p => p == 0)) throw new ArgumentException("A parameter name is not in the statement.", nameof(names));
    }

    public void Execute((string Name, object? Value)[] parameters)
    {
        for (var i = 0; i < parameters.Length; i++)
        {
            var at = _positions[i];
            var rc = parameters[i].Value switch
            {
                null => raw.sqlite3_bind_null(_statement, at),
                // With its length, as Microsoft.Data.Sqlite binds text: a NUL inside a quote is kept, not an end.
                string text => raw.sqlite3_bind_text16(_statement, at, text.AsSpan()),
                int number => raw.sqlite3_bind_int(_statement, at, number),
                long number => raw.sqlite3_bind_int64(_statement, at, number),
                double number => raw.sqlite3_bind_double(_statement, at, number),
                bool flag => raw.sqlite3_bind_int(_statement, at, flag ? 1 : 0),
                var other => throw new ArgumentException($"No SQLite binding for {other.GetType().Name}", nameof(parameters)),
            };
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
        var step = raw.sqlite3_step(_statement);
        // Reset either way, so a failed row leaves the statement ready for the next one (and its locks released).
        var reset = raw.sqlite3_reset(_statement);
        if (step != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(reset != raw.SQLITE_OK ? reset : step, _db);
    }

    public void Dispose() => _statement.Dispose();
}
