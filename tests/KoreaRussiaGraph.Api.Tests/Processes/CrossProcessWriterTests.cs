using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KoreaRussiaGraph.Storage.Embedded;
using KoreaRussiaGraph.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace KoreaRussiaGraph.Api.Tests.Processes;

/// <summary>
/// Issue 14, item 2: `krg ingest` in another process, into the file of a running server, shows in the server's answers
/// (the index, the document records and the response cache) without a restart. The server polls every 250 ms.
/// </summary>
public sealed class CrossProcessWriterTests(TempStoreHostFactory factory, ITestOutputHelper output) : IClassFixture<TempStoreHostFactory>
{
    private const string Query = """{ document(id: "cross-process") { id status } stats { documents relations } documents(first: 10) { edges { node { id } } } }""";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_document_ingested_by_another_process_shows_in_the_running_server_and_its_cached_answers()
    {
        var client = factory.CreateClient();
        var before = await AskAsync(client);
        Assert.Null(before["document"]?.AsObject());
        Assert.Equal(before.ToJsonString(), (await AskAsync(client)).ToJsonString()); // the answer is now in the response cache

        var folder = Directory.CreateTempSubdirectory("krg-cross-").FullName;
        try
        {
            var file = Path.Combine(folder, "cross-process.txt");
            await File.WriteAllTextAsync(file, "Russia supplied oil to North Korea in 2019. Kim Jong Un met Vladimir Putin in Vladivostok in April 2019.");
            var store = factory.Services.GetRequiredService<EmbeddedStoreOptions>().Path;

            var ingest = await KrgProcess.RunAsync("ingest", file, "--store", store);
            Assert.True(ingest.ExitCode == 0, $"krg ingest failed ({ingest.ExitCode}): {ingest.Output}{ingest.Error}");

            var clock = Stopwatch.StartNew();
            JsonNode after;
            while ((after = await AskAsync(client))["document"] is null)
            {
                Assert.True(clock.Elapsed < Patience, $"the server still does not see the document {Patience.TotalSeconds} s after krg ingest exited");
                await Task.Delay(25);
            }
            output.WriteLine($"visible {clock.ElapsedMilliseconds} ms after krg ingest exited");

            Assert.Equal("INGESTED", after["document"]!["status"]!.GetValue<string>());
            Assert.True(after["stats"]!["relations"]!.GetValue<int>() >= 2);
            Assert.Equal(1, after["stats"]!["documents"]!.GetValue<int>());
            Assert.Contains(after["documents"]!["edges"]!.AsArray(), e => e!["node"]!["id"]!.GetValue<string>() == "cross-process");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<JsonNode> AskAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query = Query });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Null(body["errors"]);
        return body["data"]!;
    }
}
