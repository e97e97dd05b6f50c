using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;

namespace KoreaRussiaGraph.Api.Tests;

/// <summary>The fixture graph plus one document that failed ingestion, on a host of its own.</summary>
public sealed class StatsApiFactory : FixtureApiFactory;

/// <summary>The stats counts add up: the document parts are disjoint and sum to the total the listing gives.</summary>
public sealed class StatsTests(StatsApiFactory factory) : IClassFixture<StatsApiFactory>
{
    [Fact]
    public async Task Ingested_and_failed_documents_are_disjoint_and_add_up_to_documents()
    {
        var client = await factory.ClientAsync();
        var failed = new DocumentRecord("broken-upload", null, null, null, null, null, "bin", "00", DateTimeOffset.UnixEpoch, "test",
            DocumentStatus.Failed, RelationCount: 0, Error: "binary content");
        await factory.Store.WriteDocumentAsync(new DocumentWrite(failed, "", [], []));

        var data = (await client.PostGraphQLAsync(
            "{ stats { documents ingestedDocuments failedDocuments } documents(first: 1000) { totalCount nodes { status } } }")).AssertNoErrors().Data!;
        var stats = data["stats"]!;
        var statuses = data["documents"]!["nodes"].Strings("status");
        int Count(string name) => stats[name]!.GetValue<int>();

        Assert.Equal(1, Count("failedDocuments"));
        Assert.Equal(statuses.Count(s => s == "FAILED"), Count("failedDocuments"));
        Assert.Equal(statuses.Count(s => s == "INGESTED"), Count("ingestedDocuments"));
        Assert.True(Count("ingestedDocuments") > 0);
        Assert.Equal(Count("documents"), Count("ingestedDocuments") + Count("failedDocuments"));
        Assert.Equal(data["documents"]!["totalCount"]!.GetValue<int>(), Count("documents"));
    }
}
