using System.Text.Json;
using KoreaRussiaGraph.Explorer.Tests.Support;

namespace KoreaRussiaGraph.Explorer.Tests.Web;

/// <summary>graphql-http's server audits (the GraphQL-over-HTTP spec's reference suite) against the real seeded server.</summary>
[Collection(SeededServerCollection.Name)]
public sealed class GraphQLOverHttpAuditTests(SeededServerFixture server)
{
    [Fact]
    public async Task Every_graphql_http_audit_passes_warnings_included()
    {
        var report = JsonDocument.Parse(await NodeScripts.RunAsync("audit-graphql-http.mjs", new Uri(server.Server.BaseAddress, "graphql").ToString())).RootElement;
        var notOk = report.GetProperty("notOk").EnumerateArray().Select(a => $"{a.GetProperty("status")} {a.GetProperty("name")}: {a.GetProperty("reason")}").ToArray();
        Assert.Empty(notOk);
        Assert.Equal(61, report.GetProperty("total").GetInt32());
        Assert.Equal(61, report.GetProperty("ok").GetInt32());
    }
}
