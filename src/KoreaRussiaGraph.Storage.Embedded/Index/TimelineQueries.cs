using KoreaRussiaGraph.Core.Timelines;

namespace KoreaRussiaGraph.Storage.Embedded.Index;

/// <summary>Timelines from the edge records (dates and types only), around an actor's adjacency or over every edge.</summary>
internal static class TimelineQueries
{
    public static Timeline Run(GraphIndex g, int? actor, TimelineQuery query)
    {
        var f = new CompiledFilter(query.EffectiveFilter, g);
        var builder = new TimelineBuilder(query.Bucket);
        if (actor is { } a)
        {
            foreach (var half in g.Adjacency(a))
            {
                ref readonly var e = ref g.Edge(half.Edge);
                if (f.Passes(e, a)) builder.Add(PackedDate.OfEdge(e), g.TypeNames[e.Type]);
            }
        }
        else
        {
            var edges = g.Edges;
            for (var slot = 0; slot < edges.Length; slot++)
                if (edges[slot].Alive && f.Matches(edges[slot])) builder.Add(PackedDate.OfEdge(edges[slot]), g.TypeNames[edges[slot].Type]);
        }
        return builder.Build();
    }
}
