using System.CommandLine;
using KoreaRussiaGraph.Core.Schema;
using KoreaRussiaGraph.GraphQL;
using KoreaRussiaGraph.Krg.Hosting;

namespace KoreaRussiaGraph.Krg.Commands;

/// <summary>`krg schema`: prints the GraphQL SDL, the source of graph-schema/schema.graphql.</summary>
public static class SchemaCommand
{
    public static Command Create()
    {
        var output = new Option<FileInfo?>("--out") { Description = "Write the SDL to this file instead of standard output." };
        var command = new Command("schema", "Print the GraphQL schema (SDL).") { output };
        command.SetAction(parse =>
        {
            var configuration = KrgServices.Configuration();
            var schemaDirectory = GraphSchemaDirectory.Locate(configuration["GraphSchema:Path"]);
            using var services = new ServiceCollection()
                .AddSingleton(RelationTypeCatalog.Load(schemaDirectory))
                .AddGraphQLApi(configuration)
                .BuildServiceProvider();
            var sdl = SchemaExport.Print(services);
            if (parse.GetValue(output) is { } file) File.WriteAllText(file.FullName, sdl);
            else Console.Write(sdl);
            return 0;
        });
        return command;
    }
}
