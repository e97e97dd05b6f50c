using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Core.Querying;

/// <summary>Full-text search over cited sentences, document titles and actor names and aliases; best match first.</summary>
/// <param name="Page">After is the position (0-based) of the last hit of the previous page, as text.</param>
public sealed record SearchQuery(string Text, PageRequest Page)
{
    /// <summary>Checks the page and the syntax; returns the parsed expression and how many hits to skip.</summary>
    public (SearchExpression Expression, int Skip) Validate()
    {
        Page.Validate();
        var expression = SearchExpression.Parse(Text);
        if (Page.After is null) return (expression, 0);
        if (!int.TryParse(Page.After, out var position) || position < 0)
            throw GraphQueryException.InvalidArgument("after", "not a cursor of a search answer");
        return (expression, position + 1);
    }
}

/// <summary>
/// One search match: exactly one of relation, document or actor is set. <see cref="Snippet"/> is HTML-safe text with
/// the matched words inside &lt;mark&gt; elements. Scores rank hits of one answer; they are not comparable across stores.
/// </summary>
public sealed record SearchHit(double Score, string Snippet, Relation? Relation = null, DocumentRecord? Document = null, Actor? Actor = null);

/// <summary>A committed write as readers can now see it: the documents it wrote and how many relations it added and removed.</summary>
/// <param name="Generation">Opaque; moves with every change (the store's generation when it has one).</param>
public sealed record GraphChangeNotice(string Generation, IReadOnlyList<string> Documents, int AddedRelations, int RemovedRelations);
