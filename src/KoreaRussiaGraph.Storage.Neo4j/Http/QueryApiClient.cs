using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KoreaRussiaGraph.Storage.Neo4j.Cypher;
using KoreaRussiaGraph.Storage.Neo4j.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KoreaRussiaGraph.Storage.Neo4j.Http;

/// <summary>
/// Talks to Neo4j's HTTP Query API (https://neo4j.com/docs/query-api/current/): implicit transactions on
/// <c>POST /db/{db}/query/v2</c>, explicit ones under <c>/db/{db}/query/v2/tx</c>. A call succeeds only when
/// the status is 2xx AND the body's <c>errors</c> array is empty; anything else becomes a <see cref="Neo4jException"/>.
/// </summary>
public sealed class QueryApiClient
{
    public const string AffinityHeader = "neo4j-cluster-affinity";

    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never };

    private readonly Neo4jOptions _options;
    private readonly HttpClient _http;
    private readonly Neo4jResilience _resilience;
    private readonly ILogger _logger;
    private readonly AuthenticationHeaderValue _auth;

    public QueryApiClient(Neo4jOptions options, HttpClient http, Neo4jResilience resilience, ILogger? logger = null)
    {
        _options = options;
        _http = http;
        _resilience = resilience;
        _logger = logger ?? NullLogger.Instance;
        _auth = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
    }

    internal string QueryPath => $"{_options.BaseUri}/db/{Uri.EscapeDataString(_options.Database)}/query/v2";

    /// <summary>Runs one statement in an implicit transaction, retrying it as a whole on transient failures.</summary>
    public Task<QueryResult> RunAsync(BoundStatement statement, CancellationToken ct = default) =>
        _resilience.ExecuteAsync(async token =>
        {
            var answer = await SendAsync(HttpMethod.Post, QueryPath, statement, affinity: null, token);
            return answer.Result;
        }, ct);

    /// <summary>
    /// Runs <paramref name="work"/> in one explicit transaction, committed when it returns and rolled back when it
    /// throws. A transient failure retries the whole unit (it must be idempotent: the store's writes MERGE on ids).
    /// </summary>
    public Task<T> InTransactionAsync<T>(Func<QueryApiTransaction, CancellationToken, Task<T>> work, CancellationToken ct = default) =>
        _resilience.ExecuteAsync(async token =>
        {
            var tx = new QueryApiTransaction(this);
            try
            {
                var result = await work(tx, token);
                await tx.EnsureCommittedAsync(token);
                return result;
            }
            catch
            {
                await tx.RollbackQuietlyAsync();
                throw;
            }
        }, ct);

    internal async Task<Answer> SendAsync(HttpMethod method, string url, BoundStatement? statement, string? affinity, CancellationToken ct) =>
        await _resilience.ExecuteCallAsync(async token =>
        {
            using var request = new HttpRequestMessage(method, url);
            request.Headers.Authorization = _auth;
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            if (affinity is not null) request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
            if (statement is not null)
            {
                var body = new Dictionary<string, object?>
                {
                    ["statement"] = statement.Statement.Text,
                    ["parameters"] = statement.Parameters,
                };
                request.Content = new StringContent(JsonSerializer.Serialize(body, Json), Encoding.UTF8, "application/json");
            }

            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, token);
            var text = await response.Content.ReadAsStringAsync(token);
            var root = ParseBody(text);
            var errors = ReadErrors(root);
            var name = statement?.Statement.Name ?? method.Method + " " + url;

            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                throw new Neo4jAuthenticationException(AuthMessage(response.StatusCode, errors), response.StatusCode, errors);
            if (!response.IsSuccessStatusCode || errors.Count > 0)
            {
                var detail = errors.Count > 0
                    ? string.Join("; ", errors.Select(e => $"{e.Code}: {e.Message}"))
                    : $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
                _logger.LogDebug("Neo4j rejected {Statement}: {Detail}", name, detail);
                throw new Neo4jException($"Neo4j failed '{name}': {detail}", response.StatusCode, errors);
            }

            response.Headers.TryGetValues(AffinityHeader, out var affinityValues);
            return new Answer(ReadResult(root), ReadTransactionId(root), affinityValues?.FirstOrDefault() ?? affinity);
        }, ct);

    private string AuthMessage(HttpStatusCode status, IReadOnlyList<Neo4jError> errors)
    {
        var code = errors.Count > 0 ? $" ({errors[0].Code})" : "";
        return status == HttpStatusCode.Unauthorized
            ? $"Neo4j at {_options.BaseUri} rejected the credentials of user '{_options.User}'{code}: check Store:Neo4j:User and Store:Neo4j:Password."
            : $"Neo4j at {_options.BaseUri} refused user '{_options.User}' access to database '{_options.Database}'{code}.";
    }

    private static JsonElement? ParseBody(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        try { return JsonSerializer.Deserialize<JsonElement>(text); }
        catch (JsonException) { return null; } // proxies and some 5xx answer with HTML; the status then tells the story
    }

    private static IReadOnlyList<Neo4jError> ReadErrors(JsonElement? root)
    {
        if (root is not { ValueKind: JsonValueKind.Object } r || !r.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array)
            return [];
        return errors.EnumerateArray()
            .Select(e => new Neo4jError(
                e.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "",
                e.TryGetProperty("message", out var m) ? m.GetString() ?? "" : ""))
            .ToArray();
    }

    private static QueryResult ReadResult(JsonElement? root)
    {
        if (root is not { ValueKind: JsonValueKind.Object } r) return QueryResult.Empty;
        var bookmarks = r.TryGetProperty("bookmarks", out var b) && b.ValueKind == JsonValueKind.Array
            ? b.EnumerateArray().Select(x => x.GetString() ?? "").ToArray()
            : [];
        if (!r.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
            return new QueryResult([], [], bookmarks);
        var fields = data.GetProperty("fields").EnumerateArray().Select(f => f.GetString() ?? "").ToArray();
        var rows = data.GetProperty("values").EnumerateArray()
            .Select(row => row.ValueKind == JsonValueKind.Array
                ? row.EnumerateArray().ToArray()
                : throw new Neo4jException($"Neo4j answered a row that is not an array ({row.ValueKind})", null, []))
            .ToArray();
        return new QueryResult(fields, rows, bookmarks);
    }

    private static string? ReadTransactionId(JsonElement? root) =>
        root is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty("transaction", out var tx) &&
        tx.ValueKind == JsonValueKind.Object && tx.TryGetProperty("id", out var id)
            ? id.ValueKind == JsonValueKind.String ? id.GetString() : id.GetRawText()
            : null;

    internal sealed record Answer(QueryResult Result, string? TransactionId, string? Affinity);
}
