using System.Net.Http.Json;
using System.Text.Json;

namespace KoreaRussiaGraph.Explorer.Tests.Support;

/// <summary>One real krg server on the seeds, shared by the tests that talk to it over HTTP as outside tools do.</summary>
public sealed class SeededServerFixture : IAsyncLifetime
{
    private KrgServer? _server;

    public KrgServer Server => _server ?? throw new InvalidOperationException("not started");
    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _server = await KrgServer.StartAsync(TimeSpan.FromSeconds(180));
        Http = new HttpClient { BaseAddress = _server.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_server is not null) await _server.DisposeAsync();
    }

    /// <summary>Runs a query and returns its <c>data</c>, failing on any error.</summary>
    public async Task<JsonElement> QueryAsync(string query)
    {
        var response = await Http.PostAsJsonAsync("graphql", new { query });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        if (body.TryGetProperty("errors", out var errors)) throw new InvalidOperationException(errors.ToString());
        return body.GetProperty("data").Clone();
    }
}

[CollectionDefinition(Name)]
public sealed class SeededServerCollection : ICollectionFixture<SeededServerFixture>
{
    public const string Name = "seeded krg server";
}
