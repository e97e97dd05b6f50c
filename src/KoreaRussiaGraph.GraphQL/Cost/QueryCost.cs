namespace KoreaRussiaGraph.GraphQL.Cost;

/// <summary>What the analyser measured for one operation, kept in the user context for reporting and metrics.</summary>
public sealed record QueryCost(double Cost, int Depth, int MaxCost)
{
    /// <summary>Key of the measured cost in the execution's user context.</summary>
    public const string UserContextKey = "krg.queryCost";

    /// <summary>The shape clients see under <c>extensions.cost</c>.</summary>
    public IReadOnlyDictionary<string, object?> ToExtension() => new Dictionary<string, object?>
    {
        ["estimated"] = Math.Round(Cost),
        ["maximum"] = MaxCost,
        ["depth"] = Depth,
    };
}
