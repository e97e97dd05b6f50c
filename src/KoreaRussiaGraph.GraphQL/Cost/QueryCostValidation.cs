using GraphQL.Validation.Complexity;

namespace KoreaRussiaGraph.GraphQL.Cost;

/// <summary>
/// Runs after graphql-dotnet's analyser has priced the operation: keeps the figures for reporting and turns
/// an over-deep or over-costly operation into a named error carrying the measured value and the limit.
/// </summary>
public sealed class QueryCostValidation(QueryCostOptions options)
{
    public Task ValidateAsync(ComplexityValidationContext context)
    {
        context.ValidationContext.UserContext[QueryCost.UserContextKey] = new QueryCost(context.TotalImpact, context.MaxDepth, options.MaxCost);

        if (context.Configuration.MaxDepth is { } maxDepth && context.MaxDepth > maxDepth)
            context.Error = QueryLimitError.TooDeep(context.MaxDepth, maxDepth);
        else if (options.MaxCost > 0 && context.TotalImpact > options.MaxCost)
            context.Error = QueryLimitError.CostExceeded(context.TotalImpact, options.MaxCost);
        return Task.CompletedTask;
    }
}
