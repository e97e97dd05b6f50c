namespace KoreaRussiaGraph.Core.Model;

/// <summary>A node of the graph: a person, state, organisation, place or group, under a stable slug id.</summary>
public sealed record Actor(
    string Id,
    string Name,
    ActorKind Kind,
    IReadOnlyList<string> Aliases,
    string? WikidataId = null,
    string? Description = null)
{
    /// <summary>Merges what another sighting of the same actor knows: union of aliases, first non-null of the optional fields.</summary>
    public Actor MergeWith(Actor other) => this with
    {
        Aliases = Aliases.Concat(other.Aliases).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
        WikidataId = WikidataId ?? other.WikidataId,
        Description = Description ?? other.Description,
    };
}
