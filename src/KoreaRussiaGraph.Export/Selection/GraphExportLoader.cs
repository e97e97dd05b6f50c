using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.Export.Model;

namespace KoreaRussiaGraph.Export.Selection;

/// <summary>Reads the selected part of the graph out of a store, with the documents its relations cite.</summary>
public sealed class GraphExportLoader(IGraphStore store)
{
    private const int PageSize = QueryBounds.MaxPage;

    public async Task<GraphExport> LoadAsync(ExportSelection selection, CancellationToken ct = default)
    {
        var graph = await LoadRelationsAsync(selection, ct);
        return selection.Aggregate == ExportAggregate.Links
            ? graph with { Links = await store.GroupLinksAsync(graph.Relations, ct) }
            : graph;
    }

    private async Task<GraphExport> LoadRelationsAsync(ExportSelection selection, CancellationToken ct)
    {
        if (selection.ActorId is { } actorId)
        {
            // One edge per link writes counts and relation ids, never a quote: outlines are enough (no payload read).
            var detail = selection.Aggregate == ExportAggregate.Links ? RelationDetail.Outline : RelationDetail.Full;
            var subgraph = await store.NeighbourhoodAsync(new NeighbourhoodQuery(actorId, selection.Depth, QueryBounds.MaxLimit, selection.Filter, Detail: detail), ct);
            return GraphExport.FromSubgraph(subgraph, await DocumentsAsync(subgraph.Edges, ct), Title(selection, subgraph.Truncated));
        }

        var relations = await AllRelationsAsync(selection.Filter, ct);
        // The whole graph is every actor some exported relation touches: gazetteer entries the news never
        // mentioned would only be isolated dots in a drawing.
        var endpointIds = relations.SelectMany(r => new[] { r.SourceId, r.TargetId }).ToHashSet(StringComparer.Ordinal);
        var actors = (await store.GetActorsAsync(endpointIds, ct)).OrderBy(a => a.Id, StringComparer.Ordinal).ToArray();
        return new GraphExport(actors, relations, await DocumentsAsync(relations, ct), new Dictionary<string, int>(), Title(selection, false));
    }

    private async Task<IReadOnlyList<Relation>> AllRelationsAsync(RelationFilter filter, CancellationToken ct)
    {
        var all = new List<Relation>();
        string? after = null;
        while (true)
        {
            var page = await store.FindRelationsAsync(filter, null, new PageRequest(PageSize, after), ct);
            all.AddRange(page.Items);
            if (!page.HasNextPage || page.Items.Count == 0) return all;
            after = page.Items[^1].Id;
        }
    }

    private async Task<IReadOnlyDictionary<string, DocumentRecord>> DocumentsAsync(IEnumerable<Relation> relations, CancellationToken ct)
    {
        var documents = new Dictionary<string, DocumentRecord>(StringComparer.Ordinal);
        foreach (var id in GraphExport.CitedDocumentIds(relations))
            if (await store.GetDocumentAsync(id, ct) is { } document) documents[id] = document;
        return documents;
    }

    private static string Title(ExportSelection selection, bool truncated)
    {
        var what = selection.ActorId is null ? "KoreaRussiaGraph: whole graph" : $"KoreaRussiaGraph: neighbourhood of {selection.ActorId}, depth {selection.Depth}";
        var filter = selection.Filter;
        var parts = new List<string>();
        if (filter.Types is { } types) parts.Add("types " + string.Join(",", types.Order(StringComparer.Ordinal)));
        if (filter.From is { } from) parts.Add($"from {from}");
        if (filter.To is { } to) parts.Add($"to {to}");
        parts.Add("statuses " + string.Join(",", filter.Statuses.Order().Select(s => s.ToString().ToUpperInvariant())));
        if (truncated) parts.Add($"truncated at {QueryBounds.MaxLimit} actors");
        if (selection.Aggregate == ExportAggregate.Links) parts.Add("one edge per link, weight = evidence count");
        return $"{what} ({string.Join("; ", parts)})";
    }
}
