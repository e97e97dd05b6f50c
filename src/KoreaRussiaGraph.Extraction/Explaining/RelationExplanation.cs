using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Extraction.Explaining;

/// <summary>How one mention was resolved: its text, the actor ids and the step (alias, title, metonym, coreference).</summary>
public sealed record ResolvedMention(string Text, IReadOnlyList<string> ActorIds, string Step);

/// <summary>Why a relation exists: the sentence, the trigger, the rule, the mentions it used, and how status and date were decided.</summary>
public sealed record RelationExplanation(
    Relation Relation, string Sentence, string Trigger, string Rule,
    IReadOnlyList<ResolvedMention> Mentions, string StatusHow, string DateHow);

/// <summary>An extraction and its explanations, one per relation in the same order.</summary>
public sealed record ExplainedExtraction(KoreaRussiaGraph.Core.Ports.ExtractionResult Result, IReadOnlyList<RelationExplanation> Explanations);
