namespace KoreaRussiaGraph.Core.Querying;

/// <summary>A query the caller got wrong: the message says what, and <see cref="Code"/> says which kind, for clients to branch on.</summary>
public sealed class GraphQueryException(string code, string message, IReadOnlyDictionary<string, object?>? details = null)
    : Exception(message)
{
    public string Code { get; } = code;
    public IReadOnlyDictionary<string, object?> Details { get; } = details ?? new Dictionary<string, object?>();

    public static GraphQueryException UnknownActor(string id, IReadOnlyList<string> closest) => new(
        "UNKNOWN_ACTOR",
        closest.Count == 0
            ? $"No actor has the id '{id}'."
            : $"No actor has the id '{id}'. Closest known ids: {string.Join(", ", closest)}.",
        new Dictionary<string, object?> { ["id"] = id, ["closest"] = closest });

    public static GraphQueryException OutOfBounds(string bound, int value, int min, int max) => new(
        "BOUND_EXCEEDED",
        $"'{bound}' must be between {min} and {max}; got {value}.",
        new Dictionary<string, object?> { ["bound"] = bound, ["value"] = value, ["min"] = min, ["max"] = max });

    public static GraphQueryException BudgetExceeded(int budget) => new(
        "WORK_BUDGET_EXCEEDED",
        $"The path search expanded more than {budget} actors without finishing; narrow the filter or lower maxHops or k.",
        new Dictionary<string, object?> { ["budget"] = budget });

    public static GraphQueryException InvalidArgument(string argument, string problem) => new(
        "INVALID_ARGUMENT", $"'{argument}': {problem}", new Dictionary<string, object?> { ["argument"] = argument });
}

public static class QueryGuard
{
    public static void InRange(string bound, int value, int min, int max)
    {
        if (value < min || value > max) throw GraphQueryException.OutOfBounds(bound, value, min, max);
    }

    /// <summary>Refuses an id no actor could have before any lookup or suggestion search spends work on it.</summary>
    public static void ValidId(string argument, string? id)
    {
        if (id is { Length: > QueryBounds.MaxIdLength })
            throw new GraphQueryException("BOUND_EXCEEDED",
                $"'{argument}' is {id.Length} characters long; ids are at most {QueryBounds.MaxIdLength}.",
                new Dictionary<string, object?> { ["bound"] = argument, ["length"] = id.Length, ["max"] = QueryBounds.MaxIdLength });
    }

    public static void ValidFilter(RelationFilter? filter)
    {
        if (filter is { From: { } from, To: { } to } && from.Start > to.End)
            throw GraphQueryException.InvalidArgument("filter", $"'from' ({from}) is after 'to' ({to})");
        if (filter is { Statuses.Count: 0 })
            throw GraphQueryException.InvalidArgument("filter.statuses", "at least one status is needed");
        if (filter?.Text is { } text) SearchExpression.Parse(text, "filter.text");
    }

    /// <summary>Graph traversals do not search text; a text filter there is refused rather than silently ignored.</summary>
    public static void NoText(RelationFilter? filter)
    {
        if (filter?.Text is not null)
            throw GraphQueryException.InvalidArgument("filter.text", "full-text filtering applies to relation listings (relations, Actor.relations, Document.relations), not to neighbourhood or paths");
    }
}
