using GraphQL.Types;
using KoreaRussiaGraph.Core.Querying;

namespace KoreaRussiaGraph.GraphQL.Ordering;

public sealed class RelationOrderFieldGraphType : EnumerationGraphType<RelationOrderField>
{
    public RelationOrderFieldGraphType()
    {
        Name = "RelationOrderField";
        Description = "ID: by relation id. DATE: by the event's date. REPORTED_ON: by the citing document's publication date. Dates order by their first day, the more precise first; undated relations come last in either direction.";
    }
}

public sealed class OrderDirectionGraphType : EnumerationGraphType<OrderDirection>
{
    public OrderDirectionGraphType() { Name = "OrderDirection"; }
}

/// <summary>The orderBy argument of relation listings, parsed straight into the core <see cref="RelationOrder"/>.</summary>
public sealed class RelationOrderInputGraphType : InputObjectGraphType<RelationOrder>
{
    public RelationOrderInputGraphType()
    {
        Name = "RelationOrder";
        Description = "How a relation listing is ordered; ties go by id. Cursors belong to the order they were issued in.";
        Field<NonNullGraphType<RelationOrderFieldGraphType>>("field");
        Field<OrderDirectionGraphType>("direction").DefaultValue(OrderDirection.Asc);
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new RelationOrder(
        value.TryGetValue("field", out var field) && field is RelationOrderField f ? f : RelationOrderField.Id,
        value.TryGetValue("direction", out var direction) && direction is OrderDirection d ? d : OrderDirection.Asc);
}
