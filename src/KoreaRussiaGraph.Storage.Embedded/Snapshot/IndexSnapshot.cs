using System.Runtime.InteropServices;
using KoreaRussiaGraph.Storage.Embedded.Index;
using KoreaRussiaGraph.Storage.Embedded.Sqlite;
using Microsoft.Data.Sqlite;

namespace KoreaRussiaGraph.Storage.Embedded.Snapshot;

/// <summary>
/// Which state of which file a snapshot holds: the file's identity (a random id written when the file was created,
/// so a deleted and re-created or swapped file never matches) and the change-log entry the index reflected.
/// </summary>
internal sealed record SnapshotStamp(string StoreId, long LogPosition, string? Kind, string? Key)
{
    /// <summary>The stamp of the file as it is at <paramref name="position"/> (the entry there, if the log still holds it).</summary>
    public static async Task<SnapshotStamp> ReadAsync(SqliteConnection connection, long position, CancellationToken ct)
    {
        var storeId = (string)(await connection.ScalarAsync("SELECT id FROM store_identity", ct))!;
        string? kind = null, key = null;
        await using var command = connection.Prepare("SELECT kind, key FROM changes WHERE seq = $seq", null, ("$seq", position));
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (await reader.ReadAsync(ct)) (kind, key) = (reader.GetString(0), reader.GetString(1));
        return new SnapshotStamp(storeId, position, kind, key);
    }
}

/// <summary>
/// The in-memory index persisted next to the SQLite file (<c>graph.db.index</c>), so a start reads a few arrays instead
/// of every relation row. It is only a cache of the file: a snapshot is used only when the file it was taken from still
/// holds the same change-log entry at the snapshot's position; the store then catches up with any later commits through
/// the change log (or rebuilds from the file when the log no longer reaches back that far). A crash after a commit and
/// before the next snapshot therefore leaves an older snapshot that is caught up, never served as is. The file is
/// written to a temporary name and renamed, so a reader sees a whole snapshot or the previous one.
/// </summary>
internal static class IndexSnapshot
{
    private const string Magic = "KRG-GRAPH-INDEX";
    // Bump whenever the layout of the written arrays or structs changes.
    private const int FormatVersion = 1;
    private const int EndMarker = 0x4B524721;

    public static string PathFor(string databasePath) => databasePath + ".index";

    public static void Write(string path, GraphIndex index, SnapshotStamp stamp)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20))
            {
                using (var writer = new BinaryWriter(file, System.Text.Encoding.UTF8, leaveOpen: true))
                {
                    WriteHeader(writer, stamp);
                    index.WriteTo(writer);
                    writer.Write(EndMarker);
                }
                file.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>The stamp a snapshot file carries, or null when there is none or it is of another format.</summary>
    public static SnapshotStamp? ReadStamp(string path)
    {
        if (!File.Exists(path)) return null;
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
            using var reader = new BinaryReader(file);
            return ReadHeader(reader);
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or FormatException or InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>The index a snapshot holds; throws <see cref="InvalidDataException"/> when the file is damaged or of another stamp.</summary>
    public static GraphIndex Read(string path, SnapshotStamp expected, RelationPayloads payloads)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        using var reader = new BinaryReader(file);
        if (ReadHeader(reader) != expected) throw new InvalidDataException("The snapshot was replaced while it was being read.");
        var index = GraphIndex.ReadFrom(reader, payloads);
        if (reader.ReadInt32() != EndMarker || file.Position != file.Length) throw new InvalidDataException("The snapshot does not end where it should.");
        return index;
    }

    private static void WriteHeader(BinaryWriter writer, SnapshotStamp stamp)
    {
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(SchemaMigrations.Latest);
        writer.Write(Marshal.SizeOf<EdgeRecord>());
        writer.Write(stamp.StoreId);
        writer.Write(stamp.LogPosition);
        IndexSnapshotIo.WriteNullable(writer, stamp.Kind);
        IndexSnapshotIo.WriteNullable(writer, stamp.Key);
    }

    private static SnapshotStamp? ReadHeader(BinaryReader reader)
    {
        if (reader.ReadString() != Magic || reader.ReadInt32() != FormatVersion || reader.ReadInt32() != SchemaMigrations.Latest ||
            reader.ReadInt32() != Marshal.SizeOf<EdgeRecord>()) return null;
        return new SnapshotStamp(reader.ReadString(), reader.ReadInt64(), IndexSnapshotIo.ReadNullable(reader), IndexSnapshotIo.ReadNullable(reader));
    }
}
