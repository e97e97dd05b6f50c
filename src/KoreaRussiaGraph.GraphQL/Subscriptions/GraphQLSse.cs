using System.Text;
using System.Threading.Channels;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using KoreaRussiaGraph.GraphQL.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace KoreaRussiaGraph.GraphQL.Subscriptions;

/// <summary>
/// GraphQL over Server-Sent Events, the graphql-sse protocol in its distinct connections mode
/// (https://github.com/enisdenjo/graphql-sse/blob/master/PROTOCOL.md), at the GraphQL path: a request that accepts
/// text/event-stream (POST JSON, or GET with query parameters) gets one stream. A subscription streams one
/// <c>next</c> event per source event until the client goes away; a query or mutation streams its one result;
/// both end with <c>complete</c>. A request that fails before executing (parse, validation, variables) gets a plain
/// JSON error answer with status 400 instead, as the protocol asks. The stream waits on a channel between events,
/// so an idle subscription holds a connection and no thread.
/// </summary>
public static class GraphQLSse
{
    public const string EventStream = "text/event-stream";

    /// <summary>Key, in the GraphQL user context, marking a subscription's execution: its stream is not bound by the execution time limit.</summary>
    public const string StreamKey = "krg.sse";

    private static readonly byte[] NextPrefix = Encoding.UTF8.GetBytes("event: next\ndata: ");
    private static readonly byte[] EventEnd = Encoding.UTF8.GetBytes("\n\n");
    private static readonly byte[] Complete = Encoding.UTF8.GetBytes("event: complete\ndata:\n\n");

    public static bool IsEventStreamRequest(HttpRequest request) =>
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
        && accepted.Any(a => string.Equals(a.MediaType.Value, EventStream, StringComparison.OrdinalIgnoreCase) && (a.Quality ?? 1) > 0);

    public static async Task HandleAsync(HttpContext http, GraphQLEndpointOptions options)
    {
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        var isGet = HttpMethods.IsGet(http.Request.Method);
        var (requests, problem, status, _) = isGet
            ? GraphQLHttpEndpoint.ReadGet(http.Request, serializer)
            : await GraphQLHttpEndpoint.ReadPostAsync(http.Request, serializer, options);
        if (problem is null && requests!.Count != 1)
            (problem, status) = ("An event stream carries one operation; send batches as plain POST requests.", StatusCodes.Status400BadRequest);
        if (problem is not null)
        {
            await GraphQLErrorResponse.WriteAsync(http, status, "BAD_REQUEST", problem, mediaType: ResponseMediaType.Json);
            return;
        }
        var request = requests![0];
        if (await GraphQLHttpEndpoint.RefusedMutationOverGetAsync(http, request, ResponseMediaType.Json)) return;

        var executer = http.RequestServices.GetRequiredService<IDocumentExecuter<ISchema>>();
        var result = await executer.ExecuteAsync(GraphQLHttpEndpoint.OptionsFor(http, request, UserContextFor(http, request)));
        if (!result.Executed)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            http.Response.ContentType = ResponseMediaType.Json + "; charset=utf-8";
            await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
            return;
        }

        // Subscribed before the headers go out: a client that sees the stream open has missed no change.
        var events = Channel.CreateUnbounded<ExecutionResult>(new UnboundedChannelOptions { SingleReader = true });
        using var subscription = result.Operation?.Operation == OperationType.Subscription && result.Streams is { Count: > 0 } streams
            ? streams.Values.First().Subscribe(new ChannelObserver(events.Writer))
            : null;
        if (subscription is null)
        {
            // A query or mutation: its one result, then complete.
            events.Writer.TryWrite(result);
            events.Writer.TryComplete();
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = EventStream + "; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no"; // reverse proxies: pass events through as they come
        try
        {
            await http.Response.StartAsync(http.RequestAborted);
            await http.Response.Body.FlushAsync(http.RequestAborted); // the headers now, not with the first event
            // Waiting on the channel holds no thread: an idle subscription costs no CPU.
            await foreach (var next in events.Reader.ReadAllAsync(http.RequestAborted))
                await WriteNextAsync(http, serializer, next);
            await http.Response.Body.WriteAsync(Complete, http.RequestAborted);
            await http.Response.Body.FlushAsync(http.RequestAborted);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client closed the stream: that is how a distinct-connections subscription ends.
        }
    }

    private static Dictionary<string, object?> UserContextFor(HttpContext http, GraphQLRequest request)
    {
        var context = GraphQLHttpEndpoint.UserContextFor(http);
        if (IsSubscription(request)) context[StreamKey] = true;
        return context;
    }

    private static bool IsSubscription(GraphQLRequest request)
    {
        try
        {
            var operations = GraphQLParser.Parser.Parse(request.Query!).Definitions.OfType<GraphQLOperationDefinition>().ToList();
            var chosen = request.OperationName is { } name ? operations.FirstOrDefault(o => o.Name?.Value == name) : operations.Count == 1 ? operations[0] : null;
            return chosen?.Operation == OperationType.Subscription;
        }
        catch (GraphQLParser.Exceptions.GraphQLParserException)
        {
            return false; // the executer parses again and answers the syntax error
        }
    }

    private static async Task WriteNextAsync(HttpContext http, IGraphQLTextSerializer serializer, ExecutionResult result)
    {
        var body = http.Response.Body;
        await body.WriteAsync(NextPrefix, http.RequestAborted);
        // Serialised without indentation, so the JSON holds no line break and fits one data: line.
        await serializer.WriteAsync(body, result, http.RequestAborted);
        await body.WriteAsync(EventEnd, http.RequestAborted);
        await body.FlushAsync(http.RequestAborted);
    }

    private sealed class ChannelObserver(ChannelWriter<ExecutionResult> writer) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => writer.TryWrite(value);
        public void OnCompleted() => writer.TryComplete();
        public void OnError(Exception error) => writer.TryComplete(error);
    }
}
