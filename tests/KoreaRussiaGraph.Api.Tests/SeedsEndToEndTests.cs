using KoreaRussiaGraph.Testing;
namespace KoreaRussiaGraph.Api.Tests;

/// <summary>What the README promises a researcher on a fresh clone: the seeds served and cited.</summary>
public sealed class SeedsEndToEndTests(SeedsApiFactory factory) : IClassFixture<SeedsApiFactory>
{
    [Fact]
    public async Task Kim_neighbourhood_shows_the_2019_meeting_with_putin_cited_to_its_sentence()
    {
        var client = factory.CreateClient();
        var response = (await client.PostGraphQLAsync("""
            { neighbourhood(actor: "kim-jong-un") { nodes { actor { id } }
                edges { type date status source { id } target { id } citation { quote document { id } } } } }
            """)).AssertNoErrors();
        var meetings = response.Data!["neighbourhood"]!["edges"]!.AsArray()
            .Where(e => e!["type"]!.GetValue<string>() == "MET" && e["date"]?.GetValue<string>() == "2019"
                        && new[] { e["source"]!["id"]!.GetValue<string>(), e["target"]!["id"]!.GetValue<string>() }.Contains("vladimir-putin"))
            .ToList();
        Assert.NotEmpty(meetings);
        Assert.All(meetings, m => Assert.Contains("Vladivostok", m!["citation"]!["quote"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Shoigu_is_connected_to_the_security_council_by_cited_paths()
    {
        var client = factory.CreateClient();
        var response = (await client.PostGraphQLAsync("""
            { paths(from: "sergei-shoigu", to: "unsc") { length actors { id } hops { relations { type citation { quote document { id } } } } } }
            """)).AssertNoErrors();
        var paths = response.Data!["paths"]!.AsArray();
        Assert.NotEmpty(paths);
        Assert.All(paths.SelectMany(p => p!["hops"]!.AsArray()), hop =>
        {
            Assert.NotEmpty(hop!["relations"]!.AsArray());
            Assert.All(hop["relations"]!.AsArray(), r => Assert.False(string.IsNullOrWhiteSpace(r!["citation"]!["quote"]!.GetValue<string>())));
        });
    }

    [Fact]
    public async Task First_start_ingested_every_seed()
    {
        var client = factory.CreateClient();
        var response = (await client.PostGraphQLAsync("{ documents { totalCount nodes { id status } } }")).AssertNoErrors();
        var seedCount = Directory.GetFiles(RepoPaths.Seeds).Count(f => !f.EndsWith(".meta.json", StringComparison.Ordinal));
        Assert.Equal(seedCount, response.Data!["documents"]!["totalCount"]!.GetValue<int>());
        Assert.All(response.Data["documents"]!["nodes"]!.AsArray(), d => Assert.Equal("INGESTED", d!["status"]!.GetValue<string>()));
    }
}
