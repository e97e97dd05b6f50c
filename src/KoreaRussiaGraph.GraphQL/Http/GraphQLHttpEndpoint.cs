using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using KoreaRussiaGraph.GraphQL.Caching;
using KoreaRussiaGraph.GraphQL.Cost;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KoreaRussiaGraph.GraphQL.Http;

/// <summary>
/// A small GraphQL-over-HTTP endpoint (GraphQL.Server does not restore here): POST JSON and GET,
/// Accept negotiation, 415 for non-JSON bodies, 400 for malformed requests, 405 for mutations over GET.
/// </summary>
public static class GraphQLHttpEndpoint
{
    /// <summary>Key, in HttpContext.Items and the GraphQL user context, of the request's <see cref="ApiKeyState"/>.</summary>
    public const string ApiKeyStateKey = "krg.apiKeyState";

    /// <param name="browserPage">Answers a browser's GET (Accept text/html, no query) with the IDE; null result falls through to GraphQL.</param>
    public static RouteHandlerBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder app, Func<HttpContext, IResult?>? browserPage = null)
    {
        var options = app.ServiceProvider.GetRequiredService<IOptions<GraphQLEndpointOptions>>().Value;
        var cache = app.ServiceProvider.GetService<ResponseCache>();
        var metrics = app.ServiceProvider.GetService<GraphQLMetrics>();
        return app.MapMethods(options.Path, [HttpMethods.Get, HttpMethods.Post], async (HttpContext http) =>
        {
            if (HttpMethods.IsGet(http.Request.Method) && browserPage?.Invoke(http) is { } page) return page;
            if (Subscriptions.GraphQLSse.IsEventStreamRequest(http.Request)) await Subscriptions.GraphQLSse.HandleAsync(http, options); // issue 18
            else await HandleAsync(http, options, cache, metrics);
            return Results.Empty;
        });
    }

    private static async Task HandleAsync(HttpContext http, GraphQLEndpointOptions options, ResponseCache? cache, GraphQLMetrics? metrics)
    {
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        var mediaType = ResponseMediaType.Negotiate(http.Request.Headers.Accept);
        if (mediaType is null)
        {
            await GraphQLErrorResponse.WriteAsync(http, StatusCodes.Status406NotAcceptable, "BAD_REQUEST",
                $"The Accept header allows neither {ResponseMediaType.GraphQLResponse} nor {ResponseMediaType.Json}.", mediaType: ResponseMediaType.Json);
            return;
        }

        var (requests, problem, status, requestText) = HttpMethods.IsGet(http.Request.Method)
            ? ReadGet(http.Request, serializer)
            : await ReadPostAsync(http.Request, serializer, options);
        if (problem is not null)
        {
            await GraphQLErrorResponse.WriteAsync(http, status, "BAD_REQUEST", problem, mediaType: mediaType);
            return;
        }

        // GET answers revalidate: 304 while the store's generation has not moved (ConditionalGet).
        var etag = requests!.Count == 1 && !IsBatch(http) ? ConditionalGet.ETagFor(http.Request, mediaType) : null;
        if (HttpMethods.IsGet(http.Request.Method)) http.Response.Headers.CacheControl = ConditionalGet.CacheControl;
        if (etag is not null && ConditionalGet.NotModified(http.Request, etag))
        {
            ConditionalGet.Apply(http.Response, etag);
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        var lookup = cache is not null && requests!.Count == 1 && !IsBatch(http)
            ? cache.Lookup(http.Request, mediaType, requestText!)
            : CacheLookup.None;
        try
        {
            var replayed = lookup.Hit ?? (lookup.Pending is { } pending ? await pending.WaitAsync(http.RequestAborted) : null);
            if (lookup.Key is not null)
            {
                metrics?.RecordCacheLookup(replayed is not null, replayed?.Cost);
                http.Response.Headers[ResponseCacheHeader] = replayed is null ? "miss" : "hit";
            }
            if (replayed is not null)
            {
                if (etag is not null) ConditionalGet.Apply(http.Response, etag);
                await WriteAsync(http, replayed);
                return;
            }

            var kept = await ExecuteAndWriteAsync(http, requests!, mediaType, serializer, keep: lookup is { Key: not null, Keep: true }, etag);
            if (kept is not null) cache!.Store(lookup, kept);
        }
        finally
        {
            cache?.Finish(lookup);
        }
    }

    /// <summary>Runs the requests and writes their answers.</summary>
    /// <param name="keep">Whether a clean answer to a single query should come back for the response cache.</param>
    /// <param name="etag">The validator a clean answer carries (GET only).</param>
    /// <returns>The answer as written, when it was kept.</returns>
    private static async Task<CachedResponse?> ExecuteAndWriteAsync(
        HttpContext http, IReadOnlyList<GraphQLRequest> requests, string mediaType, IGraphQLTextSerializer serializer, bool keep, string? etag)
    {
        var executer = http.RequestServices.GetRequiredService<IDocumentExecuter<ISchema>>();
        var results = new List<ExecutionResult>(requests.Count);
        Dictionary<string, object?>? userContext = null;
        foreach (var request in requests)
        {
            if (await RefusedMutationOverGetAsync(http, request, mediaType)) return null;
            userContext = UserContextFor(http);
            results.Add(await executer.ExecuteAsync(OptionsFor(http, request, userContext)));
        }

        // Under the new media type a request that never executed (parse, validation, variables) is the client's error.
        var failedBeforeExecution = results.Count == 1 && !results[0].Executed;
        http.Response.StatusCode = mediaType == ResponseMediaType.GraphQLResponse && failedBeforeExecution
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        // An answer that read state outside the store (the feeds' polling) is not a function of the store's generation
        if (userContext?.ContainsKey(ResponseCache.OutsideTheStoreKey) == true) (keep, etag) = (false, null);
        if (etag is not null && IsReplayable(results[0], http.Response.StatusCode)) ConditionalGet.Apply(http.Response, etag);
        if (keep && IsReplayable(results[0], http.Response.StatusCode))
        {
            using var buffer = new MemoryStream();
            await serializer.WriteAsync(buffer, results[0], http.RequestAborted);
            var cost = userContext!.GetValueOrDefault(QueryCost.UserContextKey) as QueryCost;
            var response = new CachedResponse(buffer.ToArray(), http.Response.StatusCode, http.Response.ContentType, cost?.Cost);
            await WriteAsync(http, response);
            return response;
        }
        if (requests.Count == 1 && !IsBatch(http)) await serializer.WriteAsync(http.Response.Body, results[0], http.RequestAborted);
        else await serializer.WriteAsync(http.Response.Body, results, http.RequestAborted);
        return null;
    }

    /// <summary>Response header saying whether the answer was replayed from the response cache (hit) or computed (miss).</summary>
    public const string ResponseCacheHeader = "X-Response-Cache";

    /// <summary>Only clean answers to queries are replayed: errors may be transient (timeouts, cancellation) and mutations change state.</summary>
    private static bool IsReplayable(ExecutionResult result, int statusCode) =>
        statusCode == StatusCodes.Status200OK
        && result.Executed
        && result.Errors is null or { Count: 0 }
        && result.Operation?.Operation == OperationType.Query;

    private static async Task WriteAsync(HttpContext http, CachedResponse response)
    {
        http.Response.StatusCode = response.StatusCode;
        http.Response.ContentType = response.ContentType;
        http.Response.ContentLength = response.Body.Length;
        await http.Response.Body.WriteAsync(response.Body, http.RequestAborted);
    }

    private static bool IsBatch(HttpContext http) => http.Items.ContainsKey("krg.batch");

    /// <returns>The requests, or a problem and its status; and the text that names the operation (for the response cache).</returns>
    internal static (IReadOnlyList<GraphQLRequest>?, string?, int, string?) ReadGet(HttpRequest request, IGraphQLTextSerializer serializer)
    {
        var query = request.Query["query"].ToString();
        if (string.IsNullOrWhiteSpace(query)) return (null, "A GET request needs a 'query' parameter.", StatusCodes.Status400BadRequest, null);
        var graphQLRequest = new GraphQLRequest { Query = query, OperationName = NullIfEmpty(request.Query["operationName"]) };
        foreach (var name in new[] { "variables", "extensions" })
            if (NullIfEmpty(request.Query[name]) is { } json && RequestProblems.InvalidObjectParameter(name, json) is { } invalid)
                return (null, invalid, StatusCodes.Status400BadRequest, null);
        try
        {
            if (NullIfEmpty(request.Query["variables"]) is { } variables) graphQLRequest.Variables = serializer.Deserialize<Inputs>(variables);
            if (NullIfEmpty(request.Query["extensions"]) is { } extensions) graphQLRequest.Extensions = serializer.Deserialize<Inputs>(extensions);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            return (null, $"'variables' and 'extensions' must be JSON objects: {e.Message}", StatusCodes.Status400BadRequest, null);
        }
        return ([graphQLRequest], null, 0, request.QueryString.Value);
    }

    internal static async Task<(IReadOnlyList<GraphQLRequest>?, string?, int, string?)> ReadPostAsync(
        HttpRequest request, IGraphQLTextSerializer serializer, GraphQLEndpointOptions options)
    {
        if (!IsJson(request.ContentType))
            return (null, $"POST bodies must be {ResponseMediaType.Json}; got '{request.ContentType ?? "no content type"}'.", StatusCodes.Status415UnsupportedMediaType, null);

        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        }
        catch (JsonException e)
        {
            return (null, RequestProblems.InvalidJson(e), StatusCodes.Status400BadRequest, null);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, $"The request body is larger than the server accepts: {e.Message}", StatusCodes.Status413PayloadTooLarge, null);
        }

        using (body)
        {
            try
            {
                switch (body.RootElement.ValueKind)
                {
                    case JsonValueKind.Object when RequestProblems.InvalidMembers(body.RootElement) is { } invalid:
                        return (null, invalid, StatusCodes.Status400BadRequest, null);
                    case JsonValueKind.Object:
                        var text = body.RootElement.GetRawText();
                        var single = serializer.Deserialize<GraphQLRequest>(text);
                        return string.IsNullOrWhiteSpace(single?.Query)
                            ? (null, "The request body needs a 'query' string.", StatusCodes.Status400BadRequest, null)
                            : ([single], null, 0, text);
                    case JsonValueKind.Array when !options.EnableBatching:
                        return (null, "Batched requests (a JSON array) are disabled on this server; send one request per POST.", StatusCodes.Status400BadRequest, null);
                    case JsonValueKind.Array:
                        var batch = serializer.Deserialize<GraphQLRequest[]>(body.RootElement.GetRawText()) ?? [];
                        if (batch.Length == 0 || batch.Length > options.MaxBatchSize)
                            return (null, $"A batch must hold 1 to {options.MaxBatchSize} requests; got {batch.Length}.", StatusCodes.Status400BadRequest, null);
                        if (batch.Any(r => string.IsNullOrWhiteSpace(r.Query)))
                            return (null, "Every request of the batch needs a 'query' string.", StatusCodes.Status400BadRequest, null);
                        request.HttpContext.Items["krg.batch"] = true;
                        return (batch, null, 0, null);
                    default:
                        return (null, "The request body must be a JSON object with a 'query' string.", StatusCodes.Status400BadRequest, null);
                }
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
            {
                return (null, $"The request body is not a GraphQL request: {e.Message}", StatusCodes.Status400BadRequest, null);
            }
        }
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && string.Equals(parsed.MediaType.Value, ResponseMediaType.Json, StringComparison.OrdinalIgnoreCase);

    /// <summary>A GET must never change state, so the operation it would run is looked up before executing.</summary>
    /// <summary>A mutation sent with GET is answered 405 (a GET must be safe); true when it was.</summary>
    internal static async Task<bool> RefusedMutationOverGetAsync(HttpContext http, GraphQLRequest request, string mediaType)
    {
        if (!HttpMethods.IsGet(http.Request.Method) || !IsMutation(request)) return false;
        http.Response.Headers.Allow = HttpMethods.Post;
        await GraphQLErrorResponse.WriteAsync(http, StatusCodes.Status405MethodNotAllowed, "BAD_REQUEST", "Mutations must be sent with POST.", mediaType: mediaType);
        return true;
    }

    /// <summary>What every execution of a request carries: whether its API key was accepted.</summary>
    internal static Dictionary<string, object?> UserContextFor(HttpContext http) =>
        new() { [ApiKeyStateKey] = http.Items[ApiKeyStateKey] ?? ApiKeyState.Disabled };

    internal static ExecutionOptions OptionsFor(HttpContext http, GraphQLRequest request, Dictionary<string, object?> userContext) => new()
    {
        Query = request.Query,
        OperationName = request.OperationName,
        Variables = request.Variables,
        Extensions = request.Extensions,
        RequestServices = http.RequestServices,
        CancellationToken = http.RequestAborted,
        User = http.User,
        UserContext = userContext,
    };

    internal static bool IsMutation(GraphQLRequest request)
    {
        try
        {
            var document = Parser.Parse(request.Query!);
            var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
            var chosen = request.OperationName is { } name
                ? operations.FirstOrDefault(o => o.Name?.Value == name)
                : operations.Count == 1 ? operations[0] : null;
            return chosen?.Operation == OperationType.Mutation;
        }
        catch (GraphQLParserException)
        {
            // Syntax errors and nesting past the parser's depth limit alike: the executer parses again and answers
            // them as GraphQL errors (400); letting one escape here made a 500 and a stack trace in the log.
            return false;
        }
    }

    private static string? NullIfEmpty(Microsoft.Extensions.Primitives.StringValues value) =>
        string.IsNullOrEmpty(value.ToString()) ? null : value.ToString();
}
