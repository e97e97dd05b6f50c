using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.Storage.Embedded;

namespace KoreaRussiaGraph.Benchmarks.Graph;

/// <summary>
/// Issue 18's goals on the benchmark graph: full-text search for a two-word phrase (FTS5, BM25) and relation listings
/// ordered by date, newest first. The phrase is "&lt;actor number&gt; &lt;relation type&gt;" (e.g. "004711 supplied"),
/// which occurs in the synthetic sentences ("… actor-004711 SUPPLIED actor-…"), so matches range from none to
/// thousands depending on the actor's degree, like a name and a verb in real text.
/// </summary>
internal static class SearchAndOrdering
{
    private static readonly string[] Types = ["met", "visited", "supplied", "sanctioned", "supported", "opposed", "accused", "denied", "signed", "messaged"];

    public delegate Task<(Latencies Times, double MeanResult, int Errors)> Measure(string name, int count, Func<int, Task<int>> query);

    public static async Task RunAsync(EmbeddedGraphStore store, IReadOnlyList<string> actors, int seed, Measure measure)
    {
        var random = new Random(seed + 18);
        var phrases = actors.Select(a => $"\"{a["actor-".Length..]} {Types[random.Next(Types.Length)]}\"").ToArray();
        var newest = new RelationOrder(RelationOrderField.Date, OrderDirection.Desc);
        var secondPage = (await store.QueryRelationsAsync(new RelationQuery(RelationFilter.Default, new PageRequest(100), newest))).Items[^1];

        var search = await measure("search", phrases.Length, async i =>
            (await store.SearchAsync(new SearchQuery(phrases[i], new PageRequest(20)))).TotalCount);
        var ordered = await measure("ordered", phrases.Length, async i =>
            (await store.QueryRelationsAsync(new RelationQuery(RelationFilter.Default, new PageRequest(100, i % 2 == 0 ? null : newest.CursorKey(secondPage)), newest))).Items.Count);
        var actorOrdered = await measure("actor ordered", actors.Count, async i =>
            (await store.QueryRelationsAsync(new RelationQuery(RelationFilter.Default, new PageRequest(100), newest, ActorId: actors[i]))).TotalCount);
        var textFiltered = await measure("text filter", phrases.Length, async i =>
            (await store.QueryRelationsAsync(new RelationQuery(RelationFilter.Default with { Text = phrases[i] }, new PageRequest(100), newest))).TotalCount);

        Console.WriteLine();
        Console.WriteLine($"Search and ordering (issue 18), {phrases.Length:N0} queries each (ms):");
        Report.Row("search(two-word phrase, first 20)", search.Times, $"mean {search.MeanResult:F0} matches; goal p50 <= 20");
        Report.Row("relations(orderBy DATE DESC, first 100)", ordered.Times, "whole graph, first and second pages alternating; goal p50 <= 10");
        Report.Row("Actor.relations(orderBy DATE DESC, first 100)", actorOrdered.Times, $"mean {actorOrdered.MeanResult:F0} relations of the actor");
        Report.Row("relations(filter.text phrase, DATE DESC)", textFiltered.Times, $"mean {textFiltered.MeanResult:F0} matches");
    }
}
