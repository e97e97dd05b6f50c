using GraphQL.Types;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Querying;

namespace KoreaRussiaGraph.GraphQL.Types;

/// <summary>The filter of document listings (issue 18), parsed straight into the core <see cref="DocumentFilter"/>.</summary>
public sealed class DocumentFilterInputGraphType : InputObjectGraphType<DocumentFilter>
{
    public DocumentFilterInputGraphType()
    {
        Name = "DocumentFilter";
        Description = "Which documents to list. All given conditions must hold.";
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("outlets").Description("Outlets to keep (case-insensitive, exact).");
        Field<PartialDateGraphType>("from").Description("Keep documents published on or after this date (their publication date overlaps it or later); undated documents are dropped.");
        Field<PartialDateGraphType>("to").Description("Keep documents published on or before this date; undated documents are dropped.");
        Field<ListGraphType<NonNullGraphType<DocumentStatusGraphType>>>("statuses").Description("Statuses to keep; all when omitted.");
        Field<StringGraphType>("text").Description("Search expression (as Query.search takes) matched against the title and the sentences the document's relations cite.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        var filter = new DocumentFilter();
        if (value.TryGetValue("outlets", out var outlets) && outlets is IEnumerable<object> outletList)
            filter = filter with { Outlets = outletList.Cast<string>().ToHashSet(StringComparer.OrdinalIgnoreCase) };
        if (value.TryGetValue("from", out var from) && from is PartialDate f) filter = filter with { From = f };
        if (value.TryGetValue("to", out var to) && to is PartialDate t) filter = filter with { To = t };
        if (value.TryGetValue("statuses", out var statuses) && statuses is IEnumerable<object> statusList)
            filter = filter with { Statuses = statusList.Cast<DocumentStatus>().ToHashSet() };
        if (value.TryGetValue("text", out var text) && text is string s) filter = filter with { Text = s };
        return filter;
    }
}
