using System.Collections;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.GraphQL.Cost;

namespace KoreaRussiaGraph.GraphQL.Bounds;

/// <summary>
/// Bounds the inputs that drive work before any resolver runs (issue 14): a query's variables all together
/// (<see cref="QueryCostOptions.MaxVariablesLength"/>), every ID argument (<see cref="QueryBounds.MaxIdLength"/>) and
/// every String argument (<see cref="QueryCostOptions.MaxStringArgumentLength"/>), given as literals or variables.
/// A 5 MB actor id used to reach the closest-id search; now it is refused with the bound it broke.
/// Runs for cached documents too, because its verdict depends on the variables.
/// </summary>
public sealed class InputBoundsRule(QueryCostOptions options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        // Before the variables are parsed into arguments; the mutation carries a document's text in them.
        if (options.MaxVariablesLength > 0 && context.Operation?.Operation != OperationType.Mutation && context.Variables is { Count: > 0 } variables)
        {
            var length = CharactersIn(variables, options.MaxVariablesLength);
            if (length > options.MaxVariablesLength) throw InputBoundsError.VariablesTooLarge(length, options.MaxVariablesLength);
        }
        return default;
    }

    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => new(_arguments);

    private readonly INodeVisitor _arguments = new MatchingNodeVisitor<GraphQLField>((node, context) =>
    {
        if (context.ArgumentValues?.TryGetValue(node, out var values) != true || context.TypeInfo.GetFieldDef() is not { } field) return;
        foreach (var (name, value) in values!)
        {
            var type = Unwrap(field.Arguments?.Find(name)?.ResolvedType);
            var limit = type switch
            {
                IdGraphType => QueryBounds.MaxIdLength,
                StringGraphType => options.MaxStringArgumentLength,
                Types.RelationFilterInputGraphType or Types.DocumentFilterInputGraphType => options.MaxStringArgumentLength, // their text
                _ => 0,
            };
            if (limit > 0 && Longest(value.Value) is var longest && longest > limit)
                context.ReportError(InputBoundsError.ArgumentTooLong(node.Name.StringValue,
                    value.Value is Core.Querying.RelationFilter or Core.Querying.DocumentFilter ? name + ".text" : name, longest, limit));
        }
    });

    private static IGraphType? Unwrap(IGraphType? type) => type switch
    {
        NonNullGraphType nonNull => Unwrap(nonNull.ResolvedType),
        ListGraphType list => Unwrap(list.ResolvedType),
        _ => type,
    };

    private static int Longest(object? value) => value switch
    {
        string text => text.Length,
        Core.Querying.RelationFilter filter => filter.Text?.Length ?? 0,
        Core.Querying.DocumentFilter filter => Math.Max(filter.Text?.Length ?? 0, filter.Outlets?.Select(o => o.Length).DefaultIfEmpty(0).Max() ?? 0),
        IEnumerable items => items.Cast<object?>().Select(Longest).DefaultIfEmpty(0).Max(),
        _ => 0,
    };

    /// <summary>Characters of every string and key in the variables, counted until past <paramref name="stop"/>.</summary>
    private static int CharactersIn(object? value, int stop)
    {
        var total = 0;
        var pending = new Stack<object?>();
        pending.Push(value);
        while (pending.TryPop(out var item) && total <= stop)
        {
            switch (item)
            {
                case string text:
                    total += text.Length;
                    break;
                case IDictionary<string, object?> map:
                    foreach (var (key, inner) in map)
                    {
                        total += key.Length;
                        pending.Push(inner);
                    }
                    break;
                case IEnumerable items:
                    foreach (var inner in items) pending.Push(inner);
                    break;
                case not null:
                    total += 8; // a number or a boolean: its size hardly matters, its count does
                    break;
            }
        }
        return total;
    }
}

/// <summary>Refusals of <see cref="InputBoundsRule"/>: the bound broken, the measured value and the limit.</summary>
public static class InputBoundsError
{
    public static QueryLimitError VariablesTooLarge(int length, int limit) => new(
        "VARIABLES_TOO_LARGE",
        $"The query's variables hold more than {limit} characters; this server accepts at most {limit} for a query.",
        new Dictionary<string, object?> { ["length"] = length, ["maxVariablesLength"] = limit });

    public static QueryLimitError ArgumentTooLong(string field, string argument, int length, int limit) => new(
        "BOUND_EXCEEDED",
        $"'{argument}' of {field} is {length} characters long; at most {limit} are accepted.",
        new Dictionary<string, object?> { ["bound"] = argument, ["length"] = length, ["max"] = limit });
}
