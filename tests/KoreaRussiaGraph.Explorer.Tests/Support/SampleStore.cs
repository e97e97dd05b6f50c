using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Storage.Embedded;

namespace KoreaRussiaGraph.Explorer.Tests.Support;

/// <summary>The sample graph written into a real embedded store in a temporary SQLite file.</summary>
public static class SampleStore
{
    public static async Task<EmbeddedGraphStore> CreateAsync(string databasePath)
    {
        var store = new EmbeddedGraphStore(new EmbeddedStoreOptions { Path = databasePath });
        await store.InitializeAsync();
        await store.UpsertActorsAsync(SampleGraph.Actors.ToArray());
        var graph = SampleGraph.Export();
        foreach (var byDocument in SampleGraph.Relations.GroupBy(r => r.Citation.DocumentId))
        {
            var relations = byDocument.ToArray();
            var actorIds = relations.SelectMany(r => new[] { r.SourceId, r.TargetId }).ToHashSet();
            await store.WriteDocumentAsync(new DocumentWrite(
                graph.Documents[byDocument.Key] with { RelationCount = relations.Length },
                string.Join(" ", relations.Select(r => r.Citation.Quote)),
                SampleGraph.Actors.Where(a => actorIds.Contains(a.Id)).ToArray(),
                relations));
        }
        return store;
    }
}
