using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Extraction.Mentions;

namespace KoreaRussiaGraph.Extraction.Relations;

/// <summary>A relation read from one sentence before it becomes a <see cref="Relation"/>: arguments, status, date, and what fired.</summary>
public sealed record RelationCandidate(
    string Type, string Source, string Target, ClaimStatus Status, string? AttributedTo, string? Details,
    PartialDate? Date, string DateHow, string Rule, string TriggerText, int TriggerFirst,
    IReadOnlyList<Mention> Mentions, string StatusHow);
