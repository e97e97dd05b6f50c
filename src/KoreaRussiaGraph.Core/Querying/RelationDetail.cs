namespace KoreaRussiaGraph.Core.Querying;

/// <summary>
/// How much of each relation a graph answer carries. A drawing of ten thousand edges needs ids, types, endpoints, dates
/// and statuses; reading every quote for it is what made large neighbourhoods slow once payloads left memory (issue 16).
/// </summary>
public enum RelationDetail
{
    /// <summary>Whole relations, payload included.</summary>
    Full,
    /// <summary>
    /// Outlines where the store can give them cheaply (<see cref="Model.Relation.IsOutline"/>); whoever then needs a payload
    /// field asks <see cref="Ports.IGraphStore.GetRelationsAsync"/> for the relations it shows, in one batch.
    /// </summary>
    Outline,
}
