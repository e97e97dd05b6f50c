using GraphQL;
using GraphQL.Types;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.Core.Schema;
using KoreaRussiaGraph.GraphQL.Nodes;
using KoreaRussiaGraph.GraphQL.Ordering;
using KoreaRussiaGraph.GraphQL.Links;
using KoreaRussiaGraph.GraphQL.Paging;
using KoreaRussiaGraph.GraphQL.Queries;

namespace KoreaRussiaGraph.GraphQL.Types;

internal static class ResolveContextExtensions
{
    /// <summary>The execution's loader, which AddGraphQLApi places in the user context once per request.</summary>
    public static GraphLoader Loader(this IResolveFieldContext ctx) => GraphLoader.From(ctx.UserContext);
}

public sealed class ActorGraphType : ObjectGraphType<Actor>
{
    public ActorGraphType()
    {
        Name = "Actor";
        Description = "A person, state, organisation, place or group, under a stable slug id (kim-jong-un, unsc).";
        Interface<NodeInterfaceGraphType>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field(x => x.Name);
        Field<NonNullGraphType<ActorKindGraphType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases").Resolve(ctx => ctx.Source.Aliases);
        Field(x => x.WikidataId, nullable: true);
        Field(x => x.Description, nullable: true);
        Field<NonNullGraphType<IntGraphType>>("degree")
            .Description("Number of stored relations touching this actor, whatever their type or status.")
            .ResolveAsync(async ctx => await ctx.Loader().DegreeAsync(ctx.Source.Id, ctx.CancellationToken));
        Field<NonNullGraphType<RelationConnectionGraphType>>("relations")
            .Description("Relations touching this actor; direction in the filter is relative to it.")
            .Argument<RelationFilterInputGraphType>("filter")
            .Argument<RelationOrderInputGraphType>("orderBy")
            .Argument<IntGraphType>("first", arg => arg.DefaultValue = 100)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async ctx => await RelationPages.LoadAsync(ctx, ctx.Source.Id));
    }
}

internal static class RelationPages
{
    public static async Task<object?> LoadAsync(IResolveFieldContext ctx, string? actorId, string? documentId = null)
    {
        var page = new PageRequest(ctx.GetArgument("first", 100), Cursor.Decode(ctx.GetArgument<string?>("after")));
        var filter = ctx.GetArgument<RelationFilter?>("filter") ?? RelationFilter.Default;
        var order = ctx.GetArgument<RelationOrder?>("orderBy") ?? RelationOrder.Default;
        var loader = ctx.Loader();
        var result = await loader.Store.QueryRelationsAsync(new RelationQuery(filter, page, order, actorId, documentId), ctx.CancellationToken);
        await loader.PrimeEndpointsAsync(result.Items, ctx.CancellationToken);
        return new Connection<Relation>(result, order.CursorKey, page.After is not null);
    }
}

public sealed class RelationGraphType : ObjectGraphType<Relation>
{
    public RelationGraphType()
    {
        Name = "Relation";
        Description = "A typed, dated, directed edge, cited to the one sentence that states it.";
        Interface<NodeInterfaceGraphType>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<RelationTypeEnumGraphType>>("type").Resolve(ctx => ctx.Source.Type);
        Field<NonNullGraphType<ActorGraphType>, Actor>("source").ResolveAsync(ctx => ctx.Loader().RequiredActorAsync(ctx.Source.SourceId, ctx.CancellationToken));
        Field<NonNullGraphType<ActorGraphType>, Actor>("target").ResolveAsync(ctx => ctx.Loader().RequiredActorAsync(ctx.Source.TargetId, ctx.CancellationToken));
        Field<PartialDateGraphType>("date").Description("When the event happened, as precisely as the text says; null when it does not.").Resolve(ctx => ctx.Source.Date);
        Field<DatePrecisionGraphType>("datePrecision").Resolve(ctx => ctx.Source.DatePrecision);
        Field<PartialDateGraphType>("reportedOn").Description("Publication date of the citing document.").Resolve(ctx => ctx.Source.ReportedOn);
        Field<NonNullGraphType<ClaimStatusGraphType>>("status").Resolve(ctx => ctx.Source.Status);
        // Payload fields: an outline (a large neighbourhood's edges) reads its payload here, with the rest of the answer's, in one batch.
        Field<ActorGraphType, Actor>("attributedTo")
            .Description("Who makes the claim, when the text names them.")
            .ResolveAsync(async ctx => (await Whole(ctx)).AttributedTo is { } id ? await ctx.Loader().ActorAsync(id, ctx.CancellationToken) : null);
        Field<StringGraphType>("details").ResolveAsync(async ctx => (await Whole(ctx)).Details);
        Field<NonNullGraphType<FloatGraphType>>("confidence").ResolveAsync(async ctx => (await Whole(ctx)).Confidence);
        Field<NonNullGraphType<BooleanGraphType>>("symmetric").Description("True for MET and SIGNED: stored once, read both ways.").Resolve(ctx => ctx.Source.Symmetric);
        Field<NonNullGraphType<CitationGraphType>>("citation").ResolveAsync(async ctx => (await Whole(ctx)).Citation);
    }

    private static Task<Relation> Whole(IResolveFieldContext<Relation> ctx) =>
        ctx.Source.IsOutline ? ctx.Loader().RequiredWholeAsync(ctx.Source, ctx.CancellationToken) : Task.FromResult(ctx.Source);
}

public sealed class CitationGraphType : ObjectGraphType<Citation>
{
    public CitationGraphType()
    {
        Name = "Citation";
        Field<NonNullGraphType<DocumentGraphType>, DocumentRecord>("document")
            .ResolveAsync(ctx => ctx.Loader().RequiredDocumentAsync(ctx.Source.DocumentId, ctx.CancellationToken));
        Field(x => x.Quote).Description("The sentence, verbatim.");
        Field(x => x.Start).Description("Offset of the sentence's first character in the document's cleaned text.");
        Field(x => x.End).Description("Offset just past the sentence's last character in the cleaned text.");
        Field(x => x.SentenceIndex);
        Field(x => x.Rule).Description("Id of the extraction rule that produced the relation.");
    }
}

public sealed class DocumentGraphType : ObjectGraphType<DocumentRecord>
{
    public DocumentGraphType()
    {
        Name = "Document";
        Interface<NodeInterfaceGraphType>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field(x => x.Title, nullable: true);
        Field(x => x.Url, nullable: true);
        Field(x => x.Outlet, nullable: true);
        Field<PartialDateGraphType>("published").Resolve(ctx => ctx.Source.Published);
        Field(x => x.PublishedBasis, nullable: true).Description("How the publication date was established.");
        Field(x => x.Format);
        Field(x => x.Sha256).Description("SHA-256 of the raw bytes as received.");
        Field<NonNullGraphType<StringGraphType>>("ingestedAt").Resolve(ctx => ctx.Source.IngestedAt.ToString("O"));
        Field(x => x.ExtractorVersion);
        Field<NonNullGraphType<DocumentStatusGraphType>>("status").Resolve(ctx => ctx.Source.Status);
        Field(x => x.Error, nullable: true).Description("Why a FAILED document could not be ingested.");
        Field(x => x.RelationCount);
        Field<StringGraphType>("text")
            .Description("The document's raw text as stored (null for documents that failed before decoding).")
            .ResolveAsync(async ctx => await ctx.Loader().Store.GetDocumentTextAsync(ctx.Source.Id, ctx.CancellationToken));
        Field<NonNullGraphType<RelationConnectionGraphType>>("relations")
            .Description("The relations this document's sentences state.")
            .Argument<RelationFilterInputGraphType>("filter")
            .Argument<RelationOrderInputGraphType>("orderBy")
            .Argument<IntGraphType>("first", arg => arg.DefaultValue = 100)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async ctx => await RelationPages.LoadAsync(ctx, actorId: null, documentId: ctx.Source.Id));
    }
}

public sealed class SubgraphNodeGraphType : ObjectGraphType<SubgraphNode>
{
    public SubgraphNodeGraphType()
    {
        Name = "SubgraphNode";
        Field<NonNullGraphType<ActorGraphType>>("actor").Resolve(ctx => ctx.Source.Actor);
        Field(x => x.Hops).Description("Distance from the centre actor (0 for the centre).");
    }
}

public sealed class SubgraphGraphType : ObjectGraphType<Subgraph>
{
    public SubgraphGraphType()
    {
        Name = "Subgraph";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubgraphNodeGraphType>>>>("nodes").Resolve(ctx => ctx.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("edges")
            .Description("Every relation passing the filter whose two endpoints are both among the nodes.")
            .Resolve(ctx => ctx.Source.Edges);
        Field(x => x.Truncated).Description("True when more actors were reachable than the limit allowed.");
        this.AddGroupedLinks(s => s.Edges, "The edges grouped into relationships (one per source, type and target), each with its evidence: what a graph drawing wants.");
    }
}

public sealed class PathHopGraphType : ObjectGraphType<PathHop>
{
    public PathHopGraphType()
    {
        Name = "PathHop";
        Field<NonNullGraphType<ActorGraphType>>("from").Resolve(ctx => ctx.Source.From);
        Field<NonNullGraphType<ActorGraphType>>("to").Resolve(ctx => ctx.Source.To);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("relations")
            .Description("All relations between the two actors that pass the filter: the evidence for this hop.")
            .Resolve(ctx => ctx.Source.Relations);
        this.AddGroupedLinks(h => h.Relations, "The hop's evidence grouped into relationships, each with its relations.");
    }
}

public sealed class PathGraphType : ObjectGraphType<GraphPath>
{
    public PathGraphType()
    {
        Name = "Path";
        Field(x => x.Length).Description("Number of hops.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActorGraphType>>>>("actors").Resolve(ctx => ctx.Source.Actors);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathHopGraphType>>>>("hops").Resolve(ctx => ctx.Source.Hops);
    }
}

public sealed class RelationTypeInfoGraphType : ObjectGraphType<RelationTypeInfo>
{
    public RelationTypeInfoGraphType()
    {
        Name = "RelationTypeInfo";
        Field<NonNullGraphType<RelationTypeEnumGraphType>>("name").Resolve(ctx => ctx.Source.Name);
        Field(x => x.Description);
        Field(x => x.Symmetric);
    }
}

public sealed record TypeCount(string Type, int Count);

public sealed class TypeCountGraphType : ObjectGraphType<TypeCount>
{
    public TypeCountGraphType()
    {
        Name = "RelationTypeCount";
        Field<NonNullGraphType<StringGraphType>>("type").Resolve(ctx => ctx.Source.Type);
        Field(x => x.Count);
    }
}

public sealed class GraphStatsGraphType : ObjectGraphType<GraphStats>
{
    public GraphStatsGraphType()
    {
        Name = "GraphStats";
        Field(x => x.Actors);
        Field(x => x.Relations);
        // documents counts every stored document, failed ones included, as documents.totalCount does; the two parts
        // add up to it, so a reader never adds overlapping counts.
        Field(x => x.Documents).Description("Every stored document, ingested or failed: ingestedDocuments + failedDocuments (and documents.totalCount).");
        Field<NonNullGraphType<IntGraphType>>("ingestedDocuments")
            .Description("Documents whose last ingestion succeeded (status INGESTED).")
            .Resolve(ctx => ctx.Source.Documents - ctx.Source.FailedDocuments);
        Field(x => x.FailedDocuments).Description("Documents whose last ingestion failed (status FAILED, the reason in Document.error); one ingested before keeps the relations of its last good version.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TypeCountGraphType>>>>("relationsByType")
            .Resolve(ctx => ctx.Source.RelationsByType.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new TypeCount(p.Key, p.Value)));
    }
}

public sealed class ActorConnectionGraphType() : ConnectionGraphType<Actor, ActorGraphType>("Actor");
public sealed class RelationConnectionGraphType() : ConnectionGraphType<Relation, RelationGraphType>("Relation");
public sealed class DocumentConnectionGraphType() : ConnectionGraphType<DocumentRecord, DocumentGraphType>("Document");
