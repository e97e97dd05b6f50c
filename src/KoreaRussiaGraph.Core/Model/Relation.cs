using System.Security.Cryptography;
using System.Text;

namespace KoreaRussiaGraph.Core.Model;

/// <summary>Where a relation comes from: one sentence of one document, verbatim, and the rule that read it.</summary>
public sealed record Citation(string DocumentId, int SentenceIndex, string Quote, int Start, int End, string Rule)
{
    /// <summary>An outline relation's citation: the document is real, the sentence, quote, offsets and rule placeholders.</summary>
    public static Citation Outline(string documentId) => new(documentId, -1, "", 0, 0, "");
}

/// <summary>
/// A directed, typed, dated edge. Symmetric types (MET, SIGNED) are stored once with the two ids
/// in ordinal order and traverse both ways whatever the direction filter says.
/// </summary>
public sealed record Relation(
    string Id,
    string Type,
    string SourceId,
    string TargetId,
    PartialDate? Date,
    PartialDate? ReportedOn,
    ClaimStatus Status,
    string? AttributedTo,
    string? Details,
    double Confidence,
    Citation Citation,
    bool Symmetric = false)
{
    public DatePrecision? DatePrecision => Date?.Precision;

    /// <summary>
    /// True when a store answered with what its index keeps and left the payload out (asked with
    /// <see cref="Querying.RelationDetail.Outline"/>): id, type, endpoints, dates, status, symmetry and the cited document
    /// are real; <see cref="AttributedTo"/>, <see cref="Details"/>, <see cref="Confidence"/> and the citation's sentence,
    /// quote, offsets and rule are placeholders. <see cref="Ports.IGraphStore.GetRelationsAsync"/> gives the whole relation.
    /// </summary>
    public bool IsOutline { get; init; }

    /// <summary>An outline (see <see cref="IsOutline"/>): the payload fields hold placeholders.</summary>
    /// <param name="citation">The cited document's <see cref="Citation.Outline"/> (outlines of one document may share it).</param>
    public static Relation Outline(string id, string type, string sourceId, string targetId, PartialDate? date, PartialDate? reportedOn,
        ClaimStatus status, Citation citation, bool symmetric) =>
        new(id, type, sourceId, targetId, date, reportedOn, status, null, null, 0, citation, symmetric) { IsOutline = true };

    /// <summary>Builds a relation with its stable id, putting a symmetric pair in canonical order first.</summary>
    public static Relation Create(
        string type, string sourceId, string targetId, bool symmetric, Citation citation,
        PartialDate? date = null, PartialDate? reportedOn = null, ClaimStatus status = ClaimStatus.Asserted,
        string? attributedTo = null, string? details = null, double confidence = 1.0)
    {
        if (symmetric && string.CompareOrdinal(sourceId, targetId) > 0) (sourceId, targetId) = (targetId, sourceId);
        var id = StableId(citation.DocumentId, citation.SentenceIndex, sourceId, type, targetId);
        return new Relation(id, type, sourceId, targetId, date, reportedOn, status, attributedTo, details, confidence, citation, symmetric);
    }

    /// <summary>Derived from (document, sentence, source, type, target) so that re-ingesting a document never duplicates an edge.</summary>
    public static string StableId(string documentId, int sentenceIndex, string sourceId, string type, string targetId)
    {
        var key = $"{documentId}\u001f{sentenceIndex}\u001f{sourceId}\u001f{type}\u001f{targetId}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return "r-" + Convert.ToHexStringLower(hash.AsSpan(0, 10));
    }

    public string OtherEnd(string actorId) => SourceId == actorId ? TargetId : SourceId;
}
