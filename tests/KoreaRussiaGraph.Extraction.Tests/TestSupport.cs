using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Core.Schema;
using KoreaRussiaGraph.Extraction;
using KoreaRussiaGraph.Extraction.Explaining;

namespace KoreaRussiaGraph.Extraction.Tests;

/// <summary>One extractor for all tests (loading the vocabulary is the slow part) and short helpers over it.</summary>
public static class TestSupport
{
    public static readonly GraphSchemaDirectory Schema = GraphSchemaDirectory.Locate();
    public static readonly RuleBasedExtractor Extractor = RuleBasedExtractor.Load(Schema);

    public static ExtractionResult Extract(string text, string? published = null, string format = "txt", string? title = null) =>
        Extractor.Extract(Document(text, published, format, title));

    public static ExplainedExtraction Explain(string text, string? published = null) => Extractor.Explain(Document(text, published, "txt", null));

    public static SourceDocument Document(string text, string? published = null, string format = "txt", string? title = null) =>
        new("test-doc", format, text, new DocumentMetadata(Title: title, Published: published is null ? null : PartialDate.Parse(published)));

    public static IReadOnlyList<string> Keys(this ExtractionResult result) =>
        result.Relations.Select(r => $"{r.SourceId} {r.Type} {r.TargetId}").ToArray();

    public static Relation Single(this ExtractionResult result, string source, string type, string target) =>
        Assert.Single(result.Relations, r => r.SourceId == source && r.Type == type && r.TargetId == target);

    /// <summary>The repository root: the folder above graph-schema/ found from the test binary.</summary>
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "KoreaRussiaGraph.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("KoreaRussiaGraph.sln not found above the test binary");
    }
}
