using System.Net;
using System.Reflection;
using System.Text.Json;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Core.Schema;
using KoreaRussiaGraph.Explorer.Tests.Support;
using KoreaRussiaGraph.Krg.Exports;
using KoreaRussiaGraph.Storage.Embedded;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KoreaRussiaGraph.Explorer.Tests.Web;

/// <summary>
/// Issue 14, item 5: /export has limits of its own. The store is wrapped so a test can hold an export in the middle of
/// its work for as long as it likes, which makes "one already running" a fact rather than a race.
/// </summary>
public sealed class ExportLimitTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("krg-export-limits-").FullName;
    private EmbeddedGraphStore _store = null!;
    private readonly List<WebApplication> _apps = [];

    public async Task InitializeAsync() => _store = await SampleStore.CreateAsync(Path.Combine(_folder, "graph.db"));

    public async Task DisposeAsync()
    {
        foreach (var app in _apps) await app.DisposeAsync();
        await _store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<HttpClient> ClientAsync(IGraphStore store, Dictionary<string, string?> settings)
    {
        var app = await TestWebApp.StartAsync(b => b.Services.AddSingleton(store).AddSingleton(RelationTypeCatalog.Load(GraphSchemaDirectory.Locate())), a => a.MapExports(), settings);
        _apps.Add(app);
        return app.GetTestClient();
    }

    private static async Task<string?> CodeOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString();

    [Fact]
    public async Task Past_the_concurrency_limit_an_export_is_refused_at_once_and_admitted_when_one_finishes()
    {
        var gate = GatedStore.Around(_store);
        var client = await ClientAsync((IGraphStore)(object)gate, new() { ["Export:MaxConcurrent"] = "1" });

        var first = client.GetAsync("/export?format=gexf");
        await gate.Entered.WaitAsync(TimeSpan.FromSeconds(30)); // the first export is inside the store, holding its permit
        using var second = await client.GetAsync("/export?format=graphml");
        gate.Open();
        using var firstResponse = await first;
        // The permit goes back when the server has disposed the first response, which may be a moment after the client
        // has read its last byte: the third export is admitted once that has happened (bounded wait).
        var third = await client.GetAsync("/export?format=graphml");
        for (var attempt = 0; attempt < 40 && third.StatusCode == HttpStatusCode.TooManyRequests; attempt++)
        {
            third.Dispose();
            await Task.Delay(50);
            third = await client.GetAsync("/export?format=graphml");
        }
        using var thirdResponse = third;

        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(ExportLimits.BusyCode, await CodeOf(second));
        Assert.True(second.Headers.RetryAfter?.Delta is { TotalSeconds: >= 1 });
        Assert.Equal(HttpStatusCode.OK, firstResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Fact]
    public async Task One_client_starting_exports_faster_than_its_rate_gets_429_with_Retry_After()
    {
        var client = await ClientAsync(_store, new() { ["Export:BurstLimit"] = "3", ["Export:RequestsPerMinute"] = "1" });

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 5; i++)
        {
            var response = await client.GetAsync("/export?format=jsonl");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) refused ??= response;
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(ExportLimits.RateCode, await CodeOf(refused!));
        Assert.True(refused!.Headers.RetryAfter?.Delta is { TotalSeconds: >= 1 });
    }

    /// <summary>The real store, except that listing relations waits until the test opens the gate.</summary>
    public class GatedStore : DispatchProxy
    {
        private IGraphStore _inner = null!;
        private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Entered => _entered.Task;
        public void Open() => _open.TrySetResult();

        public static GatedStore Around(IGraphStore inner)
        {
            var proxy = Create<IGraphStore, GatedStore>();
            var gated = (GatedStore)(object)proxy;
            gated._inner = inner;
            return gated;
        }

        protected override object? Invoke(MethodInfo? method, object?[]? args)
        {
            if (method!.Name == nameof(IGraphStore.FindRelationsAsync))
            {
                _entered.TrySetResult();
                _open.Task.Wait(TimeSpan.FromSeconds(30));
            }
            return method.Invoke(_inner, args);
        }
    }
}
