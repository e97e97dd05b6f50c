using GraphQL;
using GraphQL.Types;
using KoreaRussiaGraph.Core.Links;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.Core.Timelines;
using KoreaRussiaGraph.GraphQL.Paging;
using KoreaRussiaGraph.GraphQL.Types;

namespace KoreaRussiaGraph.GraphQL.Links;

/// <summary>Query.links and Query.timeline, and the links field a subgraph and a path hop share (issue 15).</summary>
public static class LinkQueryFields
{
    public static void AddLinkQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<LinkConnectionGraphType>>("links")
            .Description("Relationships of the whole graph over the relations passing the filter, backed by at least minDocuments documents. " +
                "orderBy DOCUMENT_COUNT ranks the best corroborated first.")
            .Argument<RelationFilterInputGraphType>("filter")
            .Argument<IntGraphType>("minDocuments", arg => arg.DefaultValue = 1)
            .Argument<LinkOrderGraphType>("orderBy", arg => arg.DefaultValue = LinkOrder.Id)
            .Argument<IntGraphType>("first", arg => arg.DefaultValue = 100)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async ctx =>
            {
                var filter = ctx.GetArgument<RelationFilter?>("filter") ?? RelationFilter.Default;
                var order = ctx.GetArgument("orderBy", LinkOrder.Id);
                var query = new LinkQuery(filter, ctx.GetArgument("minDocuments", 1), order, ctx.GetArgument("first", 100),
                    Cursor.Decode(ctx.GetArgument<string?>("after")));
                var loader = ctx.Loader();
                var page = await loader.Store.FindLinksAsync(query, ctx.CancellationToken);
                await PrimeActorsAsync(loader, page.Items, ctx.CancellationToken);
                var views = page.Items.Select(l => new LinkView(l, null, filter)).ToArray();
                return new Connection<LinkView>(new Page<LinkView>(views, page.HasNextPage, page.TotalCount),
                    v => LinkCursor.Of(v.Link, order), query.After is not null);
            });

        query.Field<LinkGraphType>("link")
            .Description("One relationship by id (source|type|target) with its evidence under the filter; null when no relation of it passes.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<RelationFilterInputGraphType>("filter")
            .ResolveAsync(async ctx =>
            {
                var id = ctx.GetArgument<string>("id");
                if (!LinkKey.TryParse(id, out var key))
                    throw GraphQueryException.InvalidArgument("id", $"'{id}' is not a link id (source|type|target)");
                var filter = ctx.GetArgument<RelationFilter?>("filter") ?? RelationFilter.Default;
                var store = ctx.Loader().Store;
                var evidence = await store.LinkEvidenceAsync(key, filter, ctx.CancellationToken);
                var grouped = await store.GroupLinksAsync(evidence, ctx.CancellationToken);
                return grouped.Count == 0 ? null : new LinkView(grouped[0].Link, grouped[0], filter);
            });

        query.Field<NonNullGraphType<TimelineGraphType>>("timeline")
            .Description("Dated relations passing the filter per year or month: around `actor` (relations touching it) when given, else the whole graph.")
            .Argument<IdGraphType>("actor")
            .Argument<RelationFilterInputGraphType>("filter")
            .Argument<TimeBucketGraphType>("bucket", arg => arg.DefaultValue = TimeBucket.Year)
            .ResolveAsync(async ctx => await ctx.Loader().Store.TimelineAsync(
                new TimelineQuery(ctx.GetArgument<string?>("actor"), ctx.GetArgument<RelationFilter?>("filter"), ctx.GetArgument("bucket", TimeBucket.Year)),
                ctx.CancellationToken));
    }

    /// <summary>Adds <c>links</c> to a type whose source carries relations already loaded (a subgraph, a path hop).</summary>
    public static void AddGroupedLinks<TSource>(this ObjectGraphType<TSource> type, Func<TSource, IReadOnlyCollection<Relation>> relations, string description) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LinkGraphType>>>>("links")
            .Description(description)
            .ResolveAsync(async ctx =>
            {
                var grouped = await ctx.Loader().Store.GroupLinksAsync(relations(ctx.Source), ctx.CancellationToken);
                return LinkView.Of(grouped, RelationFilter.Default);
            });

    private static async Task PrimeActorsAsync(Queries.GraphLoader loader, IEnumerable<Link> links, CancellationToken ct)
    {
        var ids = links.SelectMany(l => new[] { l.Key.SourceId, l.Key.TargetId }).ToHashSet(StringComparer.Ordinal);
        if (ids.Count > 0) loader.Prime(await loader.Store.GetActorsAsync(ids, ct));
    }
}
