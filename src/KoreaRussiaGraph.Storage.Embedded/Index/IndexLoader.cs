using KoreaRussiaGraph.Storage.Embedded.Sqlite;
using Microsoft.Data.Sqlite;

namespace KoreaRussiaGraph.Storage.Embedded.Index;

/// <summary>Builds the in-memory index from the SQLite file in one pass over each table.</summary>
internal static class IndexLoader
{
    public static async Task<GraphIndex> LoadAsync(SqliteConnection connection, CancellationToken ct)
    {
        var index = new GraphIndex();
        index.BeginBulk();
        await using (var actors = connection.Prepare($"SELECT {Rows.ActorColumns} FROM actors", null))
        await using (var reader = await actors.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) index.PutActor(Rows.ReadActor(reader));
        await using (var relations = connection.Prepare($"SELECT {Rows.RelationColumns} FROM relations", null))
        await using (var reader = await relations.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) index.PutRelation(Rows.ReadRelation(reader));
        index.EndBulk();
        return index;
    }
}
