using GraphQL;
using GraphQL.Types;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.GraphQL.Http;
using KoreaRussiaGraph.GraphQL.Queries;
using KoreaRussiaGraph.GraphQL.Types;
using KoreaRussiaGraph.Ingestion.Ingesting;
using Microsoft.Extensions.DependencyInjection;

namespace KoreaRussiaGraph.GraphQL.Mutations;

/// <summary>The write side: documents pushed over the API instead of dropped in the inbox. Needs X-Api-Key.</summary>
public sealed class MutationGraphType : ObjectGraphType
{
    public MutationGraphType()
    {
        Name = "Mutation";
        Field<NonNullGraphType<IngestDocumentPayloadGraphType>>("ingestDocument")
            .Description("Ingests one document (text or html, or only a url: the page is fetched and its article extracted): extracts its relations and replaces any earlier version's. Requires the X-Api-Key header.")
            .Argument<NonNullGraphType<IngestDocumentInputGraphType>>("input")
            .ResolveAsync(async ctx =>
            {
                RequireApiKey(ctx);
                var input = ctx.GetArgument<IncomingDocument>("input");
                if (input.Problems() is { Count: > 0 } problems)
                    throw new ExecutionError("invalid document: " + string.Join("; ", problems)) { Code = "INVALID_DOCUMENT" };
                var outcome = input.IsFetch
                    ? await WebDocumentMutation.FetchAndIngestAsync(ctx, input)
                    : await ctx.RequestServices!.GetRequiredService<DocumentIngestor>().IngestAsync(input, ctx.CancellationToken);
                var loader = ctx.Loader();
                var document = await loader.Store.GetDocumentAsync(outcome.DocumentId, ctx.CancellationToken);
                var relations = outcome.Produced ?? [];
                await loader.PrimeEndpointsAsync(relations, ctx.CancellationToken);
                return new IngestDocumentPayload(outcome.Status, document, relations, outcome.Error, outcome.Added, outcome.Removed);
            });
    }

    private static void RequireApiKey(IResolveFieldContext ctx)
    {
        var state = ctx.UserContext.TryGetValue(GraphQLHttpEndpoint.ApiKeyStateKey, out var value) && value is ApiKeyState s ? s : ApiKeyState.Disabled;
        var message = state switch
        {
            ApiKeyState.Valid => null,
            ApiKeyState.Disabled => "Mutations are disabled on this server: no API key is configured (set Api:Key).",
            ApiKeyState.Missing => "This mutation needs an API key in the X-Api-Key header.",
            _ => "The X-Api-Key header does not hold the configured API key.",
        };
        if (message is not null) throw new ExecutionError(message) { Code = state == ApiKeyState.Disabled ? "MUTATIONS_DISABLED" : "UNAUTHORIZED" };
    }
}

public sealed record IngestDocumentPayload(IngestStatus Status, DocumentRecord? Document, IReadOnlyList<Relation> Relations, string? Error, int Added, int Removed);

public sealed class IngestStatusGraphType : EnumerationGraphType<IngestStatus>
{
    public IngestStatusGraphType() { Name = "IngestStatus"; }
}

public sealed class IngestDocumentPayloadGraphType : ObjectGraphType<IngestDocumentPayload>
{
    public IngestDocumentPayloadGraphType()
    {
        Name = "IngestDocumentPayload";
        Field<NonNullGraphType<IngestStatusGraphType>>("status").Resolve(ctx => ctx.Source.Status);
        Field<DocumentGraphType>("document").Description("The stored document, with its status and error when it failed.").Resolve(ctx => ctx.Source.Document);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("relations")
            .Description("The relations this document produced (empty when unchanged or failed).")
            .Resolve(ctx => ctx.Source.Relations);
        Field(x => x.Error, nullable: true);
        Field(x => x.Added).Description("Relations new to the store.");
        Field(x => x.Removed).Description("Relations of the earlier version that are gone.");
    }
}

public sealed class IngestDocumentInputGraphType : InputObjectGraphType<IncomingDocument>
{
    public IngestDocumentInputGraphType()
    {
        Name = "IngestDocumentInput";
        Description = "A document to ingest: give exactly one of text or html, or only a url to have the page fetched.";
        Field<IdGraphType>("id").Description("Stable document id; re-sending the same id replaces that document. Required with text or html; for a fetched url it defaults to one derived from the page's canonical address.");
        Field<StringGraphType>("title");
        Field<StringGraphType>("url").Description("The document's address; given without text or html, the page is fetched (robots.txt honoured) and its main content and metadata extracted.");
        Field<StringGraphType>("outlet");
        Field<StringGraphType>("published").Description("Publication date: YYYY, YYYY-MM or YYYY-MM-DD; relative dates resolve against it.");
        Field<StringGraphType>("text");
        Field<StringGraphType>("html");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        string? Text(string key) => value.TryGetValue(key, out var v) ? v?.ToString() : null;
        return new IncomingDocument
        {
            Id = Text("id") ?? "",
            Title = Text("title"),
            Url = Text("url"),
            Outlet = Text("outlet"),
            Published = Text("published"),
            Text = Text("text"),
            Html = Text("html"),
        };
    }
}
