using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Querying;

namespace KoreaRussiaGraph.Export.Selection;

/// <summary>
/// Which part of the graph to export: the whole graph, or the neighbourhood of <see cref="ActorId"/>,
/// narrowed by the DESIGN §3 filter. HTTP (<c>/export</c>) and the CLI (<c>krg export</c>) parse into this.
/// </summary>
public sealed record ExportSelection(string? ActorId, int Depth, RelationFilter Filter)
{
    public const int DefaultDepth = 1;

    /// <summary>One edge per relation (the default) or one per link (<c>aggregate=links</c>).</summary>
    public ExportAggregate Aggregate { get; init; } = ExportAggregate.Relations;

    /// <summary>Parses the textual options; throws <see cref="ExportSelectionException"/> naming the bad one.</summary>
    /// <param name="knownTypes">The relation types of the vocabulary: a type outside them is refused with the list, as
    /// GraphQL refuses it, instead of silently exporting nothing. Null accepts any name (tests of other options).</param>
    public static ExportSelection Parse(string? actor, string? depth, string? types, string? from, string? to, string? statuses,
        bool includeUndated = false, IReadOnlyCollection<string>? knownTypes = null, string? aggregate = null)
    {
        var depthValue = DefaultDepth;
        if (!string.IsNullOrWhiteSpace(depth) && !int.TryParse(depth, out depthValue))
            throw new ExportSelectionException("depth", $"'{depth}' is not a whole number.");
        if (!string.IsNullOrWhiteSpace(depth) && string.IsNullOrWhiteSpace(actor))
            throw new ExportSelectionException("depth", "depth needs an actor: it is the radius of that actor's neighbourhood.");

        var filter = RelationFilter.Default with
        {
            Types = List(types) is { Count: > 0 } typeList ? typeList.Select(t => Type(t, knownTypes)).ToHashSet(StringComparer.Ordinal) : null,
            From = Date("from", from),
            To = Date("to", to),
            IncludeUndated = includeUndated,
            Statuses = List(statuses) is { Count: > 0 } statusList ? statusList.Select(Status).ToHashSet() : RelationFilter.DefaultStatuses,
        };
        var selection = new ExportSelection(string.IsNullOrWhiteSpace(actor) ? null : actor.Trim(), depthValue, filter) { Aggregate = Aggregation(aggregate) };
        if (selection.ActorId is not null) new NeighbourhoodQuery(selection.ActorId, depthValue, QueryBounds.MaxLimit, filter).Validate();
        else QueryGuard.ValidFilter(filter);
        return selection;
    }

    /// <summary>Names the export in file names and metadata: "graph" or "neighbourhood-kim-jong-un-2".</summary>
    public string Describe() => (ActorId is null ? "graph" : $"neighbourhood-{ActorId}-{Depth}") + (Aggregate == ExportAggregate.Links ? "-links" : "");

    private static ExportAggregate Aggregation(string? text) =>
        string.IsNullOrWhiteSpace(text) ? ExportAggregate.Relations
        : Enum.TryParse<ExportAggregate>(text.Trim(), ignoreCase: true, out var value) && Enum.IsDefined(value) ? value
        : throw new ExportSelectionException("aggregate", $"'{text}' is not an aggregation: use relations (one edge per cited relation) or links (one edge per relationship).");

    private static List<string>? List(string? text) =>
        text?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static PartialDate? Date(string name, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return PartialDate.TryParse(text, out var date)
            ? date
            : throw new ExportSelectionException(name, $"'{text}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.");
    }

    // Case-insensitive like the other options (types=met is MET); anything else names the accepted values.
    private static string Type(string text, IReadOnlyCollection<string>? knownTypes)
    {
        var name = text.ToUpperInvariant();
        if (knownTypes is null || knownTypes.Contains(name)) return name;
        var known = knownTypes.Order(StringComparer.Ordinal).ToArray();
        var closest = ActorSuggestions.Closest(name, known.Select(k => k.ToLowerInvariant()), max: 1);
        var hint = closest.Count > 0 ? $" Did you mean {closest[0].ToUpperInvariant()}?" : "";
        throw new ExportSelectionException("types", $"'{text}' is not a relation type.{hint} Use one of {string.Join(", ", known)}.");
    }

    private static ClaimStatus Status(string text) =>
        Enum.TryParse<ClaimStatus>(text, ignoreCase: true, out var status) && Enum.IsDefined(status)
            ? status
            : throw new ExportSelectionException("statuses", $"'{text}' is not a status: use {string.Join(", ", Enum.GetNames<ClaimStatus>().Select(n => n.ToUpperInvariant()))}.");
}

public enum ExportAggregate { Relations, Links }

public sealed class ExportSelectionException(string option, string problem) : Exception($"'{option}': {problem}")
{
    public string Option { get; } = option;
}
