using GraphQL;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Ingestion.Ingesting;
using KoreaRussiaGraph.Sources.Ingesting;
using Microsoft.Extensions.DependencyInjection;

namespace KoreaRussiaGraph.GraphQL.Mutations;

/// <summary>The url variant of <c>ingestDocument</c>: fetch the page, extract its article, ingest it. Values given with the url win over the page's.</summary>
internal static class WebDocumentMutation
{
    public static async Task<IngestOutcome> FetchAndIngestAsync(IResolveFieldContext ctx, IncomingDocument input)
    {
        var pages = ctx.RequestServices!.GetService<WebPageIngestor>()
            ?? throw new ExecutionError("Fetching pages is not enabled on this server (web sources are not registered).") { Code = "WEB_SOURCES_DISABLED" };
        var hints = new PageHints(
            Id: string.IsNullOrWhiteSpace(input.Id) ? null : input.Id.Trim(),
            Title: string.IsNullOrWhiteSpace(input.Title) ? null : input.Title.Trim(),
            Outlet: string.IsNullOrWhiteSpace(input.Outlet) ? null : input.Outlet.Trim(),
            Published: input.Published is null ? null : PartialDate.Parse(input.Published));
        var page = await pages.IngestAsync(new Uri(input.Url!), hints, keepRelations: true, ctx.CancellationToken);
        return page.Outcome;
    }
}
