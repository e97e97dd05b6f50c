using System.Text.Json.Nodes;

namespace KoreaRussiaGraph.Api.Tests;

public sealed class PathsTests(FixtureApiFactory factory) : IClassFixture<FixtureApiFactory>
{
    private const string Query = """
        query($from: ID!, $to: ID!, $maxHops: Int, $k: Int, $filter: RelationFilter) {
          paths(from: $from, to: $to, maxHops: $maxHops, k: $k, filter: $filter) {
            length
            actors { id }
            hops { from { id } to { id } relations { id type date status citation { quote document { id } } } }
          }
        }
        """;

    private async Task<JsonArray> Paths(object variables)
    {
        var client = await factory.ClientAsync();
        return (await client.PostGraphQLAsync(Query, variables)).AssertNoErrors().Data!["paths"]!.AsArray();
    }

    private static string[] Sequences(JsonArray paths) =>
        paths.Select(p => string.Join(" > ", p!["actors"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()))).ToArray();

    [Fact]
    public async Task Shortest_paths_come_first_each_hop_carrying_all_its_evidence()
    {
        var paths = await Paths(new { from = "sergei-shoigu", to = "unsc" });
        Assert.Equal(
        [
            "sergei-shoigu > north-korea > unsc",
            "sergei-shoigu > north-korea > russia > unsc",
            "sergei-shoigu > kim-jong-un > vladimir-putin > north-korea > unsc",
        ], Sequences(paths));
        Assert.Equal([2, 3, 4], paths.Select(p => p!["length"]!.GetValue<int>()));

        // Two parallel SUPPLIED relations between north-korea and russia are one hop with two pieces of evidence.
        var parallelHop = paths[1]!["hops"]![1]!;
        Assert.Equal("north-korea", parallelHop["from"]!["id"]!.GetValue<string>());
        Assert.Equal("russia", parallelHop["to"]!["id"]!.GetValue<string>());
        Assert.Equal(2, parallelHop["relations"]!.AsArray().Count);
        Assert.All(paths.SelectMany(p => p!["hops"]!.AsArray()).SelectMany(h => h!["relations"]!.AsArray()),
            r => Assert.False(string.IsNullOrEmpty(r!["citation"]!["quote"]!.GetValue<string>())));
    }

    [Fact]
    public async Task K_and_maxHops_bound_the_answer()
    {
        Assert.Equal(["sergei-shoigu > north-korea > unsc"], Sequences(await Paths(new { from = "sergei-shoigu", to = "unsc", k = 1 })));
        Assert.Equal(["sergei-shoigu > north-korea > unsc"], Sequences(await Paths(new { from = "sergei-shoigu", to = "unsc", maxHops = 2 })));
        Assert.Empty(await Paths(new { from = "sergei-shoigu", to = "unsc", maxHops = 1 }));
    }

    [Fact]
    public async Task Filters_prune_evidence_and_paths()
    {
        var assertedOnly = await Paths(new { from = "sergei-shoigu", to = "unsc", filter = new { statuses = new[] { "ASSERTED" } } });
        Assert.Single(assertedOnly[1]!["hops"]![1]!["relations"]!.AsArray());

        Assert.Empty(await Paths(new { from = "sergei-shoigu", to = "unsc", filter = new { direction = "OUT" } }));

        var recent = await Paths(new { from = "sergei-shoigu", to = "unsc", filter = new { from = "2022", includeUndated = true } });
        Assert.Equal(["sergei-shoigu > north-korea > russia > unsc"], Sequences(recent));
        Assert.Equal("2022", recent[0]!["hops"]![1]!["relations"]![0]!["date"]!.GetValue<string>());
    }

    [Fact]
    public async Task No_path_is_an_empty_list_not_an_error()
    {
        Assert.Empty(await Paths(new { from = "lonely-island", to = "unsc" }));
    }

    [Theory]
    [InlineData("k", 500)]
    [InlineData("maxHops", 9)]
    public async Task Bounds_are_errors_naming_the_bound(string bound, int value)
    {
        var client = await factory.ClientAsync();
        var response = await client.PostGraphQLAsync(Query, new Dictionary<string, object> { ["from"] = "sergei-shoigu", ["to"] = "unsc", [bound] = value });
        Assert.Equal("BOUND_EXCEEDED", response.FirstErrorCode);
        Assert.Contains($"'{bound}'", response.FirstErrorMessage);
    }

    [Fact]
    public async Task Unknown_endpoint_is_an_error_naming_it()
    {
        var client = await factory.ClientAsync();
        var response = await client.PostGraphQLAsync(Query, new { from = "shoigu", to = "unsc" });
        Assert.Equal("UNKNOWN_ACTOR", response.FirstErrorCode);
        Assert.Contains("sergei-shoigu", response.FirstErrorMessage);
    }
}
