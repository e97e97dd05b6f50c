using System.Text.Encodings.Web;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.GraphQL.Caching;
using KoreaRussiaGraph.GraphQL.Cost;
using KoreaRussiaGraph.GraphQL.Errors;
using KoreaRussiaGraph.GraphQL.Http;
using KoreaRussiaGraph.GraphQL.Paging;
using KoreaRussiaGraph.GraphQL.Queries;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KoreaRussiaGraph.GraphQL;

public static class GraphQLApiServiceCollectionExtensions
{
    /// <summary>The schema, its executer and the endpoint options. Needs an IGraphStore and a RelationTypeCatalog registered.</summary>
    public static IServiceCollection AddGraphQLApi(this IServiceCollection services, IConfiguration configuration, Action<IGraphQLBuilder>? extend = null)
    {
        var section = configuration.GetSection("GraphQL");
        services.Configure<GraphQLEndpointOptions>(section);
        var options = section.Get<GraphQLEndpointOptions>() ?? new GraphQLEndpointOptions();

        services.AddTransient(typeof(EdgeGraphType<,>));
        services.AddSingleton<Subscriptions.GraphChangeFeed>();
        services.AddSingleton(section.GetSection("DocumentCache").Get<ParsedDocumentCacheOptions>() ?? new ParsedDocumentCacheOptions());
        services.AddSingleton(section.GetSection("ResponseCache").Get<ResponseCacheOptions>() ?? new ResponseCacheOptions());
        services.AddSingleton(sp => new ResponseCache(
            sp.GetRequiredService<ResponseCacheOptions>(),
            sp.GetRequiredService<IGraphStore>(),
            sp.GetService<QueryCostOptions>() is { } cost ? [cost.CostHeader] : []));
        services.AddGraphQL(builder =>
        {
            builder
                .AddSchema<KrgSchema>()
                .AddGraphTypes(typeof(KrgSchema).Assembly)
                // Messages quote values with apostrophes ('kim'); JSON needs no \u0027 for them in a response body.
                .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
                .AddErrorInfoProvider(sp => new InputErrorHints(sp))   // bad enum and date values name what is accepted
                .AddUnhandledExceptionHandler(GraphQueryErrors.MapAsync)
                .AddComplexityAnalyzer(complexity => complexity.MaxDepth = options.MaxDepth)
                // Resolvers read an in-memory index or a per-request memo, so fanning fields out to parallel
                // tasks costs more than it saves.
                .AddExecutionStrategy<SerialExecutionStrategy>(GraphQLParser.AST.OperationType.Query)
                .AddExecutionStrategy<SubscriptionExecutionStrategy>(GraphQLParser.AST.OperationType.Subscription) // graphChanged (issue 18)
                .ConfigureExecution<ParsedDocumentCache>()
                .ConfigureExecutionOptions(execution =>
                {
                    var store = execution.RequestServices!.GetRequiredService<IGraphStore>();
                    execution.UserContext[GraphLoader.UserContextKey] = new GraphLoader(store);
                    // A subscription's stream lives as long as its client; the time limit is for answers, not streams.
                    if (!execution.UserContext.ContainsKey(Subscriptions.GraphQLSse.StreamKey)) execution.Timeout = options.ExecutionTimeout;
                    execution.TimeoutAction = TimeoutAction.ReturnTimeoutError;
                });
            extend?.Invoke(builder);
        });
        return services;
    }
}
