using GraphQL;
using GraphQL.Execution;
using KoreaRussiaGraph.Core.Querying;

namespace KoreaRussiaGraph.GraphQL.Errors;

/// <summary>
/// Turns the store's caller errors into GraphQL errors that keep their message, code and details
/// (graphql-dotnet would otherwise mask them as "Error trying to resolve field").
/// </summary>
public static class GraphQueryErrors
{
    public static Task MapAsync(UnhandledExceptionContext context)
    {
        switch (context.OriginalException)
        {
            case GraphQueryException query:
                var error = new ExecutionError(query.Message) { Code = query.Code };
                foreach (var (key, value) in query.Details) (error.Extensions ??= new Dictionary<string, object?>())[key] = value;
                context.Exception = error;
                context.ErrorMessage = query.Message;
                break;
            case FormatException format:
                context.Exception = new ExecutionError(format.Message) { Code = "INVALID_ARGUMENT" };
                context.ErrorMessage = format.Message;
                break;
            case OperationCanceledException:
                context.Exception = new ExecutionError("The query was cancelled: it ran past the time limit or the client went away.") { Code = "CANCELLED" };
                context.ErrorMessage = context.Exception.Message;
                break;
        }
        return Task.CompletedTask;
    }
}
