using System.Security.Cryptography;
using System.Text;
using KoreaRussiaGraph.GraphQL.Http;
using KoreaRussiaGraph.Krg.Explorer;

namespace KoreaRussiaGraph.Krg.GraphQLApi;

public static class GraphQLEndpoints
{
    /// <summary>/graphql for GraphQL clients; browsers asking for HTML get the GraphiQL IDE instead.</summary>
    public static WebApplication MapGraphQL(this WebApplication app)
    {
        var configuredKey = app.Configuration["Api:Key"];
        app.Use(async (http, next) =>
        {
            http.Items[GraphQLHttpEndpoint.ApiKeyStateKey] = ApiKeyOf(http, configuredKey);
            await next(http);
        });
        app.MapGraphQLEndpoint(http => ExplorerEndpoints.WantsGraphiQL(http) ? ExplorerEndpoints.GraphiQLPage() : null);
        return app;
    }

    private static ApiKeyState ApiKeyOf(HttpContext http, string? configuredKey)
    {
        if (string.IsNullOrEmpty(configuredKey)) return ApiKeyState.Disabled;
        var presented = http.Request.Headers["X-Api-Key"].ToString();
        if (presented.Length == 0) return ApiKeyState.Missing;
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(configuredKey))
            ? ApiKeyState.Valid
            : ApiKeyState.Invalid;
    }
}
