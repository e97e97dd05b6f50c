using GraphQL.Types;
using GraphQL.Validation.Complexity;
using KoreaRussiaGraph.Core.Querying;

namespace KoreaRussiaGraph.GraphQL.Cost;

/// <summary>
/// The price of each field, for graphql-dotnet's complexity analyser. Every field costs 1; a list multiplies the
/// cost of what is selected inside it by its expected length; a traversal adds the work of the search itself.
/// <list type="bullet">
/// <item>A list sized by its own argument (<c>first</c>, <c>limit</c>, <c>k</c>) counts that many items.</item>
/// <item>A list inside a sized object counts the object's size: a connection's edges/nodes take its <c>first</c>,
/// a subgraph's nodes its <c>limit</c> and its edges and links its <c>maxEdges</c> (the most it can return: a link
/// groups at least one edge).</item>
/// <item>A path's actors and hops count <c>maxHops</c> (+1 for actors); any other list <see cref="QueryCostOptions.DefaultListSize"/>.</item>
/// <item>neighbourhood adds depth × limit (actors the breadth-first search may visit); paths adds
/// <see cref="QueryCostOptions.PathSearchWeight"/> × k × 2^maxHops, because simple-path search grows with every hop.</item>
/// <item>search, and a listing whose filter carries text, add <see cref="QueryCostOptions.FullTextWeight"/>; a relation listing
/// ordered by DATE or REPORTED_ON adds <see cref="QueryCostOptions.OrderingWeight"/>.</item>
/// <item>Query.links and Query.timeline add <see cref="QueryCostOptions.AggregationWeight"/>: they read every relation
/// passing the filter (around one actor for a timeline with <c>actor</c>) to group or bucket it.</item>
/// <item>A field with an argument outside DESIGN §3's bounds costs 1 and its selection nothing: it fails with BOUND_EXCEEDED before doing any work.</item>
/// <item>Introspection costs 1 per field and its lists do not multiply: its size is the schema's, not the data's.</item>
/// </list>
/// </summary>
public sealed class QueryCostModel(QueryCostOptions options)
{
    public FieldComplexityResult Impact(FieldImpactContext field)
    {
        if (IsIntrospection(field)) return new FieldComplexityResult(1, 1);
        // An argument outside the contract's bounds fails the resolver before it does any work, with an error naming
        // the bound (DESIGN §3); pricing it as asked would hide that error behind a cost refusal.
        if (HasArgumentOutOfBounds(field)) return new FieldComplexityResult(1, 0);
        var impact = 1 + TraversalWork(field);
        var childMultiplier = IsList(field.FieldDefinition) ? ListSize(field) : 1;
        return new FieldComplexityResult(impact, childMultiplier);
    }

    private double TraversalWork(FieldImpactContext field) => SearchWork(field) + GraphWork(field);

    private double SearchWork(FieldImpactContext field)
    {
        double work = 0;
        if (field.FieldDefinition.Name == "search" && field.ParentType.Name == "Query") work += options.FullTextWeight;
        if (Argument(field, "filter") is RelationFilter { Text: not null } or DocumentFilter { Text: not null }) work += options.FullTextWeight;
        if (Argument(field, "orderBy") is RelationOrder { Field: not RelationOrderField.Id }) work += options.OrderingWeight;
        return work;
    }

    private static object? Argument(FieldImpactContext field, string name) =>
        field.Arguments?.TryGetValue(name, out var value) == true ? value.Value : null;

    private double GraphWork(FieldImpactContext field)
    {
        if (IntArgument(field, "maxHops") is { } hops)
            return (double)options.PathSearchWeight * (IntArgument(field, "k") ?? 1) * Math.Pow(2, Math.Clamp(hops, 0, 30));
        if (IntArgument(field, "depth") is { } depth)
            return (double)Math.Max(depth, 0) * (IntArgument(field, "limit") ?? options.DefaultListSize);
        if (field.ParentType.Name == "Query" && field.FieldDefinition.Name is "links" or "timeline") return options.AggregationWeight;
        return 0;
    }

    private double ListSize(FieldImpactContext field)
    {
        if ((IntArgument(field, "first") ?? IntArgument(field, "limit") ?? IntArgument(field, "k")) is { } own) return own;

        for (var parent = field.Parent; parent is { } p; parent = p.Parent)
        {
            if (IntArgument(p, "maxHops") is { } hops) return field.FieldDefinition.Name == "actors" ? hops + 1 : hops;
            if (field.FieldDefinition.Name is "edges" or "links" && IntArgument(p, "maxEdges") is { } maxEdges) return maxEdges;
            if (!IsList(p.FieldDefinition) && (IntArgument(p, "first") ?? IntArgument(p, "limit")) is { } size) return size;
            if (IsList(p.FieldDefinition)) break; // a list's own items are priced by that list
        }
        return options.DefaultListSize;
    }

    private static readonly (string Name, int Min, int Max)[] Bounds =
    [
        ("first", QueryBounds.MinPage, QueryBounds.MaxPage),
        ("limit", QueryBounds.MinLimit, QueryBounds.MaxLimit),
        ("depth", QueryBounds.MinDepth, QueryBounds.MaxDepth),
        ("maxHops", QueryBounds.MinHops, QueryBounds.MaxHops),
        ("k", QueryBounds.MinK, QueryBounds.MaxK),
        ("maxEdges", QueryBounds.MinEdges, QueryBounds.MaxEdges),
        ("minDocuments", 1, KoreaRussiaGraph.Core.Links.LinkQuery.MaxMinDocuments),
    ];

    private static bool HasArgumentOutOfBounds(FieldImpactContext field) =>
        Bounds.Any(b => IntArgument(field, b.Name) is { } value && (value < b.Min || value > b.Max));

    /// <summary>The argument's value as sent (literal or variable), else its schema default; null when the field has no such argument.</summary>
    private static int? IntArgument(FieldImpactContext field, string name)
    {
        if (field.Arguments?.TryGetValue(name, out var value) == true && value.Value is int given) return given;
        return field.FieldDefinition.Arguments?.Find(name)?.DefaultValue is int fallback ? fallback : null;
    }

    private static bool IsList(FieldType field)
    {
        var type = field.ResolvedType is NonNullGraphType nonNull ? nonNull.ResolvedType : field.ResolvedType;
        return type is ListGraphType;
    }

    private static bool IsIntrospection(FieldImpactContext field) =>
        field.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal)
        || field.ParentType.Name.StartsWith("__", StringComparison.Ordinal);
}
