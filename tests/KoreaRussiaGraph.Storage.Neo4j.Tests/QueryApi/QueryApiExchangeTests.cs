using System.Text;
using System.Text.Json;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Storage.Neo4j.Cypher;
using KoreaRussiaGraph.Storage.Neo4j.Http;
using KoreaRussiaGraph.Storage.Neo4j.Mapping;
using KoreaRussiaGraph.Storage.Neo4j.Tests.Infrastructure;
using Polly.CircuitBreaker;
using static KoreaRussiaGraph.Storage.Neo4j.Tests.QueryApi.FakeQueryApi;

namespace KoreaRussiaGraph.Storage.Neo4j.Tests.QueryApi;

/// <summary>
/// The HTTP exchange with Neo4j's Query API, against <see cref="FakeQueryApi"/>: a local server answering with the
/// JSON documented at https://neo4j.com/docs/query-api/current/ (pages "Query the database", "Run transactions",
/// "Result formats"; status 202 on success, 401 for bad credentials, errors as an "errors" array of code/message).
/// No real Neo4j is involved here.
/// </summary>
public sealed class QueryApiExchangeTests
{
    private const string Password = "s3cret-pw";

    internal static Neo4jOptions OptionsFor(string uri, Action<Neo4jOptions>? tweak = null)
    {
        var options = new Neo4jOptions
        {
            Uri = uri,
            User = "graph-user",
            Password = Password,
            Database = "testdb",
            RetryCount = 3,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
            CallTimeout = TimeSpan.FromSeconds(10),
            BreakerMinimumThroughput = 100,
            SchemaPath = Path.Combine(Tooling.RepoRoot(), "graph-schema"),
        };
        tweak?.Invoke(options);
        return options;
    }

    internal static object ActorRow(string id, string kind = "PERSON", params string[] aliases) =>
        new { id, name = id.ToUpperInvariant(), kind, aliases, wikidataId = (string?)null, description = (string?)null };

    [Fact]
    public async Task A_query_posts_statement_and_parameters_to_query_v2_with_basic_auth_and_maps_the_result()
    {
        await using var api = new FakeQueryApi(_ => Data(["actor"], [new { id = "kim-jong-un", name = "Kim Jong Un", kind = "PERSON", aliases = new[] { "Chairman Kim" }, wikidataId = "Q56226", description = (string?)null }]));
        await using var store = new Neo4jGraphStore(OptionsFor(api.Uri));

        var actor = await store.GetActorAsync("kim-jong-un");

        var request = Assert.Single(api.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/db/testdb/query/v2", request.Path);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("graph-user:" + Password)), request.Header("Authorization"));
        Assert.Contains("application/json", request.Header("Accept"));
        Assert.StartsWith("application/json", request.Header("Content-Type"));
        Assert.Null(request.Header(QueryApiClient.AffinityHeader));
        Assert.Equal(Statements.GetActor.Text, request.Statement);
        Assert.Equal("kim-jong-un", request.Parameters.GetProperty("id").GetString());
        Assert.DoesNotContain('\n', request.Statement!);

        Assert.NotNull(actor);
        Assert.Equal(("kim-jong-un", "Kim Jong Un", ActorKind.Person, "Q56226"), (actor.Id, actor.Name, actor.Kind, actor.WikidataId));
        Assert.Equal(["Chairman Kim"], actor.Aliases);
        Assert.Null(actor.Description);
    }

    [Fact]
    public async Task The_store_reports_no_generation_because_other_processes_may_write_to_neo4j()
    {
        await using var api = new FakeQueryApi(_ => Data(["actor"]));
        await using var store = new Neo4jGraphStore(OptionsFor(api.Uri));

        // Null keeps whole-answer caches (the GraphQL response cache) off for this store.
        Assert.Null(((IGraphStore)store).Generation);
    }

    [Fact]
    public async Task Values_never_enter_the_statement_text()
    {
        await using var api = new FakeQueryApi(_ => Data(["actor"]));
        await using var store = new Neo4jGraphStore(OptionsFor(api.Uri));
        const string hostile = "x'}) MATCH (n) DETACH DELETE n //";

        Assert.Null(await store.GetActorAsync(hostile));

        var request = Assert.Single(api.Requests);
        Assert.Equal(Statements.GetActor.Text, request.Statement);
        Assert.DoesNotContain("DETACH", request.Statement);
        Assert.Equal(hostile, request.Parameters.GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_document_write_is_one_explicit_transaction_that_echoes_the_affinity_header()
    {
        var relation = Relation.Create("SUPPLIED", "north-korea", "russia", false,
            new Citation("doc-1", 3, "North Korea supplied shells.", 10, 38, "supply-rule"), PartialDate.Parse("2023-08"));
        await using var api = new FakeQueryApi(r => r.Path switch
        {
            "/db/testdb/query/v2/tx" => Opened("tx-42", "affinity-token-A", ["id"], ["r-old"]),
            "/db/testdb/query/v2/tx/tx-42" => Empty,
            "/db/testdb/query/v2/tx/tx-42/commit" => Empty,
            _ => Error(404, "Neo.ClientError.Request.Invalid", "unexpected " + r.Path),
        });
        await using var store = new Neo4jGraphStore(OptionsFor(api.Uri));
        var write = new DocumentWrite(
            new DocumentRecord("doc-1", "T", null, null, PartialDate.Parse("2023-09-01"), null, "txt", "abc", DateTimeOffset.UnixEpoch, "x/1", DocumentStatus.Ingested),
            "raw", [new Actor("north-korea", "North Korea", ActorKind.State, []), new Actor("russia", "Russia", ActorKind.State, [])], [relation]);

        var outcome = await store.WriteDocumentAsync(write);

        Assert.Equal(new WriteOutcome(1, 1, 0), outcome);
        var requests = api.Requests.ToArray();
        Assert.Equal(
            ["/db/testdb/query/v2/tx", "/db/testdb/query/v2/tx/tx-42", "/db/testdb/query/v2/tx/tx-42", "/db/testdb/query/v2/tx/tx-42", "/db/testdb/query/v2/tx/tx-42/commit"],
            requests.Select(r => r.Path));
        Assert.All(requests, r => Assert.Equal("POST", r.Method));
        Assert.Equal(
            [Statements.DocumentRelationIds.Text, Statements.UpsertActors.Text, Statements.DeleteStaleRelations.Text, Statements.MergeRelations.Text, Statements.MergeDocument.Text],
            requests.Select(r => r.Statement));
        Assert.Null(requests[0].Header(QueryApiClient.AffinityHeader));
        Assert.All(requests.Skip(1), r => Assert.Equal("affinity-token-A", r.Header(QueryApiClient.AffinityHeader)));

        Assert.Equal([relation.Id], requests[2].Parameters.GetProperty("keep").EnumerateArray().Select(e => e.GetString()));
        var sent = requests[3].Parameters.GetProperty("relations")[0];
        Assert.Equal("2023-08", sent.GetProperty("date").GetString());
        Assert.Equal("2023-08-01", sent.GetProperty("dateStart").GetString());
        Assert.Equal("2023-08-31", sent.GetProperty("dateEnd").GetString());
        Assert.Equal("ASSERTED", sent.GetProperty("status").GetString());
        Assert.Equal("supply-rule", sent.GetProperty("rule").GetString());
        var document = requests[4].Parameters.GetProperty("document");
        Assert.Equal("INGESTED", document.GetProperty("status").GetString());
        Assert.Equal(1, document.GetProperty("relationCount").GetInt32());
        Assert.Equal("raw", requests[4].Parameters.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_failure_inside_a_transaction_rolls_it_back_with_DELETE_and_is_not_retried_when_it_is_a_client_error()
    {
        await using var api = new FakeQueryApi(r => (r.Method, r.Path, r.Statement) switch
        {
            ("POST", "/db/testdb/query/v2/tx", _) => Opened("tx-7", "affinity-B", ["id"]),
            ("POST", _, var s) when s == Statements.MergeRelations.Text =>
                Error(400, "Neo.ClientError.Schema.ConstraintValidationFailed", "Node(1) already exists with label `Actor`"),
            ("DELETE", _, _) => Empty,
            _ => Empty,
        });
        await using var store = new Neo4jGraphStore(OptionsFor(api.Uri));
        var relation = Relation.Create("VISITED", "a", "b", false, new Citation("d", 0, "q", 0, 1, "r"));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => store.WriteDocumentAsync(new DocumentWrite(
            new DocumentRecord("d", null, null, null, null, null, "txt", "s", DateTimeOffset.UnixEpoch, "x", DocumentStatus.Ingested),
            "raw", [new Actor("a", "A", ActorKind.Person, []), new Actor("b", "B", ActorKind.Person, [])], [relation])));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", Assert.Single(error.Errors).Code);
        Assert.Contains("relations.merge", error.Message);
        var requests = api.Requests.ToArray();
        Assert.Single(requests, r => r.Path == "/db/testdb/query/v2/tx");
        Assert.DoesNotContain(requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
        var rollback = Assert.Single(requests, r => r.Method == "DELETE");
        Assert.Equal("/db/testdb/query/v2/tx/tx-7", rollback.Path);
        Assert.Equal("affinity-B", rollback.Header(QueryApiClient.AffinityHeader));
    }

    [Fact]
    public async Task An_errors_array_fails_the_call_even_under_a_success_status()
    {
        await using var api = new FakeQueryApi(_ => new Reply(202, """{"data":{"fields":[],"values":[]},"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input 'X'"}]}"""));
        await using var store = new Neo4jGraphStore(OptionsFor(api.Uri));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => store.GetActorAsync("a"));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", Assert.Single(error.Errors).Code);
        Assert.Contains("Invalid input 'X'", error.Message);
        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task A_client_error_status_is_mapped_and_not_retried()
    {
        await using var api = new FakeQueryApi(_ => Error(400, "Neo.ClientError.Statement.ParameterMissing", "Expected parameter(s): id"));
        await using var store = new Neo4jGraphStore(OptionsFor(api.Uri));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => store.GetActorAsync("a"));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, error.Status);
        Assert.False(error.IsTransient);
        Assert.Contains("actors.get", error.Message);
        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task Service_unavailable_is_retried_until_it_succeeds()
    {
        var calls = 0;
        await using var api = new FakeQueryApi(_ => Interlocked.Increment(ref calls) <= 2
            ? new Reply(503, "<html>Service Unavailable</html>")
            : Data(["ok"], [1]));
        await using var store = new Neo4jGraphStore(OptionsFor(api.Uri));

        Assert.True(await store.IsReadyAsync());
        Assert.Equal(3, api.Requests.Count);
    }

    [Fact]
    public async Task A_transient_error_code_in_the_errors_array_is_retried()
    {
        var calls = 0;
        await using var api = new FakeQueryApi(_ => Interlocked.Increment(ref calls) == 1
            ? Error(400, "Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient can't acquire ExclusiveLock")
            : Data(["degree"], [4]));
        await using var store = new Neo4jGraphStore(OptionsFor(api.Uri));

        Assert.Equal(4, await store.DegreeAsync("a"));
        Assert.Equal(2, api.Requests.Count);
    }

    [Fact]
    public async Task A_transient_failure_mid_transaction_retries_the_whole_transaction()
    {
        var merges = 0;
        var begins = 0;
        await using var api = new FakeQueryApi(r => (r.Path, r.Statement) switch
        {
            ("/db/testdb/query/v2/tx", _) => Opened($"tx-{Interlocked.Increment(ref begins)}", "aff", ["id"]),
            (_, var s) when s == Statements.MergeRelations.Text && Interlocked.Increment(ref merges) == 1 =>
                Error(503, "Neo.TransientError.General.DatabaseUnavailable", "The database is not currently available to serve your request"),
            _ => Empty,
        });
        await using var store = new Neo4jGraphStore(OptionsFor(api.Uri));
        var relation = Relation.Create("VISITED", "a", "b", false, new Citation("d", 0, "q", 0, 1, "r"));

        await store.WriteDocumentAsync(new DocumentWrite(
            new DocumentRecord("d", null, null, null, null, null, "txt", "s", DateTimeOffset.UnixEpoch, "x", DocumentStatus.Ingested),
            "raw", [new Actor("a", "A", ActorKind.Person, []), new Actor("b", "B", ActorKind.Person, [])], [relation]));

        var requests = api.Requests.ToArray();
        Assert.Equal(2, requests.Count(r => r.Path == "/db/testdb/query/v2/tx"));
        Assert.Single(requests, r => r.Path == "/db/testdb/query/v2/tx/tx-2/commit");
        Assert.Single(requests, r => r.Method == "DELETE" && r.Path == "/db/testdb/query/v2/tx/tx-1");
    }

    [Fact]
    public async Task An_expired_transaction_is_started_again()
    {
        var begins = 0;
        await using var api = new FakeQueryApi(r => r.Path switch
        {
            "/db/testdb/query/v2/tx" => Opened($"tx-{Interlocked.Increment(ref begins)}", "aff", ["id"]),
            // The first transaction idled past Neo4j's 60 s timeout: the server no longer knows it.
            "/db/testdb/query/v2/tx/tx-1/commit" => Error(404, Neo4jError.TransactionNotFound, "Unrecognized transaction id. Transaction may have timed out and been rolled back."),
            _ => Empty,
        });
        await using var store = new Neo4jGraphStore(OptionsFor(api.Uri));

        await store.WriteDocumentAsync(new DocumentWrite(
            new DocumentRecord("d", null, null, null, null, null, "txt", "s", DateTimeOffset.UnixEpoch, "x", DocumentStatus.Failed, "bad"), "raw", [], []));

        var requests = api.Requests.ToArray();
        Assert.Equal(2, begins);
        Assert.Single(requests, r => r.Path == "/db/testdb/query/v2/tx/tx-2/commit");
    }

    [Fact]
    public async Task Wrong_credentials_name_the_user_and_uri_but_never_the_password_and_are_not_retried()
    {
        await using var api = new FakeQueryApi(_ => Error(401, "Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure."));
        await using var store = new Neo4jGraphStore(OptionsFor(api.Uri));

        var error = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => store.InitializeAsync());

        Assert.Contains("'graph-user'", error.Message);
        Assert.Contains(api.Uri, error.Message);
        Assert.Contains("Neo.ClientError.Security.Unauthorized", error.Message);
        Assert.DoesNotContain(Password, error.Message);
        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task An_unreachable_server_gives_an_error_naming_the_uri_after_the_retries()
    {
        var uri = $"http://127.0.0.1:{FreePort()}";
        await using var store = new Neo4jGraphStore(OptionsFor(uri, o => o.RetryCount = 2));

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => store.GetActorAsync("a"));

        Assert.Contains(uri, error.Message);
        Assert.Contains("3 attempt(s)", error.Message);
        Assert.Contains("Store:Neo4j:Uri", error.Message);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.False(await store.IsReadyAsync());
    }

    [Fact]
    public async Task The_circuit_opens_after_repeated_failures_and_then_fails_fast_without_calling()
    {
        await using var api = new FakeQueryApi(_ => new Reply(503, ""));
        await using var store = new Neo4jGraphStore(OptionsFor(api.Uri, o =>
        {
            o.RetryCount = 0;
            o.BreakerMinimumThroughput = 2;
            o.BreakerFailureRatio = 0.5;
            o.BreakerBreakDuration = TimeSpan.FromSeconds(30);
        }));

        Assert.True((await Assert.ThrowsAsync<Neo4jException>(() => store.GetActorAsync("a"))).IsTransient);
        Assert.True((await Assert.ThrowsAsync<Neo4jException>(() => store.GetActorAsync("a"))).IsTransient);
        var open = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => store.GetActorAsync("a"));

        Assert.IsAssignableFrom<BrokenCircuitException>(open.InnerException);
        Assert.Contains("circuit is open", open.Message);
        Assert.Equal(2, api.Requests.Count);
    }

    [Fact]
    public async Task A_call_slower_than_the_per_call_timeout_is_retried_then_reported()
    {
        await using var api = new FakeQueryApi(_ => Data(["ok"], [1]) with { Delay = TimeSpan.FromSeconds(3) });
        await using var store = new Neo4jGraphStore(OptionsFor(api.Uri, o =>
        {
            o.CallTimeout = TimeSpan.FromMilliseconds(200);
            o.RetryCount = 1;
        }));

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => store.GetActorAsync("a"));

        Assert.Contains("did not answer within 0.2 s", error.Message);
        Assert.Equal(2, api.Requests.Count);
    }

    [Fact]
    public async Task Initialize_applies_every_schema_statement_from_graph_schema_neo4j()
    {
        await using var api = new FakeQueryApi(_ => Empty);
        var options = OptionsFor(api.Uri);
        await using var store = new Neo4jGraphStore(options);

        await store.InitializeAsync();
        await store.InitializeAsync();

        var expected = SchemaScripts.Load(Core.Schema.GraphSchemaDirectory.Locate(options.SchemaPath)).Select(s => s.Text).ToArray();
        Assert.NotEmpty(expected);
        Assert.All(expected, s => Assert.Contains("IF NOT EXISTS", s));
        Assert.Equal([.. expected, .. expected], api.Requests.Select(r => r.Statement));
    }
}
