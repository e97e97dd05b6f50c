using System.Globalization;
using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Core.Querying;

public enum RelationOrderField { Id, Date, ReportedOn }

public enum OrderDirection { Asc, Desc }

/// <summary>Where a relation stands in an ordering: the interval of the date ordered on (null when undated) and the id.</summary>
public readonly record struct RelationKey(DateOnly? Start, DateOnly? End, string Id);

/// <summary>
/// How a relation listing is ordered (issue 18). DATE and REPORTED_ON order by the date's interval (first day, then
/// the more precise first, as <see cref="PartialDate.CompareTo"/> does), reversed for DESC; undated relations come last
/// either way, and ties go by id ascending. <see cref="Compare(RelationKey, RelationKey)"/> is the reference both
/// stores are held to, and cursors carry the key so paging is keyset paging in every order.
/// </summary>
public sealed record RelationOrder(RelationOrderField Field = RelationOrderField.Id, OrderDirection Direction = OrderDirection.Asc)
{
    public static readonly RelationOrder Default = new();

    public bool Descending => Direction == OrderDirection.Desc;

    public RelationKey KeyOf(Relation r)
    {
        var date = Field switch
        {
            RelationOrderField.Date => r.Date,
            RelationOrderField.ReportedOn => r.ReportedOn,
            _ => null,
        };
        return new RelationKey(date?.Start, date?.End, r.Id);
    }

    public int Compare(Relation x, Relation y) => Compare(KeyOf(x), KeyOf(y));

    public int Compare(RelationKey x, RelationKey y)
    {
        if (Field == RelationOrderField.Id)
        {
            var byId = string.CompareOrdinal(x.Id, y.Id);
            return Descending ? -byId : byId;
        }
        if (x.Start.HasValue != y.Start.HasValue) return x.Start.HasValue ? -1 : 1; // undated last, in both directions
        if (x.Start is { } xs && y.Start is { } ys)
        {
            var byDate = xs != ys ? xs.CompareTo(ys) : x.End!.Value.CompareTo(y.End!.Value);
            if (byDate != 0) return Descending ? -byDate : byDate;
        }
        return string.CompareOrdinal(x.Id, y.Id);
    }

    // --- cursors ----------------------------------------------------------------------------

    /// <summary>The keyset a cursor carries: the bare id for ID order (as before this ordering existed), else field|start|end|id.</summary>
    public string CursorKey(Relation r)
    {
        if (Field == RelationOrderField.Id) return r.Id;
        var key = KeyOf(r);
        return string.Join('|', Field.ToString(), Day(key.Start), Day(key.End), key.Id);
    }

    /// <summary>Reads back a key made by <see cref="CursorKey"/> for this order; a cursor from another order is refused, not misread.</summary>
    public RelationKey? ParseAfter(string? after)
    {
        if (after is null) return null;
        var parts = after.Split('|');
        if (Field == RelationOrderField.Id)
            return parts.Length == 1 ? new RelationKey(null, null, after) : throw WrongCursor();
        if (parts.Length != 4 || parts[0] != Field.ToString()) throw WrongCursor();
        var start = ParseDay(parts[1]);
        var end = ParseDay(parts[2]);
        if (start.HasValue != end.HasValue) throw WrongCursor();
        return new RelationKey(start, end, parts[3]);
    }

    private GraphQueryException WrongCursor() =>
        GraphQueryException.InvalidArgument("after", $"the cursor was not issued for orderBy {{field: {Field}, direction: {Direction}}}; start again without 'after'");

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private DateOnly? ParseDay(string text) =>
        text.Length == 0 ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : throw WrongCursor();
}

/// <summary>A page of relations: the filter, optionally only those touching an actor or citing a document, in an order.</summary>
public sealed record RelationQuery(RelationFilter Filter, PageRequest Page, RelationOrder? Order = null, string? ActorId = null, string? DocumentId = null)
{
    public RelationOrder EffectiveOrder => Order ?? RelationOrder.Default;

    /// <summary>Checks bounds and the filter and returns the cursor's key (null on the first page).</summary>
    public RelationKey? Validate()
    {
        Page.Validate();
        QueryGuard.ValidFilter(Filter);
        if (ActorId is not null) QueryGuard.ValidId("actor", ActorId);
        if (DocumentId is not null) QueryGuard.ValidId("document", DocumentId);
        return EffectiveOrder.ParseAfter(Page.After);
    }
}
