using System.Net;

namespace KoreaRussiaGraph.Storage.Neo4j.Http;

/// <summary>One entry of the <c>errors</c> array of a Query API response.</summary>
public sealed record Neo4jError(string Code, string Message)
{
    public const string TransactionNotFound = "Neo.ClientError.Transaction.TransactionNotFound";

    /// <summary>
    /// Neo4j's own classification (transient errors may succeed when retried), plus a transaction the server no
    /// longer knows (idle past its 60 s timeout, or the server restarted): starting the unit of work again is sound.
    /// </summary>
    public bool IsTransient => Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) || Code == TransactionNotFound;
}

/// <summary>Neo4j answered, but with an error (from the HTTP status, the <c>errors</c> array, or both).</summary>
public class Neo4jException(string message, HttpStatusCode? status, IReadOnlyList<Neo4jError> errors, Exception? inner = null)
    : Exception(message, inner)
{
    public HttpStatusCode? Status { get; } = status;
    public IReadOnlyList<Neo4jError> Errors { get; } = errors;

    /// <summary>Worth retrying: the server said so (Neo.TransientError.*) or it was briefly unavailable (502/503/504).</summary>
    public bool IsTransient =>
        Errors.Any(e => e.IsTransient) ||
        Status is HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout;
}

/// <summary>Neo4j rejected the credentials (401) or the user lacks rights (403); retrying cannot help.</summary>
public sealed class Neo4jAuthenticationException(string message, HttpStatusCode status, IReadOnlyList<Neo4jError> errors)
    : Neo4jException(message, status, errors);

/// <summary>Neo4j could not be reached at all (refused, timed out, circuit open), after the retries were spent.</summary>
public sealed class Neo4jUnavailableException(string message, Exception inner)
    : Neo4jException(message, null, [], inner);
