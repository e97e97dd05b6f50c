namespace KoreaRussiaGraph.GraphQL.Http;

/// <summary>Section <c>GraphQL</c> of the configuration.</summary>
public sealed class GraphQLEndpointOptions
{
    public string Path { get; set; } = "/graphql";

    /// <summary>A request still executing after this long is cancelled and answered with a timeout error.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Deepest selection nesting a query may have.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Whether a JSON array of requests is accepted in one POST. Off: one expensive batch could starve everyone else.</summary>
    public bool EnableBatching { get; set; }

    /// <summary>Most actors one path search may expand; past it the query fails with WORK_BUDGET_EXCEEDED instead of hogging a core.</summary>
    public int PathWorkBudget { get; set; } = 200_000;

    /// <summary>Most requests one batch may hold when batching is on.</summary>
    public int MaxBatchSize { get; set; } = 10;
}
