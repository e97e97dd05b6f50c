using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.Storage.Neo4j.Cypher;

namespace KoreaRussiaGraph.Storage.Neo4j.Mapping;

/// <summary>The parameters behind <see cref="Statements.Matches"/> and <see cref="Statements.Traverses"/>.</summary>
internal static class FilterParameters
{
    public static Dictionary<string, object?> Of(RelationFilter filter, bool withDirection = false)
    {
        var values = new Dictionary<string, object?>
        {
            ["types"] = filter.Types?.OrderBy(t => t, StringComparer.Ordinal).ToArray(),
            ["statuses"] = filter.Statuses.Select(GraphValues.Enum).OrderBy(s => s, StringComparer.Ordinal).ToArray(),
            ["dated"] = filter.HasDateFilter,
            // A relation overlaps [from, to] when it ends on/after from's first day and starts on/before to's last day.
            ["dateFrom"] = GraphValues.Day(filter.From?.Start),
            ["dateTo"] = GraphValues.Day(filter.To?.End),
            ["includeUndated"] = filter.IncludeUndated,
        };
        if (withDirection) values["direction"] = GraphValues.Enum(filter.Direction);
        return values;
    }

    public static Dictionary<string, object?> With(this Dictionary<string, object?> values, string name, object? value)
    {
        values[name] = value;
        return values;
    }
}
