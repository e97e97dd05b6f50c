using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Core.Ports;

/// <summary>
/// One relation of a bulk import, with what the line says about its endpoints and its document (a JSON-lines export
/// carries names, not whole actor and document records).
/// </summary>
public sealed record ImportedRelation(Relation Relation, string? SourceName, string? TargetName, string? DocumentTitle, string? DocumentUrl);

/// <summary>What a bulk import wrote.</summary>
public sealed record ImportOutcome(long Relations, long ActorsCreated, long DocumentsCreated);

/// <summary>
/// A store that takes relations in bulk (krg import): relations are added or replaced by id, never removed; actors and
/// documents the store does not know yet are created from the lines' fields, known ones are left as they are. Work is
/// committed in batches, so an import that stops half way keeps every batch committed before.
/// </summary>
public interface IGraphImport
{
    Task<ImportOutcome> ImportAsync(IAsyncEnumerable<ImportedRelation> relations, IProgress<long>? progress = null, CancellationToken ct = default);
}
