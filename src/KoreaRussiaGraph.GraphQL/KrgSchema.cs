using GraphQL.Types;
using KoreaRussiaGraph.GraphQL.Mutations;
using KoreaRussiaGraph.GraphQL.Queries;
using KoreaRussiaGraph.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace KoreaRussiaGraph.GraphQL;

public sealed class KrgSchema : Schema
{
    public KrgSchema(IServiceProvider services) : base(services)
    {
        Description = "KoreaRussiaGraph: actors and cited, dated relations from news about North Korea–Russia relations.";
        Query = services.GetRequiredService<QueryGraphType>();
        Mutation = services.GetRequiredService<MutationGraphType>();
        Subscription = services.GetRequiredService<Subscriptions.SubscriptionGraphType>();
        RegisterTypeMapping(typeof(KoreaRussiaGraph.Core.Model.PartialDate), typeof(PartialDateGraphType));
    }
}

