using GraphQL.Validation;
using GraphQLParser.AST;

namespace KoreaRussiaGraph.GraphQL.Cost;

/// <summary>
/// Rejects an operation with more than <see cref="QueryCostOptions.MaxFields"/> selections, counting aliases and
/// expanding fragments. It runs while the other rules are still being prepared and throws, so a thousand aliases
/// or a fragment bomb never reach the rules whose work grows with the square of the selections.
/// </summary>
public sealed class FieldCountRule(QueryCostOptions options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (options.MaxFields > 0 && context.Operation is { } operation && Exceeds(context.Document, operation.SelectionSet, options.MaxFields))
            throw QueryLimitError.TooManyFields(options.MaxFields);
        return default;
    }

    /// <summary>Counts selections breadth-first and stops at the limit, so cyclic or exponential fragments cost at most the limit to count.</summary>
    public static bool Exceeds(GraphQLDocument document, GraphQLSelectionSet root, int limit)
    {
        var fragments = new Dictionary<string, GraphQLSelectionSet>(StringComparer.Ordinal);
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
            fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment.SelectionSet);
        var pending = new Queue<GraphQLSelectionSet>();
        pending.Enqueue(root);
        var count = 0;
        while (pending.TryDequeue(out var set))
        {
            foreach (var selection in set.Selections)
            {
                if (++count > limit) return true;
                var inner = selection switch
                {
                    GraphQLField field => field.SelectionSet,
                    GraphQLInlineFragment inline => inline.SelectionSet,
                    GraphQLFragmentSpread spread => fragments.GetValueOrDefault(spread.FragmentName.Name.StringValue),
                    _ => null,
                };
                if (inner is not null) pending.Enqueue(inner);
            }
        }
        return false;
    }
}
