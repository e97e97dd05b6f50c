using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Core.Querying;

namespace KoreaRussiaGraph.Storage.Neo4j.Sync;

/// <summary>What happened to one document during a copy.</summary>
public enum CopyStatus { Copied, AlreadyThere, Failed }

public sealed record CopiedDocument(string DocumentId, CopyStatus Status, int Relations, string? Error = null);

public sealed record CopyReport(int Actors, int Copied, int AlreadyThere, int Failed);

/// <summary>
/// Copies one store into another through the IGraphStore port (`krg sync --to neo4j`): every actor, then every
/// document in id order with its raw text and relations. Resumable without bookkeeping: a document the target
/// already holds in the same version (sha256, extractor, ingestion time, status, relation count) is skipped, and
/// every write MERGEs on stable ids, so an interrupted run simply starts again.
/// </summary>
public sealed class StoreCopier(IGraphStore source, IGraphStore target)
{
    private const int PageSize = 500;

    private static readonly RelationFilter Everything = new()
    {
        Statuses = Enum.GetValues<ClaimStatus>().ToHashSet(),
    };

    public async Task<int> CountDocumentsAsync(CancellationToken ct) =>
        (await source.ListDocumentsAsync(new PageRequest(0), ct)).TotalCount;

    public async Task<CopyReport> CopyAsync(bool force, IProgress<CopiedDocument>? progress, CancellationToken ct)
    {
        var actors = 0;
        await foreach (var page in PagesAsync<Actor>((after, token) => source.FindActorsAsync(new ActorQuery(null, null, new PageRequest(PageSize, after)), token), a => a.Id, ct))
        {
            await target.UpsertActorsAsync(page, ct);
            actors += page.Count;
        }

        // The port lists relations by filter, not by document: one pass groups them all by their citation.
        var relationsByDocument = new Dictionary<string, List<Relation>>(StringComparer.Ordinal);
        await foreach (var page in PagesAsync<Relation>((after, token) => source.FindRelationsAsync(Everything, null, new PageRequest(PageSize, after), token), r => r.Id, ct))
            foreach (var relation in page)
            {
                if (!relationsByDocument.TryGetValue(relation.Citation.DocumentId, out var list))
                    relationsByDocument[relation.Citation.DocumentId] = list = [];
                list.Add(relation);
            }

        int copied = 0, already = 0, failed = 0;
        await foreach (var page in PagesAsync<DocumentRecord>((after, token) => source.ListDocumentsAsync(new PageRequest(PageSize, after), token), d => d.Id, ct))
            foreach (var document in page)
            {
                var relations = relationsByDocument.GetValueOrDefault(document.Id) ?? [];
                var outcome = await CopyDocumentAsync(document, relations, force, ct);
                switch (outcome.Status)
                {
                    case CopyStatus.Copied: copied++; break;
                    case CopyStatus.AlreadyThere: already++; break;
                    default: failed++; break;
                }
                progress?.Report(outcome);
            }
        return new CopyReport(actors, copied, already, failed);
    }

    private async Task<CopiedDocument> CopyDocumentAsync(DocumentRecord document, IReadOnlyList<Relation> relations, bool force, CancellationToken ct)
    {
        try
        {
            var existing = await target.GetDocumentAsync(document.Id, ct);
            if (!force && existing is not null && SameVersion(existing, document))
                return new CopiedDocument(document.Id, CopyStatus.AlreadyThere, relations.Count);

            var text = await source.GetDocumentTextAsync(document.Id, ct) ?? "";
            var actorIds = relations.SelectMany(r => new[] { r.SourceId, r.TargetId }).Distinct(StringComparer.Ordinal).ToArray();
            var actors = await source.GetActorsAsync(actorIds, ct);
            if (document.Status == DocumentStatus.Failed && relations.Count > 0)
            {
                // The source kept an earlier good version's relations under a failed record; a failed write keeps
                // relations but never adds them, so the good version goes first.
                await target.WriteDocumentAsync(new DocumentWrite(document with { Status = DocumentStatus.Ingested, Error = null }, text, actors, relations), ct);
                await target.WriteDocumentAsync(new DocumentWrite(document, text, actors, []), ct);
            }
            else
            {
                await target.WriteDocumentAsync(new DocumentWrite(document, text, actors, document.Status == DocumentStatus.Failed ? [] : relations), ct);
            }
            return new CopiedDocument(document.Id, CopyStatus.Copied, relations.Count);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new CopiedDocument(document.Id, CopyStatus.Failed, relations.Count, ex.Message);
        }
    }

    private static bool SameVersion(DocumentRecord a, DocumentRecord b) =>
        a.Sha256 == b.Sha256 && a.ExtractorVersion == b.ExtractorVersion && a.IngestedAt == b.IngestedAt &&
        a.Status == b.Status && a.RelationCount == b.RelationCount;

    private static async IAsyncEnumerable<IReadOnlyList<T>> PagesAsync<T>(
        Func<string?, CancellationToken, Task<Page<T>>> fetch, Func<T, string> idOf,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        string? after = null;
        while (true)
        {
            var page = await fetch(after, ct);
            if (page.Items.Count > 0) yield return page.Items;
            if (!page.HasNextPage || page.Items.Count == 0) yield break;
            after = idOf(page.Items[^1]);
        }
    }
}
