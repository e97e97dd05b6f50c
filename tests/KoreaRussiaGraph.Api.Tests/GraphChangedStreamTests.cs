using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;

namespace KoreaRussiaGraph.Api.Tests;

/// <summary>Subscription.graphChanged over GraphQL over SSE (graphql-sse, distinct connections mode), read with a bare HttpClient.</summary>
public sealed class GraphChangedStreamTests(FixtureApiFactory factory) : IClassFixture<FixtureApiFactory>
{
    private const string Subscription = "subscription { graphChanged { generation addedRelations removedRelations documents { id title } } }";

    [Fact]
    public async Task A_committed_write_arrives_as_one_next_event()
    {
        var client = await factory.ClientAsync();
        await using var stream = await EventStream.OpenAsync(client, Subscription);

        await WriteAsync("stream-doc-1", 2);
        var change = (await stream.NextAsync())["data"]!["graphChanged"]!;

        Assert.Equal(["stream-doc-1"], change["documents"].Strings("id"));
        Assert.Equal("Title of stream-doc-1", change["documents"]![0]!["title"]!.GetValue<string>());
        Assert.Equal(2, change["addedRelations"]!.GetValue<int>());
        Assert.Equal(0, change["removedRelations"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(change["generation"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Writes_faster_than_ten_a_second_are_merged_without_losing_counts()
    {
        var client = await factory.ClientAsync();
        await using var stream = await EventStream.OpenAsync(client, Subscription);

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 20; i++) await WriteAsync($"burst-{i:00}", 1);
        var elapsed = clock.Elapsed;

        var documents = new HashSet<string>();
        var added = 0;
        var events = 0;
        while (documents.Count < 20)
        {
            var change = (await stream.NextAsync())["data"]!["graphChanged"]!;
            events++;
            added += change["addedRelations"]!.GetValue<int>();
            foreach (var id in change["documents"].Strings("id")) documents.Add(id);
        }
        Assert.Equal(20, added);
        // At most one event per 100 ms window while writing, plus the one flushed after the last write.
        Assert.True(events <= elapsed.TotalMilliseconds / 100 + 2, $"{events} events for 20 writes in {elapsed.TotalMilliseconds:F0} ms");
        Assert.True(events < 20, $"{events} events for 20 writes in {elapsed.TotalMilliseconds:F0} ms: nothing was merged");
    }

    [Fact]
    public async Task A_query_over_the_event_stream_is_one_next_then_complete()
    {
        var client = await factory.ClientAsync();
        await using var stream = await EventStream.OpenAsync(client, "{ actor(id: \"russia\") { name } }");
        Assert.Equal("Russia", (await stream.NextAsync())["data"]!["actor"]!["name"]!.GetValue<string>());
        Assert.Equal("complete", await stream.NextEventNameAsync());
    }

    [Fact]
    public async Task An_invalid_subscription_is_a_400_with_errors_not_a_stream()
    {
        var client = await factory.ClientAsync();
        using var request = EventStream.Request("subscription { noSuchField }");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("noSuchField", await response.Content.ReadAsStringAsync());
    }

    private async Task WriteAsync(string documentId, int relations)
    {
        var written = Enumerable.Range(0, relations).Select(i => Relation.Create("VISITED", "kim-jong-un", "russia", false,
            new Citation(documentId, i, $"Kim visited Russia ({documentId} #{i}).", 0, 10, "test"), PartialDate.Parse("2024"))).ToArray();
        var document = new DocumentRecord(documentId, $"Title of {documentId}", null, null, null, "test", "txt", documentId,
            DateTimeOffset.UnixEpoch, "test", DocumentStatus.Ingested, RelationCount: relations);
        await factory.Store.WriteDocumentAsync(new DocumentWrite(document, "text", FixtureGraph.Actors, written));
    }

    /// <summary>A minimal reader of the graphql-sse event stream: "event: name" / "data: json" blocks ended by a blank line.</summary>
    private sealed class EventStream : IAsyncDisposable
    {
        private readonly HttpResponseMessage _response;
        private readonly StreamReader _reader;
        private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(20));

        private EventStream(HttpResponseMessage response, StreamReader reader) => (_response, _reader) = (response, reader);

        public static HttpRequestMessage Request(string query)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
            request.Headers.Accept.ParseAdd("text/event-stream");
            return request;
        }

        public static async Task<EventStream> OpenAsync(HttpClient client, string query)
        {
            var response = await client.SendAsync(Request(query), HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
            return new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
        }

        public async Task<JsonNode> NextAsync()
        {
            var (name, data) = await ReadEventAsync();
            Assert.Equal("next", name);
            return JsonNode.Parse(data)!;
        }

        public async Task<string> NextEventNameAsync() => (await ReadEventAsync()).Name;

        private async Task<(string Name, string Data)> ReadEventAsync()
        {
            string? name = null, data = null;
            while (await _reader.ReadLineAsync(_timeout.Token) is { } line)
            {
                if (line.Length == 0 && name is not null) return (name, data ?? "");
                if (line.StartsWith("event:", StringComparison.Ordinal)) name = line[6..].Trim();
                else if (line.StartsWith("data:", StringComparison.Ordinal)) data = line[5..].Trim();
            }
            throw new EndOfStreamException("the event stream ended");
        }

        public async ValueTask DisposeAsync()
        {
            await _timeout.CancelAsync();
            _reader.Dispose();
            _response.Dispose();
            _timeout.Dispose();
        }
    }
}
