using GraphQL.Validation;

namespace KoreaRussiaGraph.GraphQL.Cost;

/// <summary>A request rejected by one of the limits: a validation error with a stable code and the figures a client needs to fix it.</summary>
public sealed class QueryLimitError : ValidationError
{
    public QueryLimitError(string code, string message, IReadOnlyDictionary<string, object?> details) : base(message)
    {
        Code = code;
        foreach (var (key, value) in details) (Extensions ??= new Dictionary<string, object?>())[key] = value;
    }

    public static QueryLimitError CostExceeded(double cost, int limit) => new(
        "QUERY_COST_EXCEEDED",
        $"The query's estimated cost is {Math.Round(cost)}, above this server's limit of {limit}. "
        + "Select fewer fields, lower first/limit/k/depth/maxHops, or page through the results.",
        new Dictionary<string, object?> { ["cost"] = Math.Round(cost), ["maxCost"] = limit });

    public static QueryLimitError TooDeep(int depth, int limit) => new(
        "QUERY_TOO_DEEP",
        $"The query nests {depth} levels deep; this server allows at most {limit}.",
        new Dictionary<string, object?> { ["depth"] = depth, ["maxDepth"] = limit });

    public static QueryLimitError TooManyFields(int limit) => new(
        "TOO_MANY_FIELDS",
        $"The query selects more than {limit} fields (aliases and fragment fields included); this server allows at most {limit}.",
        new Dictionary<string, object?> { ["maxFields"] = limit });

    public static QueryLimitError QueryTooLong(int length, int limit) => new(
        "QUERY_TOO_LARGE",
        $"The query text is {length} characters long; this server accepts at most {limit}. Pass large values as variables.",
        new Dictionary<string, object?> { ["length"] = length, ["maxQueryLength"] = limit });
}
