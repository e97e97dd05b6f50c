using GraphQL.Types;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Querying;

namespace KoreaRussiaGraph.GraphQL.Types;

/// <summary>The filters every graph query shares (DESIGN §3), parsed straight into the core <see cref="RelationFilter"/>.</summary>
public sealed class RelationFilterInputGraphType : InputObjectGraphType<RelationFilter>
{
    public RelationFilterInputGraphType()
    {
        Name = "RelationFilter";
        Description = "Filters shared by all graph queries. A relation matches a date range when its own date interval overlaps [from, to].";
        Field<ListGraphType<NonNullGraphType<RelationTypeEnumGraphType>>>("types").Description("Relation types to keep; all when omitted.");
        Field<PartialDateGraphType>("from").Description("Keep relations whose date overlaps this date or later.");
        Field<PartialDateGraphType>("to").Description("Keep relations whose date overlaps this date or earlier.");
        Field<BooleanGraphType>("includeUndated").Description("With from/to, also keep relations that have no date. Default false.");
        Field<ListGraphType<NonNullGraphType<ClaimStatusGraphType>>>("statuses").Description("Claim statuses to keep. Default [ASSERTED, ALLEGED].");
        Field<DirectionGraphType>("direction").Description("OUT, IN or BOTH relative to the walk. Default BOTH.");
        Field<StringGraphType>("text").Description("Search expression (as Query.search takes) the cited sentence must match. Relation listings only; neighbourhood and paths refuse it.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        var filter = new RelationFilter();
        if (value.TryGetValue("types", out var types) && types is IEnumerable<object> typeList)
            filter = filter with { Types = typeList.Select(t => (string)t).ToHashSet(StringComparer.Ordinal) };
        if (value.TryGetValue("from", out var from) && from is PartialDate f) filter = filter with { From = f };
        if (value.TryGetValue("to", out var to) && to is PartialDate t2) filter = filter with { To = t2 };
        if (value.TryGetValue("includeUndated", out var undated) && undated is bool u) filter = filter with { IncludeUndated = u };
        if (value.TryGetValue("statuses", out var statuses) && statuses is IEnumerable<object> statusList)
            filter = filter with { Statuses = statusList.Cast<ClaimStatus>().ToHashSet() };
        if (value.TryGetValue("direction", out var direction) && direction is Direction d) filter = filter with { Direction = d };
        if (value.TryGetValue("text", out var text) && text is string s) filter = filter with { Text = s };
        return filter;
    }
}
