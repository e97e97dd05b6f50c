using KoreaRussiaGraph.Storage.Neo4j.Cypher;

namespace KoreaRussiaGraph.Storage.Neo4j.Http;

/// <summary>
/// An explicit Query API transaction. It opens with its first statement (<c>POST …/query/v2/tx</c>), runs the
/// next ones on <c>…/tx/{id}</c>, commits on <c>…/tx/{id}/commit</c> and rolls back with <c>DELETE …/tx/{id}</c>,
/// echoing the <c>neo4j-cluster-affinity</c> header the server handed out so a cluster routes every call to the
/// member holding the transaction. Neo4j drops a transaction idle for 60 s, so callers keep the work between
/// calls short.
/// </summary>
public sealed class QueryApiTransaction
{
    private readonly QueryApiClient _client;
    private string? _id;
    private string? _affinity;
    private bool _finished;

    internal QueryApiTransaction(QueryApiClient client) => _client = client;

    public string? Id => _id;

    public async Task<QueryResult> RunAsync(BoundStatement statement, CancellationToken ct = default)
    {
        if (_finished) throw new InvalidOperationException("the transaction is already committed or rolled back");
        var url = _id is null ? $"{_client.QueryPath}/tx" : $"{_client.QueryPath}/tx/{Uri.EscapeDataString(_id)}";
        var answer = await _client.SendAsync(HttpMethod.Post, url, statement, _affinity, ct);
        if (_id is null)
        {
            _id = answer.TransactionId ?? throw new Neo4jException("Neo4j opened a transaction but sent no transaction id", null, []);
            _affinity = answer.Affinity;
        }
        return answer.Result;
    }

    /// <summary>Commits with a last statement in the same request (saves one round trip).</summary>
    public async Task<QueryResult> CommitAsync(BoundStatement statement, CancellationToken ct = default)
    {
        if (_id is null)
        {
            // Nothing ran yet: one implicit transaction does the same work in one call.
            var single = await _client.SendAsync(HttpMethod.Post, _client.QueryPath, statement, null, ct);
            _finished = true;
            return single.Result;
        }
        var answer = await _client.SendAsync(HttpMethod.Post, $"{_client.QueryPath}/tx/{Uri.EscapeDataString(_id)}/commit", statement, _affinity, ct);
        _finished = true;
        return answer.Result;
    }

    internal Task EnsureCommittedAsync(CancellationToken ct) =>
        _finished || _id is null
            ? Task.CompletedTask
            : throw new InvalidOperationException("a transaction's work must end with CommitAsync");

    internal async Task RollbackQuietlyAsync()
    {
        if (_finished || _id is null) return;
        _finished = true;
        try
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _client.SendAsync(HttpMethod.Delete, $"{_client.QueryPath}/tx/{Uri.EscapeDataString(_id)}", null, _affinity, cts.Token);
        }
        catch (Exception)
        {
            // The original failure is what the caller needs; Neo4j drops an abandoned transaction after 60 s anyway.
        }
    }
}
