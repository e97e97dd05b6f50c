using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KoreaRussiaGraph.GraphQL.Cost;

public static class QueryCostGraphQLBuilderExtensions
{
    /// <summary>
    /// Cost analysis before execution (GraphQL:MaxCost), the field/alias limit (GraphQL:MaxFields), the query length
    /// limit (GraphQL:MaxQueryLength), named depth errors, extensions.cost on request, and the API's meters.
    /// Builds on graphql-dotnet's complexity analyser; its MaxDepth stays wherever the API configures it.
    /// </summary>
    public static IGraphQLBuilder AddQueryCost(this IGraphQLBuilder builder, IConfiguration configuration)
    {
        var options = configuration.GetSection("GraphQL").Get<QueryCostOptions>() ?? new QueryCostOptions();
        var model = new QueryCostModel(options);
        var validation = new QueryCostValidation(options);

        var services = builder.Services;
        services.Register(options);
        services.TryRegister<GraphQLMetrics, GraphQLMetrics>(global::GraphQL.DI.ServiceLifetime.Singleton);
        services.TryRegister<QueryCostExecution, QueryCostExecution>(global::GraphQL.DI.ServiceLifetime.Singleton);
        services.TryRegister<Microsoft.AspNetCore.Http.IHttpContextAccessor, Microsoft.AspNetCore.Http.HttpContextAccessor>(global::GraphQL.DI.ServiceLifetime.Singleton);

        builder.AddValidationRule(new FieldCountRule(options));
        builder.AddValidationRule(new Bounds.InputBoundsRule(options), useForCachedDocuments: true);
        builder.AddComplexityAnalyzer(complexity =>
        {
            complexity.DefaultComplexityImpactDelegate = model.Impact;
            complexity.ValidateComplexityDelegate = validation.ValidateAsync;
        });
        builder.ConfigureExecution((execution, next) =>
            execution.RequestServices!.GetRequiredService<QueryCostExecution>().ExecuteAsync(execution, next));
        return builder;
    }
}
