using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace KoreaRussiaGraph.GraphQL;

/// <summary>The SDL of the running schema, as exported to graph-schema/schema.graphql.</summary>
public static class SchemaExport
{
    public static string Print(IServiceProvider services)
    {
        var schema = services.GetRequiredService<ISchema>();
        schema.Initialize();
        return schema.Print().ReplaceLineEndings("\n").TrimEnd() + "\n";
    }
}
