using System.CommandLine;

namespace KoreaRussiaGraph.Krg.Commands;

/// <summary>
/// `serve` is the default: Program.cs runs the web host itself, so this command exists for --help
/// and for the options it documents (any --Section:Key=value setting is passed on).
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "Serve the graph over GraphQL (the default). First start on an empty store ingests seeds/.")
        {
            new Option<string>("--urls") { Description = "Addresses to listen on (default http://localhost:5080)." },
            new Option<string>("--Store:Path") { Description = "SQLite file of the embedded store (default data/graph.db)." },
            new Option<string>("--Store:Kind") { Description = "embedded (default) or neo4j." },
        };
        command.SetAction(_ => 0);
        return command;
    }
}
