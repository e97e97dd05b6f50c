using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace KoreaRussiaGraph.Storage.Neo4j.Tests.QueryApi;

/// <summary>
/// A stand-in for Neo4j's HTTP Query API on 127.0.0.1, answering with the JSON shapes the Query API documentation
/// shows (https://neo4j.com/docs/query-api/current/query/, …/transactions/, …/result-formats/): 202 Accepted with
/// <c>{"data":{"fields":[…],"values":[[…]]},"bookmarks":[…]}</c>, explicit transactions answering
/// <c>{"transaction":{"id":…,"expires":…}}</c> plus a <c>neo4j-cluster-affinity</c> header, errors as
/// <c>{"errors":[{"code":…,"message":…}]}</c>. It records every request so tests can check what the store sent.
/// </summary>
public sealed class FakeQueryApi : IAsyncDisposable
{
    public sealed record Request(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
    {
        public JsonElement Json => JsonSerializer.Deserialize<JsonElement>(Body);
        public string? Statement => Body.Length == 0 ? null : Json.GetProperty("statement").GetString();
        public JsonElement Parameters => Json.GetProperty("parameters");
        public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var v) ? v : null;
    }

    public sealed record Reply(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default);

    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private readonly Func<Request, Reply> _handler;

    public FakeQueryApi(Func<Request, Reply> handler)
    {
        _handler = handler;
        Port = FreePort();
        Uri = $"http://127.0.0.1:{Port}";
        _listener.Prefixes.Add(Uri + "/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }
    public string Uri { get; }
    public ConcurrentQueue<Request> Requests { get; } = new();

    // --- documented answers ---------------------------------------------------------------

    /// <summary>202 Accepted with a data block, as in "Query the database" of the Query API docs.</summary>
    public static Reply Data(string[] fields, params object?[][] rows) => new(202, JsonSerializer.Serialize(new
    {
        data = new { fields, values = rows },
        bookmarks = new[] { "FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ" },
    }));

    /// <summary>An answer that opens a transaction ("Run transactions" in the Query API docs).</summary>
    public static Reply Opened(string id, string affinity, string[]? fields = null, params object?[][] rows) => new(202, JsonSerializer.Serialize(new
    {
        data = new { fields = fields ?? [], values = rows },
        transaction = new { id, expires = "2026-11-23T15:00:00Z" },
    }), new Dictionary<string, string> { ["neo4j-cluster-affinity"] = affinity });

    public static Reply Error(int status, string code, string message) => new(status, JsonSerializer.Serialize(new
    {
        errors = new[] { new { code, message } },
    }));

    public static Reply Empty => Data([]);

    // --- server -----------------------------------------------------------------------------

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) { return; }
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var headers = context.Request.Headers.AllKeys.Where(k => k is not null)
                .ToDictionary(k => k!.ToLowerInvariant(), k => context.Request.Headers[k]!);
            var request = new Request(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, headers, body);
            Requests.Enqueue(request);
            var reply = _handler(request);
            if (reply.Delay > TimeSpan.Zero) await Task.Delay(reply.Delay);
            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = "application/json";
            foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
                context.Response.Headers[name] = value;
            var bytes = Encoding.UTF8.GetBytes(reply.Body);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception)
        {
            // The client may have given up (timeout tests); nothing to answer then.
        }
    }

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }
}
