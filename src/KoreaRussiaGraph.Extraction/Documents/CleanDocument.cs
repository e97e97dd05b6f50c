using KoreaRussiaGraph.Core.Ports;

namespace KoreaRussiaGraph.Extraction.Documents;

/// <summary>A kept block of the clean text (a paragraph, heading or title line) and where it starts.</summary>
public sealed record TextBlock(string Text, int Start, bool IsTitle);

/// <summary>The text extraction reads: kept blocks joined by blank lines, the title, and what was dropped and why.</summary>
public sealed record CleanDocument(string Text, string? Title, IReadOnlyList<TextBlock> Blocks, IReadOnlyList<DroppedBlock> Dropped);
