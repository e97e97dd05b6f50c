using System.CommandLine;
using KoreaRussiaGraph.GraphQL;
using KoreaRussiaGraph.GraphQL.Cost;
using KoreaRussiaGraph.Ingestion;
using KoreaRussiaGraph.Krg.Commands;
using KoreaRussiaGraph.Krg.Cors;
using KoreaRussiaGraph.Krg.Explorer;
using KoreaRussiaGraph.Krg.Exports;
using KoreaRussiaGraph.Krg.GraphQLApi;
using KoreaRussiaGraph.Krg.Health;
using KoreaRussiaGraph.Krg.Hosting;
using KoreaRussiaGraph.Krg.Limits;
using KoreaRussiaGraph.Krg.Observability;
using KoreaRussiaGraph.Sources;

// krg <command>: one-shot commands run and exit; no command (or `serve`, or only settings) runs the server;
// an unknown command fails with the list of commands.
var commands = new RootCommand("KoreaRussiaGraph: a cited, dated graph of North Korea–Russia relations, served over GraphQL.")
{
    ServeCommand.Create(),      // the default: GraphQL, explorer, exports, inbox worker
    IngestCommand.Create(),     // ingest files, folders and web pages with a progress bar
    FeedsCommand.Create(),      // the followed feeds and their status; --poll polls them now
    ExtractCommand.Create(),    // relations of documents as JSON lines, no store (--explain for the why)
    EvalCommand.Create(),       // precision, recall, date and status agreement against a gold set
    ReindexCommand.Create(),    // re-extract stored documents after rules or vocabulary change
    ExportCommand.Create(),     // jsonl, Cytoscape.js, GraphML, GEXF
    ImportCommand.Create(),     // bulk-load a jsonl export (moves graphs between instances, restores backups)
    SyncCommand.Create(),       // copy the embedded store into Neo4j
    SchemaCommand.Create(),     // print the GraphQL SDL
};
if (KrgCommandLine.UnknownCommand(commands, args) is { } unknown)
{
    Console.Error.WriteLine(KrgCommandLine.UnknownCommandMessage(commands, unknown));
    return 2;
}
if (KrgCommandLine.IsOneShot(commands, args)) return await KrgCommandLine.InvokeAsync(commands, args); // errors: one line, exit 1

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = KrgCommandLine.ServerArguments(args),
    ContentRootPath = KrgSettings.Folder,           // appsettings.json beside the binary, whatever the working directory
    WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
});

builder.Services
    .AddKrgCore(builder.Configuration)              // vocabulary, extractor, store
    .AddIngestion(builder.Configuration)            // store preparation, first-start seeding, inbox worker
    .AddWebSources(builder.Configuration)           // pages by URL, feeds polled by the feed worker
    .AddGraphQLApi(builder.Configuration,           // schema, executer, limits
        graphql => graphql.AddQueryCost(builder.Configuration)) // cost analysis, field limit, extensions.cost
    .AddRequestLimits(builder.Configuration)        // body size, per-client rate limit
    .AddHealth(builder.Configuration)               // OpenTelemetry metrics for /metrics
    .AddConfiguredCors(builder.Configuration);      // cross-origin access for separate front-ends

var app = builder.Build();

app.UseRequestLogging();                            // one structured line per request, X-Request-Id
app.UseConfiguredCors();                            // allowed origins from Cors:AllowedOrigins (first, so refusals carry CORS headers)
app.UseRequestLimits();                             // 429 per client, 413 for oversized bodies
app.MapHealth();                                    // /healthz, /readyz, /metrics
app.MapGraphQL();                                   // POST/GET /graphql, GraphiQL for browsers
app.MapExplorer();                                  // the graph explorer at /
app.MapExports();                                   // /export?format=cytoscape|graphml|gexf

await app.RunAsync();
return 0;

public partial class Program;
