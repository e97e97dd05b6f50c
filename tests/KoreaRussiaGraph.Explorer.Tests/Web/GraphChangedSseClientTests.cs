using System.Text.Json;
using KoreaRussiaGraph.Explorer.Tests.Support;
using KoreaRussiaGraph.Testing;

namespace KoreaRussiaGraph.Explorer.Tests.Web;

/// <summary>Subscription.graphChanged read by the graphql-sse npm client against the real server, fed through its inbox.</summary>
[Collection(SeededServerCollection.Name)]
public sealed class GraphChangedSseClientTests(SeededServerFixture server)
{
    [Fact]
    public async Task The_graphql_sse_client_receives_the_change_an_inbox_document_makes()
    {
        var source = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).First();
        var output = await NodeScripts.RunAsync("subscribe-graph-changed.mjs",
            new Uri(server.Server.BaseAddress, "graphql").ToString(), source, server.Server.InboxPath);

        var change = JsonDocument.Parse(output).RootElement.GetProperty("data").GetProperty("graphChanged");
        var document = change.GetProperty("documents").EnumerateArray().Single();
        Assert.Equal("sse-" + Path.GetFileNameWithoutExtension(source), document.GetProperty("id").GetString());
        Assert.True(change.GetProperty("addedRelations").GetInt32() > 0, output);
        Assert.Equal(0, change.GetProperty("removedRelations").GetInt32());
    }
}
