using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Core.Querying;

namespace KoreaRussiaGraph.Storage.Embedded.Tests;

/// <summary>
/// Issue 16: with payloads in the file, a neighbourhood asked as outlines reads no payload at all, and one asked whole
/// reads only the relations it keeps, with their real quotes, however small the payload cache.
/// </summary>
public sealed class OutlineTests : IDisposable
{
    private readonly TempStoreFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static Relation Rel(string doc, int sentence, string source, string type, string target) =>
        Relation.Create(type, source, target, false, new Citation(doc, sentence, $"quote {doc}/{sentence}: {source} {type} {target}", sentence, sentence + 20, "rule"),
            date: PartialDate.Parse("2023-07"), details: $"details {doc}/{sentence}", confidence: 0.75);

    private static DocumentWrite Write(string doc, params Relation[] relations) => new(
        new DocumentRecord(doc, doc, null, null, null, null, "txt", "sha", DateTimeOffset.UnixEpoch, "v1", DocumentStatus.Ingested),
        $"text of {doc}",
        relations.SelectMany(r => new[] { r.SourceId, r.TargetId }).Distinct().Select(id => new Actor(id, id, ActorKind.Person, [])).ToArray(),
        relations);

    private static async Task<EmbeddedGraphStore> OpenAsync(string path) 
    {
        var store = new EmbeddedGraphStore(new EmbeddedStoreOptions { Path = path, ChangePollInterval = TimeSpan.Zero, PayloadCacheSize = 16 });
        await store.InitializeAsync();
        return store;
    }

    /// <summary>A hub with 60 spokes over three documents, each spoke linked to the next: more relations than the cache holds.</summary>
    private static IEnumerable<DocumentWrite> Star() => Enumerable.Range(0, 3).Select(d => Write($"doc-{d}",
        Enumerable.Range(0, 20).SelectMany(i => new[]
        {
            Rel($"doc-{d}", 2 * i, "hub", "VISITED", $"spoke-{d * 20 + i:00}"),
            Rel($"doc-{d}", 2 * i + 1, $"spoke-{d * 20 + i:00}", "SUPPLIED", $"spoke-{(d * 20 + i + 1) % 60:00}"),
        }).ToArray()));

    [Fact]
    public async Task Outlines_read_no_payload_and_whole_relations_read_only_those_kept_with_their_own_quotes()
    {
        var path = _files.NewPath();
        await using (var writer = await OpenAsync(path))
            foreach (var write in Star()) await writer.WriteDocumentAsync(write);

        await using var store = await OpenAsync(path); // a fresh cache: every payload is in the file only
        long RowsRead() => store.InspectIndex(g => g.PayloadSource.RowsRead);

        var outlines = await store.NeighbourhoodAsync(new NeighbourhoodQuery("hub", Depth: 1, Limit: 200, Detail: RelationDetail.Outline));
        Assert.Equal(120, outlines.Edges.Count);
        Assert.All(outlines.Edges, r => Assert.True(r.IsOutline));
        Assert.Equal(0, RowsRead());

        var capped = await store.NeighbourhoodAsync(new NeighbourhoodQuery("hub", Depth: 1, Limit: 200, MaxEdges: 25));
        Assert.Equal(25, capped.Edges.Count);
        Assert.InRange(RowsRead(), 1, 25);
        foreach (var relation in capped.Edges)
        {
            var (doc, sentence) = (relation.Citation.DocumentId, relation.Citation.SentenceIndex);
            Assert.False(relation.IsOutline);
            Assert.Equal($"quote {doc}/{sentence}: {relation.SourceId} {relation.Type} {relation.TargetId}", relation.Citation.Quote);
            Assert.Equal((sentence, sentence + 20, $"details {doc}/{sentence}", 0.75), (relation.Citation.Start, relation.Citation.End, relation.Details, relation.Confidence));
        }

        var whole = await store.GetRelationsAsync(outlines.Edges.Select(r => r.Id).ToArray());
        Assert.Equal(120, whole.Count);
        Assert.All(whole, r => Assert.StartsWith($"quote {r.Citation.DocumentId}/{r.Citation.SentenceIndex}: ", r.Citation.Quote));
    }
}
