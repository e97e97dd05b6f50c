namespace KoreaRussiaGraph.GraphQL.Cost;

/// <summary>
/// The cost model and the request-shape limits, bound from the <c>GraphQL</c> section (beside the endpoint options).
/// Defaults let every query the README, GraphiQL examples and the explorer send pass with room to spare,
/// and reject the shapes that could take the server down (see docs/limits.md for the arithmetic).
/// </summary>
public sealed class QueryCostOptions
{
    /// <summary>Most estimated cost one operation may have; above it the query is rejected before it runs. 0 turns the check off.</summary>
    public int MaxCost { get; set; } = 20_000;

    /// <summary>Most field selections (aliases included, fragments expanded) one operation may hold.</summary>
    public int MaxFields { get; set; } = 500;

    /// <summary>Most characters a query text may have; documents belong in variables, not in the query.</summary>
    public int MaxQueryLength { get; set; } = 100_000;

    /// <summary>
    /// Most characters of string values in a query's variables, all together. Mutations are bounded by the body size
    /// and Ingestion:MaxDocumentBytes instead, since a document's text travels in them. 0 turns the check off.
    /// </summary>
    public int MaxVariablesLength { get; set; } = 100_000;

    /// <summary>Longest value a String argument may have (search, cursors); ID arguments are bounded by the contract (256).</summary>
    public int MaxStringArgumentLength { get; set; } = 1_000;

    /// <summary>Assumed size of a list that no argument bounds (relationTypes, a path hop's evidence).</summary>
    public int DefaultListSize { get; set; } = 5;


    /// <summary>Cost of one unit of path search: a paths field costs this × k × 2^maxHops, since search work grows with the hops.</summary>
    public int PathSearchWeight { get; set; } = 25;

    /// <summary>Added to a field that runs a full-text query: search, and a relation or document listing whose filter has text.</summary>
    public int FullTextWeight { get; set; } = 50;

    /// <summary>Added to a relation listing ordered by DATE or REPORTED_ON (it ranks every relation that passes the filter).</summary>
    public int OrderingWeight { get; set; } = 20;

    /// <summary>
    /// Extra cost of Query.links and Query.timeline, which group or bucket every relation passing their filter: about
    /// a depth-1 neighbourhood of 100 actors, so a page of links is dearer than a page of relations but well in budget.
    /// </summary>
    public int AggregationWeight { get; set; } = 100;

    /// <summary>Request header that asks for the executed query's cost in <c>extensions.cost</c>.</summary>
    public string CostHeader { get; set; } = "X-Query-Cost";
}
