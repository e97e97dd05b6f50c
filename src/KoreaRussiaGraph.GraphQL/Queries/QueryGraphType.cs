using GraphQL;
using GraphQL.Types;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.Core.Schema;
using KoreaRussiaGraph.GraphQL.Nodes;
using KoreaRussiaGraph.GraphQL.Ordering;
using KoreaRussiaGraph.GraphQL.Links;
using KoreaRussiaGraph.GraphQL.Paging;
using KoreaRussiaGraph.GraphQL.Http;
using KoreaRussiaGraph.GraphQL.Sources;
using KoreaRussiaGraph.GraphQL.Search;
using KoreaRussiaGraph.GraphQL.Types;
using Microsoft.Extensions.Options;

namespace KoreaRussiaGraph.GraphQL.Queries;

/// <summary>The read side of the API, named exactly as DESIGN §4 fixes it. Bounds are checked by the store (the port's contract).</summary>
public sealed class QueryGraphType : ObjectGraphType
{
    public QueryGraphType(RelationTypeCatalog relationTypes, IOptions<GraphQLEndpointOptions> options)
    {
        Name = "Query";

        Field<ActorGraphType>("actor")
            .Description("One actor by id; null when no actor has it.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await ctx.Loader().ActorAsync(ctx.GetArgument<string>("id"), ctx.CancellationToken));

        Field<NonNullGraphType<ActorConnectionGraphType>>("actors")
            .Description("Actors ordered by id; search matches id, name or alias (case-insensitive substring).")
            .Argument<StringGraphType>("search")
            .Argument<ActorKindGraphType>("kind")
            .Argument<IntGraphType>("first", arg => arg.DefaultValue = 50)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async ctx =>
            {
                var page = new PageRequest(ctx.GetArgument("first", 50), Cursor.Decode(ctx.GetArgument<string?>("after")));
                var query = new ActorQuery(ctx.GetArgument<string?>("search"), ctx.GetArgument<ActorKind?>("kind"), page);
                var result = await ctx.Loader().Store.FindActorsAsync(query, ctx.CancellationToken);
                ctx.Loader().Prime(result.Items);
                return new Connection<Actor>(result, a => a.Id, page.After is not null);
            });

        Field<NonNullGraphType<RelationConnectionGraphType>>("relations")
            .Description("Relations passing the filter, ordered by id unless orderBy says otherwise.")
            .Argument<RelationFilterInputGraphType>("filter")
            .Argument<RelationOrderInputGraphType>("orderBy")
            .Argument<IntGraphType>("first", arg => arg.DefaultValue = 100)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async ctx => await RelationPages.LoadAsync(ctx, actorId: null));

        Field<NonNullGraphType<SubgraphGraphType>>("neighbourhood")
            .Description("Actors within `depth` hops of `actor` (breadth-first) and the filtered relations among them: at most `maxEdges` " +
                $"(1..{QueryBounds.MaxEdges}), the ones nearest the actor first, with truncated true when some were left out.")
            .Argument<NonNullGraphType<IdGraphType>>("actor")
            .Argument<IntGraphType>("depth", arg => arg.DefaultValue = 1)
            .Argument<IntGraphType>("limit", arg => arg.DefaultValue = 200)
            .Argument<RelationFilterInputGraphType>("filter")
            .Argument<IntGraphType>("maxEdges", arg => arg.DefaultValue = QueryBounds.DefaultMaxEdges)
            .ResolveAsync(async ctx =>
            {
                var query = new NeighbourhoodQuery(ctx.GetArgument<string>("actor"), ctx.GetArgument("depth", 1),
                    ctx.GetArgument("limit", 200), ctx.GetArgument<RelationFilter?>("filter"),
                    ctx.GetArgument("maxEdges", QueryBounds.DefaultMaxEdges), RelationDetail.Outline);
                // Outlines: quotes and details are read (in one batch) only if the query selects them.
                var subgraph = await ctx.Loader().Store.NeighbourhoodAsync(query, ctx.CancellationToken);
                ctx.Loader().Prime(subgraph.Nodes.Select(n => n.Actor));
                ctx.Loader().RegisterOutlines(subgraph.Edges);
                await ctx.Loader().PrimeEndpointsAsync(subgraph.Edges, ctx.CancellationToken);
                return subgraph;
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathGraphType>>>>("paths")
            .Description("Up to k shortest simple paths between two actors, shortest first; each hop carries all its evidence.")
            .Argument<NonNullGraphType<IdGraphType>>("from")
            .Argument<NonNullGraphType<IdGraphType>>("to")
            .Argument<IntGraphType>("maxHops", arg => arg.DefaultValue = 4)
            .Argument<IntGraphType>("k", arg => arg.DefaultValue = 3)
            .Argument<RelationFilterInputGraphType>("filter")
            .ResolveAsync(async ctx =>
            {
                var query = new PathQuery(ctx.GetArgument<string>("from"), ctx.GetArgument<string>("to"),
                    ctx.GetArgument("maxHops", 4), ctx.GetArgument("k", 3), ctx.GetArgument<RelationFilter?>("filter"),
                    options.Value.PathWorkBudget);
                var paths = await ctx.Loader().Store.PathsAsync(query, ctx.CancellationToken);
                ctx.Loader().Prime(paths.SelectMany(p => p.Actors));
                await ctx.Loader().PrimeEndpointsAsync(paths.SelectMany(p => p.Hops).SelectMany(h => h.Relations), ctx.CancellationToken);
                return paths;
            });

        this.AddLinkQueries();

        Field<DocumentGraphType>("document")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await ctx.Loader().DocumentAsync(ctx.GetArgument<string>("id"), ctx.CancellationToken));

        Field<NonNullGraphType<DocumentConnectionGraphType>>("documents")
            .Description("Ingested and failed documents passing the filter, ordered by id; failed ones carry their error.")
            .Argument<DocumentFilterInputGraphType>("filter")
            .Argument<IntGraphType>("first", arg => arg.DefaultValue = 50)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async ctx =>
            {
                var page = new PageRequest(ctx.GetArgument("first", 50), Cursor.Decode(ctx.GetArgument<string?>("after")));
                var filter = ctx.GetArgument<DocumentFilter?>("filter");
                var result = filter is null
                    ? await ctx.Loader().Store.ListDocumentsAsync(page, ctx.CancellationToken)
                    : await ctx.Loader().Store.FindDocumentsAsync(filter, page, ctx.CancellationToken);
                return new Connection<DocumentRecord>(result, d => d.Id, page.After is not null);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationTypeInfoGraphType>>>>("relationTypes")
            .Resolve(_ => relationTypes.All);

        Field<NonNullGraphType<GraphStatsGraphType>>("stats")
            .ResolveAsync(async ctx => await ctx.Loader().Store.StatsAsync(ctx.CancellationToken));

        SourcesQuery.AddTo(this);
        this.AddNodeFields();    // node, nodes (issue 18)
        this.AddSearchFields();  // search (issue 18)
    }
}
