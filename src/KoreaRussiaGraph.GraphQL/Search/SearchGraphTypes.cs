using GraphQL;
using GraphQL.Types;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.GraphQL.Paging;
using KoreaRussiaGraph.GraphQL.Types;

namespace KoreaRussiaGraph.GraphQL.Search;

public sealed class SearchHitGraphType : ObjectGraphType<SearchHit>
{
    public SearchHitGraphType()
    {
        Name = "SearchHit";
        Description = "One match: a relation (its cited sentence matched), a document (its title) or an actor (its name or an alias); the other two are null.";
        Field<NonNullGraphType<FloatGraphType>>("score").Description("Relevance, higher is better (BM25 on the embedded store, Lucene on Neo4j); compare within one answer only.").Resolve(ctx => ctx.Source.Score);
        Field<NonNullGraphType<StringGraphType>>("snippet").Description("The matched text, HTML-escaped, with the matched words inside <mark> elements.").Resolve(ctx => ctx.Source.Snippet);
        Field<RelationGraphType>("relation").Resolve(ctx => ctx.Source.Relation);
        Field<DocumentGraphType>("document").Resolve(ctx => ctx.Source.Document);
        Field<ActorGraphType>("actor").Resolve(ctx => ctx.Source.Actor);
    }
}

public sealed class SearchConnectionGraphType() : ConnectionGraphType<SearchHit, SearchHitGraphType>("Search");

/// <summary>Query.search: full-text search over the evidence, best match first.</summary>
public static class SearchFields
{
    public static void AddSearchFields(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<SearchConnectionGraphType>>("search")
            .Description("Cited sentences, document titles and actor names and aliases matching `query`, best first. Syntax: words (all must match), " +
                "\"a phrase\", prefix* , AND, OR (AND binds tighter) and parentheses; malformed syntax is an INVALID_SEARCH error.")
            .Argument<NonNullGraphType<StringGraphType>>("query")
            .Argument<IntGraphType>("first", arg => arg.DefaultValue = 20)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async ctx =>
            {
                var page = new PageRequest(ctx.GetArgument("first", 20), Cursor.Decode(ctx.GetArgument<string?>("after")));
                var result = await ctx.Loader().Store.SearchAsync(new SearchQuery(ctx.GetArgument<string>("query"), page), ctx.CancellationToken);
                await ctx.Loader().PrimeEndpointsAsync(result.Items.Where(h => h.Relation is not null).Select(h => h.Relation!), ctx.CancellationToken);
                ctx.Loader().Prime(result.Items.Where(h => h.Actor is not null).Select(h => h.Actor!));
                // A hit's cursor is its position in the ranking.
                var first = page.After is { } after ? int.Parse(after, System.Globalization.CultureInfo.InvariantCulture) + 1 : 0;
                var positions = result.Items.Select((hit, i) => (hit, i)).ToDictionary(p => p.hit, p => first + p.i);
                return new Connection<SearchHit>(result, hit => positions[hit].ToString(System.Globalization.CultureInfo.InvariantCulture), page.After is not null);
            });
    }
}
