using System.Text.Json.Nodes;
using KoreaRussiaGraph.Testing;

namespace KoreaRussiaGraph.Api.Tests;

/// <summary>Links and timelines over HTTP on the seeds (issue 15): one link per relationship, its evidence behind it.</summary>
public sealed class LinksTests(SeedsApiFactory factory) : IClassFixture<SeedsApiFactory>
{
    private async Task<JsonNode> DataAsync(string query, object? variables = null) =>
        (await factory.CreateClient().PostGraphQLAsync(query, variables)).AssertNoErrors().Data!;

    [Fact]
    public async Task A_neighbourhoods_links_group_its_edges_and_account_for_every_one()
    {
        var graph = (await DataAsync("""
            { neighbourhood(actor: "vladimir-putin", depth: 2, maxEdges: 200) {
                edges { id type source { id } target { id } citation { document { id } } }
                links { id type source { id } target { id } evidenceCount documentCount relations(first: 20) { totalCount nodes { id } } } } }
            """))["neighbourhood"]!;
        var edges = graph["edges"]!.AsArray();
        var links = graph["links"]!.AsArray();

        Assert.InRange(edges.Count, 1, 199);
        Assert.InRange(links.Count, 1, edges.Count - 1); // the seeds repeat relationships, so grouping must shrink the drawing
        Assert.All(links, l => Assert.InRange(l!["evidenceCount"]!.GetValue<int>(), 1, 20));
        Assert.Equal(edges.Count, links.Sum(l => l!["evidenceCount"]!.GetValue<int>()));
        Assert.Equal(edges.Select(e => e!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal),
            links.SelectMany(l => l!["relations"]!["nodes"]!.AsArray().Select(r => r!["id"]!.GetValue<string>())).Order(StringComparer.Ordinal));
        foreach (var link in links)
        {
            var id = link!["id"]!.GetValue<string>();
            Assert.Equal($"{link["source"]!["id"]}|{link["type"]}|{link["target"]!["id"]}", id);
            var documents = edges.Where(e => $"{e!["source"]!["id"]}|{e["type"]}|{e["target"]!["id"]}" == id)
                .Select(e => e!["citation"]!["document"]!["id"]!.GetValue<string>()).Distinct().Count();
            Assert.Equal(documents, link["documentCount"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task The_kim_putin_meeting_is_corroborated_by_two_documents_and_lists_its_sentences_newest_first()
    {
        var links = (await DataAsync("""
            { links(minDocuments: 2, orderBy: DOCUMENT_COUNT, first: 50) { totalCount
                nodes { id documentCount outletCount evidenceCount firstDate lastDate firstReported statuses
                        relations { nodes { date citation { quote document { id title } } } } } } }
            """))["links"]!;
        var nodes = links["nodes"]!.AsArray();
        Assert.All(nodes, l => Assert.True(l!["documentCount"]!.GetValue<int>() >= 2));
        var counts = nodes.Select(l => l!["documentCount"]!.GetValue<int>()).ToArray();
        Assert.Equal(counts.OrderDescending(), counts);

        var met = Assert.Single(nodes, l => l!["id"]!.GetValue<string>() == "kim-jong-un|MET|vladimir-putin");
        var evidence = met!["relations"]!["nodes"]!.AsArray();
        Assert.True(evidence.Select(r => r!["citation"]!["document"]!["id"]!.GetValue<string>()).Distinct().Count() >= 2);
        var dates = evidence.Select(r => r!["date"]?.GetValue<string>()).Where(d => d is not null).ToArray();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        Assert.Equal(dates[^1], met["firstDate"]!.GetValue<string>());
        Assert.Equal(dates[0], met["lastDate"]!.GetValue<string>());
    }

    [Fact]
    public async Task One_link_by_id_carries_its_evidence_under_the_filter_and_an_unbacked_id_is_null()
    {
        const string query = """
            query($id: ID!, $filter: RelationFilter) { link(id: $id, filter: $filter) {
                id evidenceCount documentCount relations { totalCount nodes { date citation { document { id } } } } } }
            """;
        var met = (await DataAsync(query, new { id = "kim-jong-un|MET|vladimir-putin" }))["link"]!;
        Assert.Equal(met["evidenceCount"]!.GetValue<int>(), met["relations"]!["totalCount"]!.GetValue<int>());
        var in2019 = (await DataAsync(query, new { id = "kim-jong-un|MET|vladimir-putin", filter = new { from = "2019", to = "2019" } }))["link"]!;
        Assert.All(in2019["relations"]!["nodes"]!.AsArray(), r => Assert.StartsWith("2019", r!["date"]!.GetValue<string>()));
        Assert.Null((await DataAsync(query, new { id = "kim-jong-un|VETOED|vladimir-putin" }))["link"]);
        var malformed = await factory.CreateClient().PostGraphQLAsync(query, new { id = "kim-jong-un" });
        Assert.Equal("INVALID_ARGUMENT", malformed.FirstErrorCode);
    }

    [Fact]
    public async Task Link_pages_follow_their_cursors_in_document_count_order()
    {
        const string query = """
            query($after: String) { links(orderBy: DOCUMENT_COUNT, first: 3, after: $after) {
                totalCount pageInfo { hasNextPage endCursor } nodes { id documentCount } } }
            """;
        var all = (await DataAsync("{ links(orderBy: DOCUMENT_COUNT, first: 1000) { totalCount nodes { id } } }"))["links"]!;
        var seen = new List<string>();
        string? after = null;
        for (var page = 0; page < 3; page++)
        {
            var links = (await DataAsync(query, new { after }))["links"]!;
            seen.AddRange(links["nodes"]!.AsArray().Select(l => l!["id"]!.GetValue<string>()));
            after = links["pageInfo"]!["endCursor"]?.GetValue<string>();
        }
        Assert.Equal(all["nodes"]!.AsArray().Select(l => l!["id"]!.GetValue<string>()).Take(9), seen);
    }

    [Fact]
    public async Task Putins_timeline_counts_every_relation_around_him_once_dated_or_undated()
    {
        var data = await DataAsync("""
            { timeline(actor: "vladimir-putin") { bucket undatedCount impreciseCount buckets { period count types { type count } } }
              actor(id: "vladimir-putin") { relations(first: 1000) { totalCount } } }
            """);
        var timeline = data["timeline"]!;
        var buckets = timeline["buckets"]!.AsArray();
        Assert.NotEmpty(buckets);
        var years = buckets.Select(b => int.Parse(b!["period"]!.GetValue<string>())).ToArray();
        Assert.Equal(Enumerable.Range(years[0], years.Length), years); // consecutive, gaps included
        Assert.All(buckets, b => Assert.Equal(b!["count"]!.GetValue<int>(), b["types"]!.AsArray().Sum(t => t!["count"]!.GetValue<int>())));
        Assert.Equal(data["actor"]!["relations"]!["totalCount"]!.GetValue<int>(),
            buckets.Sum(b => b!["count"]!.GetValue<int>()) + timeline["undatedCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Bad_link_and_timeline_arguments_are_named_errors()
    {
        var client = factory.CreateClient();
        var min = await client.PostGraphQLAsync("{ links(minDocuments: 0) { totalCount } }");
        Assert.Equal("BOUND_EXCEEDED", min.FirstErrorCode);
        var actor = await client.PostGraphQLAsync("""{ timeline(actor: "vladimir-puttin") { undatedCount } }""");
        Assert.Equal("UNKNOWN_ACTOR", actor.FirstErrorCode);
        Assert.Contains("vladimir-putin", actor.FirstErrorMessage);
    }
}
