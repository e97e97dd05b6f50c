using GraphQL;
using GraphQL.Types;
using KoreaRussiaGraph.Core.Links;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.GraphQL.Paging;
using KoreaRussiaGraph.GraphQL.Types;

namespace KoreaRussiaGraph.GraphQL.Links;

/// <summary>
/// A link as the API hands it out: with its evidence when it was grouped from relations already loaded (a subgraph,
/// a path hop), or with the filter to fetch the evidence again (Query.links).
/// </summary>
public sealed record LinkView(Link Link, LinkWithEvidence? Grouped, RelationFilter Filter)
{
    /// <summary>The evidence when the link was grouped from loaded relations; read only when a query selects it.</summary>
    public IReadOnlyList<Relation>? Evidence => Grouped?.Evidence;

    public static IReadOnlyList<LinkView> Of(IEnumerable<LinkWithEvidence> grouped, RelationFilter filter) =>
        grouped.Select(g => new LinkView(g.Link, g, filter)).ToArray();
}

public sealed class LinkGraphType : ObjectGraphType<LinkView>
{
    public const int DefaultEvidencePage = 20;

    public LinkGraphType()
    {
        Name = "Link";
        Description = "A relationship: every cited relation from source to target of one type that passes the filter, " +
            "with how many documents and outlets back it and when it was dated and first reported.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("source|type|target (MET and SIGNED with the two ids in order).").Resolve(ctx => ctx.Source.Link.Id);
        Field<NonNullGraphType<ActorGraphType>, Actor>("source").ResolveAsync(ctx => ctx.Loader().RequiredActorAsync(ctx.Source.Link.Key.SourceId, ctx.CancellationToken));
        Field<NonNullGraphType<ActorGraphType>, Actor>("target").ResolveAsync(ctx => ctx.Loader().RequiredActorAsync(ctx.Source.Link.Key.TargetId, ctx.CancellationToken));
        Field<NonNullGraphType<RelationTypeEnumGraphType>>("type").Resolve(ctx => ctx.Source.Link.Key.Type);
        Field<NonNullGraphType<IntGraphType>>("evidenceCount").Description("Relations (cited sentences) that pass the filter.").Resolve(ctx => ctx.Source.Link.EvidenceCount);
        Field<NonNullGraphType<IntGraphType>>("documentCount").Description("Distinct documents among them.").Resolve(ctx => ctx.Source.Link.DocumentCount);
        Field<NonNullGraphType<IntGraphType>>("outletCount")
            .Description("Distinct outlets among them; a document without an outlet counts once on its own.")
            .Resolve(ctx => ctx.Source.Link.OutletCount);
        Field<PartialDateGraphType>("firstDate").Description("Earliest event date of the dated evidence; null when none is dated.").Resolve(ctx => ctx.Source.Link.FirstDate);
        Field<PartialDateGraphType>("lastDate").Description("Latest event date of the dated evidence; null when none is dated.").Resolve(ctx => ctx.Source.Link.LastDate);
        Field<PartialDateGraphType>("firstReported").Description("Earliest publication date among the citing documents.").Resolve(ctx => ctx.Source.Link.FirstReported);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimStatusGraphType>>>>("statuses")
            .Description("The distinct statuses among the evidence.").Resolve(ctx => ctx.Source.Link.Statuses);
        Field<NonNullGraphType<RelationConnectionGraphType>>("relations")
            .Description("The evidence, newest event first (undated last).")
            .Argument<IntGraphType>("first", arg => arg.DefaultValue = DefaultEvidencePage)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async ctx => await EvidencePageAsync(ctx));
    }

    private static async Task<object?> EvidencePageAsync(IResolveFieldContext<LinkView> ctx)
    {
        var page = new PageRequest(ctx.GetArgument("first", DefaultEvidencePage), Cursor.Decode(ctx.GetArgument<string?>("after")));
        page.Validate();
        var loader = ctx.Loader();
        var evidence = ctx.Source.Evidence is { } grouped
            ? grouped.Order(EvidenceOrder.NewestFirst).ToArray()
            : await loader.Store.LinkEvidenceAsync(ctx.Source.Link.Key, ctx.Source.Filter, ctx.CancellationToken);
        // The evidence is not in id order, so the cursor (a relation id) is found by position.
        var start = 0;
        if (page.After is { } after)
        {
            var at = evidence.Select(r => r.Id).ToList().IndexOf(after);
            if (at < 0) throw new ExecutionError($"'after' names no relation of link '{ctx.Source.Link.Id}'.") { Code = "INVALID_CURSOR" };
            start = at + 1;
        }
        var items = evidence.Skip(start).Take(page.First).ToArray();
        await loader.PrimeEndpointsAsync(items, ctx.CancellationToken);
        return new Connection<Relation>(new Page<Relation>(items, start + items.Length < evidence.Count, evidence.Count), r => r.Id, start > 0);
    }
}

public sealed class LinkConnectionGraphType() : ConnectionGraphType<LinkView, LinkGraphType>("Link");

public sealed class LinkOrderGraphType : EnumerationGraphType<LinkOrder>
{
    public LinkOrderGraphType()
    {
        Name = "LinkOrder";
        Description = "ID: by link id. DOCUMENT_COUNT: best corroborated first (most documents, then most evidence, then id).";
    }
}
