using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Storage.Neo4j.Cypher;
using KoreaRussiaGraph.Storage.Neo4j.Http;
using KoreaRussiaGraph.Storage.Neo4j.Mapping;

namespace KoreaRussiaGraph.Storage.Neo4j.Writing;

/// <summary>
/// Writes one document in one explicit transaction: read the ids it had, merge actors, drop relations it no longer
/// yields, merge the new ones on their stable ids, then record the document with the commit. Everything MERGEs,
/// so a retried or repeated write leaves the same graph.
/// </summary>
internal sealed class DocumentWriter(QueryApiClient client)
{
    public Task<WriteOutcome> WriteAsync(DocumentWrite write, CancellationToken ct) =>
        client.InTransactionAsync(async (tx, token) =>
        {
            var documentId = write.Document.Id;
            var before = (await tx.RunAsync(Statements.DocumentRelationIds.Bind(new Dictionary<string, object?> { ["documentId"] = documentId }), token))
                .Records.Select(r => r["id"].GetString()!).ToHashSet(StringComparer.Ordinal);

            WriteOutcome outcome;
            int relationCount;
            if (write.Document.Status == DocumentStatus.Failed)
            {
                // A failed re-read must not erase what an earlier good version established.
                outcome = new WriteOutcome(0, 0, before.Count);
                relationCount = before.Count;
            }
            else
            {
                var after = write.Relations.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
                if (write.Actors.Count > 0)
                    await tx.RunAsync(Statements.UpsertActors.Bind(new Dictionary<string, object?> { ["actors"] = write.Actors.Select(GraphValues.Actor).ToArray() }), token);
                if (before.Count > 0)
                    await tx.RunAsync(Statements.DeleteStaleRelations.Bind(new Dictionary<string, object?> { ["documentId"] = documentId, ["keep"] = after.ToArray() }), token);
                if (write.Relations.Count > 0)
                    await tx.RunAsync(Statements.MergeRelations.Bind(new Dictionary<string, object?> { ["relations"] = write.Relations.Select(GraphValues.Relation).ToArray() }), token);
                outcome = new WriteOutcome(after.Count(id => !before.Contains(id)), before.Count(id => !after.Contains(id)), after.Count(before.Contains));
                relationCount = after.Count;
            }

            await tx.CommitAsync(Statements.MergeDocument.Bind(new Dictionary<string, object?>
            {
                ["id"] = documentId,
                // The count is what the store holds for the document, whatever the caller's record said.
                ["document"] = GraphValues.Document(write.Document with { RelationCount = relationCount }),
                ["text"] = write.RawText,
            }), token);
            return outcome;
        }, ct);
}
