using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using GraphQL.Types;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.GraphQL.Types;

namespace KoreaRussiaGraph.GraphQL.Subscriptions;

/// <summary>Subscription.graphChanged, served over GraphQL over Server-Sent Events (<see cref="GraphQLSse"/>).</summary>
public sealed class SubscriptionGraphType : ObjectGraphType
{
    public SubscriptionGraphType()
    {
        Name = "Subscription";
        Field<NonNullGraphType<GraphChangeGraphType>>("graphChanged")
            .Description("One event per committed write (inbox, mutation, or another process writing the store file once this server sees it); " +
                "writes faster than 10 a second are merged into one event per 100 ms.")
            // Resolved per subscription: the schema is also built where no store exists (krg schema).
            .ResolveStream(ctx => ctx.RequestServices!.GetRequiredService<GraphChangeFeed>());
    }
}

public sealed class GraphChangeGraphType : ObjectGraphType<GraphChangeNotice>
{
    public GraphChangeGraphType()
    {
        Name = "GraphChange";
        Description = "What a committed write (or several merged ones) changed.";
        Field<NonNullGraphType<StringGraphType>>("generation").Description("Opaque; differs after every change.").Resolve(ctx => ctx.Source.Generation);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentGraphType>>>>("documents")
            .Description("The documents written, as they now stand.")
            .ResolveAsync(async ctx =>
            {
                // The store itself, not the request's memo: one subscription outlives many changes to the same document.
                var store = ctx.Loader().Store;
                var documents = new List<DocumentRecord>();
                foreach (var id in ctx.Source.Documents)
                    if (await store.GetDocumentAsync(id, ctx.CancellationToken) is { } document) documents.Add(document);
                return documents;
            });
        Field<NonNullGraphType<IntGraphType>>("addedRelations").Resolve(ctx => ctx.Source.AddedRelations);
        Field<NonNullGraphType<IntGraphType>>("removedRelations").Resolve(ctx => ctx.Source.RemovedRelations);
    }
}
