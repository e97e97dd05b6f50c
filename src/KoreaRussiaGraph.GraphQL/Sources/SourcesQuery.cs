using GraphQL.Types;
using KoreaRussiaGraph.GraphQL.Caching;
using KoreaRussiaGraph.Sources.State;
using Microsoft.Extensions.DependencyInjection;

namespace KoreaRussiaGraph.GraphQL.Sources;

/// <summary>The followed feeds and how their polling goes: <c>sources { url lastPolledAt lastStatus itemsSeen itemsIngested error }</c>.</summary>
public static class SourcesQuery
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceGraphType>>>>("sources")
            .Description("The feeds the worker follows (Sources:Feeds) and those it followed before, with the outcome of their last poll. Empty when web sources are not configured.")
            .Resolve(ctx =>
            {
                // polling moves these figures without moving the store's generation: keep the answer out of the response cache
                ctx.UserContext[ResponseCache.OutsideTheStoreKey] = true;
                return ctx.RequestServices?.GetService<SourceDirectory>()?.List() ?? [];
            });
}

public sealed class SourcePollStatusGraphType : EnumerationGraphType<SourcePollStatus>
{
    public SourcePollStatusGraphType()
    {
        Name = "SourcePollStatus";
        Description = "NOT_MODIFIED: the feed answered 304 to a conditional request; PARTIAL: some new items' pages failed (see error).";
    }
}

public sealed class SourceGraphType : ObjectGraphType<SourceStatus>
{
    public SourceGraphType()
    {
        Name = "Source";
        Description = "A feed followed by the worker.";
        Field(x => x.Url).Description("The feed's address.");
        Field<StringGraphType>("lastPolledAt").Description("When it was last polled (ISO 8601, like Document.ingestedAt); null before the first poll.")
            .Resolve(ctx => ctx.Source.LastPolledAt?.ToString("O"));
        Field<NonNullGraphType<SourcePollStatusGraphType>>("lastStatus").Resolve(ctx => ctx.Source.LastStatus);
        Field(x => x.ItemsSeen).Description("Distinct items the feed has listed.");
        Field(x => x.ItemsIngested).Description("Items whose page is stored.");
        Field(x => x.Error, nullable: true).Description("Why the last poll failed, or what failed among its items.");
        Field(x => x.PollIntervalSeconds, nullable: true).Description("Its poll interval; null for a feed no longer in the settings.");
    }
}
