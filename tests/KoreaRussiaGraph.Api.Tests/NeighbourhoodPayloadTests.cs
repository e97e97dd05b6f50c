using System.Text.Json.Nodes;
using KoreaRussiaGraph.Testing;

namespace KoreaRussiaGraph.Api.Tests;

/// <summary>
/// Issue 16: the neighbourhood resolver asks the store for outlines and reads payloads only when a payload field is
/// selected. Whatever is selected, every edge must carry its own quote, offsets, details, confidence and attribution,
/// as the relation listing (which always reads whole relations) gives them.
/// </summary>
public sealed class NeighbourhoodPayloadTests(SeedsApiFactory factory) : IClassFixture<SeedsApiFactory>
{
    private const string Payload = "details confidence attributedTo { id } citation { quote start end sentenceIndex rule document { id } }";

    private async Task<JsonNode> DataAsync(string query) =>
        (await factory.CreateClient().PostGraphQLAsync(query)).AssertNoErrors().Data!;

    private async Task<Dictionary<string, string>> ListedPayloadsAsync()
    {
        var listed = (await DataAsync($$"""{ relations(first: 1000) { nodes { id {{Payload}} } } }"""))["relations"]!["nodes"]!.AsArray();
        return listed.ToDictionary(r => r!["id"]!.GetValue<string>(), r => Shown(r!));
    }

    private static string Shown(JsonNode relation) => string.Join(" / ",
        relation["details"]?.ToJsonString(), relation["confidence"]!.ToJsonString(), relation["attributedTo"]?.ToJsonString(), relation["citation"]!.ToJsonString());

    [Fact]
    public async Task Edges_selecting_payload_fields_carry_their_own_payloads()
    {
        var listed = await ListedPayloadsAsync();
        var edges = (await DataAsync($$"""{ neighbourhood(actor: "vladimir-putin", depth: 2, maxEdges: 1000) { edges { id {{Payload}} } } }"""))
            ["neighbourhood"]!["edges"]!.AsArray();

        Assert.True(edges.Count > 10);
        Assert.All(edges, e => Assert.Equal(listed[e!["id"]!.GetValue<string>()], Shown(e)));
        Assert.All(edges, e => Assert.False(string.IsNullOrEmpty(e!["citation"]!["quote"]!.GetValue<string>())));
    }

    [Fact]
    public async Task Link_evidence_of_a_neighbourhood_carries_its_payloads_and_edges_without_payload_fields_answer_alike()
    {
        var listed = await ListedPayloadsAsync();
        var graph = (await DataAsync($$"""
            { neighbourhood(actor: "vladimir-putin", depth: 2, maxEdges: 40) {
                edges { id type status source { id } target { id } }
                links { id relations(first: 20) { nodes { id {{Payload}} } } } } }
            """))["neighbourhood"]!;

        Assert.Equal(40, graph["edges"]!.AsArray().Count);
        var evidence = graph["links"]!.AsArray().SelectMany(l => l!["relations"]!["nodes"]!.AsArray()).ToArray();
        Assert.Equal(graph["edges"]!.AsArray().Select(e => e!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal),
            evidence.Select(r => r!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.All(evidence, r => Assert.Equal(listed[r!["id"]!.GetValue<string>()], Shown(r!)));
    }
}
