using Microsoft.Data.Sqlite;

namespace KoreaRussiaGraph.Storage.Embedded.Sqlite;

/// <summary>
/// Versioned schema: PRAGMA user_version holds the number of migrations applied; each start applies the
/// missing ones in order, each in its own transaction. Append new migrations; never edit an applied one.
/// </summary>
internal static class SchemaMigrations
{
    public static readonly IReadOnlyList<string> All =
    [
        """
        CREATE TABLE actors (
            id          TEXT PRIMARY KEY,
            name        TEXT NOT NULL,
            kind        TEXT NOT NULL,
            aliases     TEXT NOT NULL,
            wikidata_id TEXT,
            description TEXT
        );
        CREATE TABLE documents (
            id                TEXT PRIMARY KEY,
            title             TEXT,
            url               TEXT,
            outlet            TEXT,
            published         TEXT,
            published_basis   TEXT,
            format            TEXT NOT NULL,
            sha256            TEXT NOT NULL,
            ingested_at       TEXT NOT NULL,
            extractor_version TEXT NOT NULL,
            status            TEXT NOT NULL,
            error             TEXT,
            relation_count    INTEGER NOT NULL
        );
        CREATE TABLE document_texts (
            document_id TEXT PRIMARY KEY REFERENCES documents(id),
            raw_text    TEXT NOT NULL
        );
        CREATE TABLE relations (
            id             TEXT PRIMARY KEY,
            document_id    TEXT NOT NULL,
            type           TEXT NOT NULL,
            source_id      TEXT NOT NULL REFERENCES actors(id),
            target_id      TEXT NOT NULL REFERENCES actors(id),
            date           TEXT,
            date_start     INTEGER,
            date_end       INTEGER,
            reported_on    TEXT,
            status         TEXT NOT NULL,
            attributed_to  TEXT,
            details        TEXT,
            confidence     REAL NOT NULL,
            sentence_index INTEGER NOT NULL,
            quote          TEXT NOT NULL,
            quote_start    INTEGER NOT NULL,
            quote_end      INTEGER NOT NULL,
            rule           TEXT NOT NULL,
            symmetric      INTEGER NOT NULL
        );
        CREATE INDEX relations_by_document ON relations(document_id);
        CREATE INDEX relations_by_source ON relations(source_id);
        CREATE INDEX relations_by_target ON relations(target_id);
        """,
        // 2: the change log. Every process that writes the file (serve, krg ingest, a SQLite shell) logs the documents
        // and actors it changed through these triggers, so a running server can bring its index up to date with
        // commits it did not make itself (ChangeLog).
        """
        CREATE TABLE changes (
            seq  INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            key  TEXT NOT NULL
        );
        CREATE TRIGGER documents_inserted AFTER INSERT ON documents BEGIN INSERT INTO changes (kind, key) VALUES ('document', NEW.id); END;
        CREATE TRIGGER documents_updated AFTER UPDATE ON documents BEGIN INSERT INTO changes (kind, key) VALUES ('document', NEW.id); END;
        CREATE TRIGGER documents_deleted AFTER DELETE ON documents BEGIN INSERT INTO changes (kind, key) VALUES ('document', OLD.id); END;
        CREATE TRIGGER actors_inserted AFTER INSERT ON actors BEGIN INSERT INTO changes (kind, key) VALUES ('actor', NEW.id); END;
        CREATE TRIGGER actors_updated AFTER UPDATE ON actors BEGIN INSERT INTO changes (kind, key) VALUES ('actor', NEW.id); END;
        """,
        // 3: a random identity of the file, so an index snapshot (IndexSnapshot) is never taken for a file that was deleted
        // and created again, or swapped for another one, at the same path.
        """
        CREATE TABLE store_identity (id TEXT NOT NULL);
        INSERT INTO store_identity (id) VALUES (lower(hex(randomblob(16))));
        """,
        // 4: full-text search (issue 18). Cited sentences and document titles are indexed in place (external-content
        // FTS5 tables, so the text is not stored twice); actor names and aliases in a small table of their own, aliases
        // joined from their JSON list. Triggers keep all three in step with every writer of the file, and the
        // existing rows are indexed now.
        $"""
        CREATE VIRTUAL TABLE relations_fts USING fts5(quote, content='relations', tokenize='unicode61 remove_diacritics 2');
        CREATE VIRTUAL TABLE documents_fts USING fts5(title, content='documents', tokenize='unicode61 remove_diacritics 2');
        CREATE VIRTUAL TABLE actors_fts USING fts5(name, aliases, tokenize='unicode61 remove_diacritics 2');
        {RelationsFtsInsertedTrigger}
        {RelationsFtsDeletedTrigger}
        {RelationsFtsUpdatedTrigger}
        CREATE TRIGGER documents_fts_inserted AFTER INSERT ON documents BEGIN
            INSERT INTO documents_fts (rowid, title) VALUES (NEW.rowid, NEW.title); END;
        CREATE TRIGGER documents_fts_deleted AFTER DELETE ON documents BEGIN
            INSERT INTO documents_fts (documents_fts, rowid, title) VALUES ('delete', OLD.rowid, OLD.title); END;
        CREATE TRIGGER documents_fts_updated AFTER UPDATE OF title ON documents BEGIN
            INSERT INTO documents_fts (documents_fts, rowid, title) VALUES ('delete', OLD.rowid, OLD.title);
            INSERT INTO documents_fts (rowid, title) VALUES (NEW.rowid, NEW.title); END;
        CREATE TRIGGER actors_fts_inserted AFTER INSERT ON actors BEGIN
            INSERT INTO actors_fts (rowid, name, aliases) VALUES (NEW.rowid, NEW.name, (SELECT group_concat(value, ', ') FROM json_each(NEW.aliases))); END;
        CREATE TRIGGER actors_fts_updated AFTER UPDATE OF name, aliases ON actors BEGIN
            DELETE FROM actors_fts WHERE rowid = OLD.rowid;
            INSERT INTO actors_fts (rowid, name, aliases) VALUES (NEW.rowid, NEW.name, (SELECT group_concat(value, ', ') FROM json_each(NEW.aliases))); END;
        CREATE TRIGGER actors_fts_deleted AFTER DELETE ON actors BEGIN
            DELETE FROM actors_fts WHERE rowid = OLD.rowid; END;
        INSERT INTO relations_fts (relations_fts) VALUES ('rebuild');
        INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');
        INSERT INTO actors_fts (rowid, name, aliases) SELECT rowid, name, (SELECT group_concat(value, ', ') FROM json_each(aliases)) FROM actors;
        """,
    ];

    /// <summary>Keeps relations_fts in step with inserted relations; a bulk import into an empty table drops it and rebuilds the index once instead.</summary>
    internal const string RelationsFtsInsertedTriggerName = "relations_fts_inserted";

    internal const string RelationsFtsInsertedTrigger = $"CREATE TRIGGER {RelationsFtsInsertedTriggerName} AFTER INSERT ON relations BEGIN " +
        "INSERT INTO relations_fts (rowid, quote) VALUES (NEW.rowid, NEW.quote); END;";

    // The same statements migration 4 always ran (written on one line each since they became constants).
    internal const string RelationsFtsDeletedTrigger = "CREATE TRIGGER relations_fts_deleted AFTER DELETE ON relations BEGIN " +
        "INSERT INTO relations_fts (relations_fts, rowid, quote) VALUES ('delete', OLD.rowid, OLD.quote); END;";

    internal const string RelationsFtsUpdatedTrigger = "CREATE TRIGGER relations_fts_updated AFTER UPDATE OF quote ON relations BEGIN " +
        "INSERT INTO relations_fts (relations_fts, rowid, quote) VALUES ('delete', OLD.rowid, OLD.quote); " +
        "INSERT INTO relations_fts (rowid, quote) VALUES (NEW.rowid, NEW.quote); END;";

    /// <summary>
    /// The three triggers that keep relations_fts in step with the relations table. A bulk import into an empty table drops
    /// all three (a quote replaced by a later line of the same file would otherwise be 'deleted' from an index that never
    /// held it, which FTS5 reports as a corrupt database) and rebuilds the index once at the end.
    /// </summary>
    internal static readonly IReadOnlyList<(string Name, string Sql)> RelationsFtsTriggers =
    [
        (RelationsFtsInsertedTriggerName, RelationsFtsInsertedTrigger),
        ("relations_fts_deleted", RelationsFtsDeletedTrigger),
        ("relations_fts_updated", RelationsFtsUpdatedTrigger),
    ];

    public static int Latest => All.Count;

    /// <returns>The number of migrations applied now.</returns>
    public static async Task<int> ApplyAsync(SqliteConnection connection, CancellationToken ct)
    {
        // WAL survives in the file header, so this holds for every later connection too.
        await connection.ExecuteAsync("PRAGMA journal_mode = WAL;", ct);
        var current = Convert.ToInt32(await connection.ScalarAsync("PRAGMA user_version;", ct));
        if (current > Latest)
            throw new InvalidOperationException($"The store file has schema version {current}, newer than this program's {Latest}.");
        for (var version = current; version < Latest; version++)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
            await connection.ExecuteAsync(All[version], ct, transaction);
            // PRAGMA does not take parameters; the value is an int from this loop, never input.
            await connection.ExecuteAsync($"PRAGMA user_version = {version + 1};", ct, transaction);
            await transaction.CommitAsync(ct);
        }
        return Latest - current;
    }
}
