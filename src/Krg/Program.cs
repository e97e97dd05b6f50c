using System.CommandLine;
using KoreaRussiaGraph.GraphQL;
using KoreaRussiaGraph.Ingestion;
using KoreaRussiaGraph.Krg.Commands;
using KoreaRussiaGraph.Krg.GraphQLApi;
using KoreaRussiaGraph.Krg.Hosting;

// krg <command>: one-shot commands run and exit; anything else (or `serve`) runs the server.
var commands = new RootCommand("KoreaRussiaGraph: a cited, dated graph of North Korea–Russia relations, served over GraphQL.")
{
    ServeCommand.Create(),
    SchemaCommand.Create(),
};
if (KrgCommandLine.IsOneShot(commands, args)) return await commands.Parse(args).InvokeAsync();

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = KrgCommandLine.ServerArguments(args),
    WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
});

builder.Services
    .AddKrgCore(builder.Configuration)              // vocabulary, extractor, store
    .AddIngestion(builder.Configuration)            // store preparation, first-start seeding, inbox worker
    .AddGraphQLApi(builder.Configuration);          // schema, executer, limits

var app = builder.Build();

app.MapGraphQL();                                   // POST/GET /graphql

await app.RunAsync();
return 0;

public partial class Program;
