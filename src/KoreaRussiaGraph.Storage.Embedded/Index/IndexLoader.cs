using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Storage.Embedded.Sqlite;
using Microsoft.Data.Sqlite;

namespace KoreaRussiaGraph.Storage.Embedded.Index;

/// <summary>Builds the in-memory index from the SQLite file in one pass over each table, reading only the columns it keeps.</summary>
internal static class IndexLoader
{
    private const string ShapeColumns = "id, document_id, type, source_id, target_id, date_start, date_end, status, symmetric, reported_on";

    public static async Task<GraphIndex> LoadAsync(SqliteConnection connection, RelationPayloads payloads, CancellationToken ct)
    {
        var index = new GraphIndex(payloads);
        index.BeginBulk();
        await using (var actors = connection.Prepare($"SELECT {Rows.ActorColumns} FROM actors", null))
        await using (var reader = await actors.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) index.PutActor(Rows.ReadActor(reader));
        // Repeated strings (types, documents, statuses) are looked up, not kept per row: the index maps them to ints.
        // Publication dates repeat per document, so the few distinct strings are parsed once each.
        var parsedReported = new Dictionary<string, PartialDate>(StringComparer.Ordinal);
        PartialDate? Reported(SqliteDataReader reader)
        {
            if (reader.IsDBNull(9)) return null;
            var text = reader.GetString(9);
            if (!parsedReported.TryGetValue(text, out var date)) parsedReported[text] = date = PartialDate.Parse(text);
            return date;
        }
        var statuses = Enum.GetValues<ClaimStatus>().ToDictionary(Rows.Name, s => s, StringComparer.OrdinalIgnoreCase);
        await using (var relations = connection.Prepare($"SELECT {ShapeColumns} FROM relations", null))
        await using (var reader = await relations.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
            {
                var reported = Reported(reader);
                index.PutRelation(new RelationShape(
                    Id: reader.GetString(0), DocumentId: reader.GetString(1), Type: reader.GetString(2),
                    SourceId: reader.GetString(3), TargetId: reader.GetString(4),
                    StartDay: reader.IsDBNull(5) ? null : reader.GetInt32(5), EndDay: reader.IsDBNull(6) ? null : reader.GetInt32(6),
                    Status: statuses[reader.GetString(7)], Symmetric: reader.GetInt64(8) != 0,
                    ReportedStartDay: reported?.Start.DayNumber, ReportedEndDay: reported?.End.DayNumber));
            }
        index.EndBulk();
        return index;
    }

}
