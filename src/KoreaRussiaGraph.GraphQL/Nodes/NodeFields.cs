using GraphQL;
using GraphQL.Types;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.GraphQL.Queries;
using KoreaRussiaGraph.GraphQL.Types;

namespace KoreaRussiaGraph.GraphQL.Nodes;

/// <summary>Query.node and Query.nodes: any actor, relation or document by its id.</summary>
public static class NodeFields
{
    public static void AddNodeFields(this ObjectGraphType query)
    {
        query.Field<NodeInterfaceGraphType>("node")
            .Description("The actor, relation or document with this id; null when none has it.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await ResolveAsync(ctx.Loader(), ctx.GetArgument<string>("id"), ctx.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NodeInterfaceGraphType>>>("nodes")
            .Description($"The objects with these ids, in the order asked, null where none has the id; at most {QueryBounds.MaxPage} ids.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .ResolveAsync(async ctx =>
            {
                var ids = ctx.GetArgument<List<string>>("ids");
                QueryGuard.InRange("ids", ids.Count, 0, QueryBounds.MaxPage);
                var loader = ctx.Loader();
                var found = new List<object?>(ids.Count);
                foreach (var id in ids) found.Add(await ResolveAsync(loader, id, ctx.CancellationToken));
                return found;
            });
    }

    /// <summary>A relation id is looked up as a relation; any id then as an actor, then as a document.</summary>
    public static async Task<object?> ResolveAsync(GraphLoader loader, string id, CancellationToken ct)
    {
        QueryGuard.ValidId("id", id);
        if (id.StartsWith("r-", StringComparison.Ordinal) && await loader.Store.GetRelationAsync(id, ct) is { } relation)
        {
            await loader.PrimeEndpointsAsync([relation], ct);
            return relation;
        }
        return (object?)await loader.ActorAsync(id, ct) ?? await loader.DocumentAsync(id, ct);
    }
}
