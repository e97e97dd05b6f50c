using GraphQL;
using GraphQL.Types;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Core.Schema;
using KoreaRussiaGraph.GraphQL;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KoreaRussiaGraph.Benchmarks.Graph;

/// <summary>
/// The GraphQL answer time of the README's neighbourhood query (same selection and filter, the centre actor varied):
/// parse, validate, execute against the store and serialise to JSON, through the same schema and executer the server
/// uses, called directly, so no response cache is involved (every answer is computed).
/// </summary>
internal sealed class GraphQLTiming : IAsyncDisposable
{
    public const string ReadmeNeighbourhood = """
        query($actor: ID!) {
          neighbourhood(actor: $actor, filter: { types: [MET], from: "2019", to: "2019" }) {
            nodes { hops actor { id name } }
            edges {
              type date datePrecision status
              source { id } target { id }
              citation { quote rule document { id title published } }
            }
          }
        }
        """;

    private const string LargeNeighbourhood = """
        query($actor: ID!) {
          neighbourhood(actor: $actor, depth: 2, limit: 200, maxEdges: 10000) {
            nodes { hops actor { id } }
            SELECTION
          }
        }
        """;

    /// <summary>A large answer (~10,000 edges at 1M) with the fields a drawing needs, with quotes too, and as links.</summary>
    public static readonly (string Label, string Query)[] LargeSelections =
    [
        ("edges { id type source target }", LargeNeighbourhood.Replace("SELECTION", "edges { id type status source { id } target { id } }")),
        ("edges + citation { quote }", LargeNeighbourhood.Replace("SELECTION", "edges { id type status source { id } target { id } citation { quote } }")),
        ("links { id counts }", LargeNeighbourhood.Replace("SELECTION", "links { id type source { id } target { id } evidenceCount documentCount }")),
    ];

    private readonly ServiceProvider _services;
    private readonly IDocumentExecuter<ISchema> _executer;
    private readonly IGraphQLTextSerializer _serializer;

    public GraphQLTiming(IGraphStore store)
    {
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(store)
            .AddSingleton(RelationTypeCatalog.Load(GraphSchemaDirectory.Locate(null)))
            .AddGraphQLApi(new ConfigurationBuilder().Build())
            .BuildServiceProvider();
        _executer = _services.GetRequiredService<IDocumentExecuter<ISchema>>();
        _serializer = _services.GetRequiredService<IGraphQLTextSerializer>();
    }

    /// <returns>The length of the JSON answer.</returns>
    public async Task<int> AnswerAsync(string actor, string query = ReadmeNeighbourhood)
    {
        await using var scope = _services.CreateAsyncScope();
        var result = await _executer.ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            Variables = new Inputs(new Dictionary<string, object?> { ["actor"] = actor }),
            RequestServices = scope.ServiceProvider,
        });
        if (result.Errors is { Count: > 0 } errors) throw new InvalidOperationException(errors[0].Message);
        return _serializer.Serialize(result).Length;
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
