using System.Text.Json;
using KoreaRussiaGraph.Explorer.Tests.Support;

namespace KoreaRussiaGraph.Explorer.Tests.Exports;

/// <summary>
/// The GraphML and GEXF exports of the seeded service, downloaded from /export, loaded with the readers researchers
/// use: networkx (read_graphml, read_gexf) and igraph (Read_GraphML; igraph has no GEXF reader). Each must read
/// every actor and relation the service holds for that selection, directed, with typed attributes.
/// </summary>
[Collection(SeededServerCollection.Name)]
public sealed class PythonReaderTests(SeededServerFixture server) : IDisposable
{
    private const string AllStatuses = "ASSERTED,ALLEGED,DENIED,PLANNED";
    private readonly string _folder = Directory.CreateTempSubdirectory("krg-pyread-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var selection in new[] { "whole", "neighbourhood", "all-statuses" })
        {
            data.Add("networkx", "graphml", selection);
            data.Add("networkx", "gexf", selection);
            data.Add("igraph", "graphml", selection);
        }
        return data;
    }

    [PythonReadersTheory]
    [MemberData(nameof(Cases))]
    public async Task The_export_loads_with_every_actor_and_relation_the_service_holds(string library, string format, string selection)
    {
        var (query, expectedNodes, expectedEdges) = await ExpectedAsync(selection);
        var file = Path.Combine(_folder, $"{selection}.{format}");
        var response = await server.Http.GetAsync($"export?format={format}&{query}");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());

        var reading = await PythonReaders.ReadAsync(library, format, file);

        Assert.True(reading.GetProperty("directed").GetBoolean());
        Assert.Equal(expectedNodes, Strings(reading.GetProperty("nodes")));
        Assert.Equal(expectedEdges, Strings(reading.GetProperty("edges")));
        Assert.True(reading.GetProperty("symmetricEdges").GetInt32() > 0, "the seeds hold MET relations, marked symmetric");
        Assert.True(reading.GetProperty("symmetricIsBoolean").GetBoolean());
        Assert.True(reading.GetProperty("confidenceIsNumber").GetBoolean());
        Assert.Equal(expectedEdges.Length, reading.GetProperty("quotes").GetInt32());
        Assert.Equal("Kim Jong Un", reading.GetProperty("nodeNames").GetProperty("kim-jong-un").GetString());
        if (selection == "all-statuses")
            Assert.True(reading.GetProperty("statuses").EnumerateObject().Count() > 2, "DENIED or PLANNED relations of the seeds are exported");
        else
            Assert.All(reading.GetProperty("statuses").EnumerateObject(), s => Assert.Contains(s.Name, new[] { "ASSERTED", "ALLEGED" }));
    }

    /// <summary>The /export query of a selection, and the actors and relations GraphQL gives for the same selection.</summary>
    private async Task<(string Query, string[] Nodes, string[] Edges)> ExpectedAsync(string selection)
    {
        if (selection == "neighbourhood")
        {
            var hood = (await server.QueryAsync("""{ neighbourhood(actor: "kim-jong-un", depth: 2, limit: 2000) { nodes { actor { id } } edges { id } } }"""))
                .GetProperty("neighbourhood");
            return ("actor=kim-jong-un&depth=2",
                hood.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("actor").GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToArray(),
                hood.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToArray());
        }
        var statuses = selection == "all-statuses" ? $"statuses: [{AllStatuses.Replace(",", ", ")}]" : "";
        var relations = (await server.QueryAsync($$"""{ relations(filter: { {{statuses}} }, first: 1000) { totalCount nodes { id source { id } target { id } } } }"""))
            .GetProperty("relations");
        var nodes = relations.GetProperty("nodes").EnumerateArray().ToArray();
        Assert.Equal(relations.GetProperty("totalCount").GetInt32(), nodes.Length);
        return (selection == "all-statuses" ? $"statuses={AllStatuses}" : "",
            nodes.SelectMany(n => new[] { n.GetProperty("source").GetProperty("id").GetString()!, n.GetProperty("target").GetProperty("id").GetString()! })
                .Distinct().Order(StringComparer.Ordinal).ToArray(),
            nodes.Select(n => n.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToArray());
    }

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal).ToArray();
}
