using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Ingestion.Ingesting;

public enum IngestStatus { Ingested, Unchanged, Failed }

/// <summary>What happened to one document.</summary>
/// <param name="Relations">Relations the document holds now (for Unchanged, the stored count).</param>
/// <param name="Error">Why it failed; null otherwise.</param>
/// <param name="SourcePath">The file it came from, when it came from a file.</param>
/// <param name="Added">Relations new to the store with this write.</param>
/// <param name="Removed">Relations of an earlier version that this write dropped.</param>
/// <param name="Bytes">Size of the raw document.</param>
/// <param name="Transient">The failure lies with the store, not the document (nothing was recorded): a later attempt may succeed.</param>
/// <param name="Produced">The relations the document holds: set by single-document calls (IngestAsync, IngestFileAsync) when
/// ingested or unchanged; batches leave it null to stay lean.</param>
public sealed record IngestOutcome(
    string DocumentId,
    IngestStatus Status,
    int Relations,
    string? Error,
    string? SourcePath = null,
    int Added = 0,
    int Removed = 0,
    long Bytes = 0,
    IReadOnlyList<Relation>? Produced = null,
    bool Transient = false);

/// <summary>The outcome of a batch, in the order of its documents.</summary>
public sealed record BatchReport(IReadOnlyList<IngestOutcome> Outcomes, TimeSpan Elapsed)
{
    public int Ingested => Outcomes.Count(o => o.Status == IngestStatus.Ingested);
    public int Unchanged => Outcomes.Count(o => o.Status == IngestStatus.Unchanged);
    public int Failed => Outcomes.Count(o => o.Status == IngestStatus.Failed);
    public IEnumerable<IngestOutcome> Failures => Outcomes.Where(o => o.Status == IngestStatus.Failed);

    /// <summary>Relations held by the documents ingested in this batch.</summary>
    public int Relations => Outcomes.Where(o => o.Status == IngestStatus.Ingested).Sum(o => o.Relations);
    public int RelationsAdded => Outcomes.Sum(o => o.Added);
    public int RelationsRemoved => Outcomes.Sum(o => o.Removed);
    public long Bytes => Outcomes.Sum(o => o.Bytes);

    public double DocumentsPerSecond => Elapsed.TotalSeconds > 0 ? Outcomes.Count / Elapsed.TotalSeconds : 0;

    public override string ToString() =>
        $"{Outcomes.Count} documents in {Elapsed.TotalSeconds:0.00} s: {Ingested} ingested ({Relations} relations, +{RelationsAdded}/-{RelationsRemoved}), {Unchanged} unchanged, {Failed} failed";
}
