using GraphQL.Types;
using KoreaRussiaGraph.Core.Querying;

namespace KoreaRussiaGraph.GraphQL.Paging;

/// <summary>A Relay connection over a store page: edges with cursors, pageInfo and the total count.</summary>
public sealed record Connection<T>(Page<T> Page, Func<T, string> KeyOf, bool HasPreviousPage)
{
    public IEnumerable<Edge<T>> Edges => Page.Items.Select(item => new Edge<T>(item, Cursor.Encode(KeyOf(item))));
    public PageInfo PageInfo => new(
        Page.HasNextPage, HasPreviousPage,
        Page.Items.Count > 0 ? Cursor.Encode(KeyOf(Page.Items[0])) : null,
        Page.Items.Count > 0 ? Cursor.Encode(KeyOf(Page.Items[^1])) : null);
}

public sealed record Edge<T>(T Node, string Cursor);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

public sealed class PageInfoGraphType : ObjectGraphType<PageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Field(x => x.HasNextPage);
        Field(x => x.HasPreviousPage);
        Field(x => x.StartCursor, nullable: true);
        Field(x => x.EndCursor, nullable: true);
    }
}

public abstract class ConnectionGraphType<TNode, TNodeGraphType> : ObjectGraphType<Connection<TNode>>
    where TNodeGraphType : IGraphType
{
    protected ConnectionGraphType(string nodeName)
    {
        Name = nodeName + "Connection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNode, TNodeGraphType>>>>>("edges").Resolve(ctx => ctx.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeGraphType>>>>("nodes")
            .Description("The nodes of this page without their cursors, for clients that do not need them.")
            .Resolve(ctx => ctx.Source.Page.Items);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Resolve(ctx => ctx.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Resolve(ctx => ctx.Source.Page.TotalCount);
    }
}

public sealed class EdgeGraphType<TNode, TNodeGraphType> : ObjectGraphType<Edge<TNode>>
    where TNodeGraphType : IGraphType
{
    public EdgeGraphType()
    {
        // Name is fixed by the concrete connection that registers this edge type.
        Name = typeof(TNode).Name switch
        {
            "DocumentRecord" => "DocumentEdge",
            "LinkView" => "LinkEdge",
            var n => n + "Edge",
        };
        Field<NonNullGraphType<TNodeGraphType>>("node").Resolve(ctx => ctx.Source.Node);
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(ctx => ctx.Source.Cursor);
    }
}
