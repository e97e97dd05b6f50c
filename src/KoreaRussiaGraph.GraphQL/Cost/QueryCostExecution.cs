using GraphQL;
using GraphQL.DI;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace KoreaRussiaGraph.GraphQL.Cost;

/// <summary>
/// Wraps every execution: refuses an over-long query text before it is parsed, records the outcome and cost,
/// and adds <c>extensions.cost</c> when the client sent the cost header.
/// </summary>
public sealed class QueryCostExecution(QueryCostOptions options, GraphQLMetrics metrics)
{
    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions execution, ExecutionDelegate next)
    {
        if (options.MaxQueryLength > 0 && execution.Query is { Length: var length } && length > options.MaxQueryLength)
        {
            var refused = new ExecutionResult(QueryLimitError.QueryTooLong(length, options.MaxQueryLength));
            metrics.Record(refused, null);
            return refused;
        }

        var result = await next(execution);
        var cost = execution.UserContext.TryGetValue(QueryCost.UserContextKey, out var measured) ? measured as QueryCost : null;
        metrics.Record(result, cost);
        if (cost is not null && ClientAskedForCost(execution))
            (result.Extensions ??= [])["cost"] = cost.ToExtension();
        return result;
    }

    private bool ClientAskedForCost(ExecutionOptions execution)
    {
        var http = execution.RequestServices?.GetService<IHttpContextAccessor>()?.HttpContext;
        var value = http?.Request.Headers[options.CostHeader].ToString();
        return value is not null && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value == "1");
    }
}
