using System.Net.Http.Json;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.Storage.Embedded;
using KoreaRussiaGraph.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KoreaRussiaGraph.Api.Tests;

/// <summary>A keyed host that never looks for other writers, so only the write path itself can keep its index right.</summary>
public sealed class KeyedNoPollingApiFactory : TempStoreHostFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("Api:Key", KeyedApiFactory.Key), new("Store:ChangePollInterval", "00:00:00")];
}

/// <summary>
/// Issue 14, item 1: clients that hang up in the middle of ingestDocument (here: 150 requests, each cancelled
/// 0-25 ms after it is sent) must never leave the running server's index out of step with its SQLite file.
/// </summary>
public sealed class CancelledMutationTests(KeyedNoPollingApiFactory factory) : IClassFixture<KeyedNoPollingApiFactory>
{
    private const string Mutation = "mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { status added } }";

    private static readonly string[] Sentences =
    [
        "Russia supplied oil to North Korea in 2019.",
        "Kim Jong Un met Vladimir Putin in Vladivostok in April 2019.",
        "The United States accused North Korea of supplying artillery shells to Russia.",
        "Sergei Shoigu visited Pyongyang in July 2023.",
        "China opposed new sanctions on North Korea.",
    ];

    [Fact]
    public async Task Aborted_ingest_requests_leave_the_live_index_equal_to_the_file()
    {
        var client = factory.CreateClient();
        var random = new Random(1414);
        for (var i = 0; i < 150; i++)
        {
            // a handful of ids, so most requests replace a document whose earlier version is in the index
            var text = string.Join(" ", Enumerable.Range(0, 1 + random.Next(4)).Select(_ => Sentences[random.Next(Sentences.Length)]));
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = JsonContent.Create(new { query = Mutation, variables = new { input = new { id = $"race-{random.Next(12)}", text } } }),
            };
            request.Headers.Add("X-Api-Key", KeyedApiFactory.Key);
            using var abort = new CancellationTokenSource(TimeSpan.FromMilliseconds(random.Next(26)));
            try { using var _ = await client.SendAsync(request, abort.Token); }
            catch (OperationCanceledException) { }
        }

        // Requests the client gave up on may still be finishing on the server; the index must then equal the file.
        var path = factory.Services.GetRequiredService<EmbeddedStoreOptions>().Path;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        string difference;
        while ((difference = await DifferenceAsync(path)) != "")
        {
            Assert.True(DateTime.UtcNow < deadline, "the live index still differs from the file: " + difference);
            await Task.Delay(100);
        }
    }

    private async Task<string> DifferenceAsync(string path)
    {
        var everything = new RelationFilter { Statuses = Enum.GetValues<ClaimStatus>().ToHashSet() };
        await using var file = new EmbeddedGraphStore(new EmbeddedStoreOptions { Path = path, ChangePollInterval = TimeSpan.Zero });
        await file.InitializeAsync();
        var live = factory.Store;
        var (liveStats, fileStats) = (await live.StatsAsync(), await file.StatsAsync());
        if (liveStats.Documents != fileStats.Documents || liveStats.Relations != fileStats.Relations)
            return $"live {liveStats.Documents} documents and {liveStats.Relations} relations, file {fileStats.Documents} and {fileStats.Relations}";
        var liveIds = (await live.FindRelationsAsync(everything, null, new PageRequest(1000))).Items.Select(r => r.Id);
        var fileIds = (await file.FindRelationsAsync(everything, null, new PageRequest(1000))).Items.Select(r => r.Id);
        if (!liveIds.SequenceEqual(fileIds)) return "same counts, different relations";
        for (var i = 0; i < 12; i++)
            if ((await live.GetDocumentAsync($"race-{i}"))?.Sha256 != (await file.GetDocumentAsync($"race-{i}"))?.Sha256)
                return $"document race-{i} differs";
        return "";
    }
}
