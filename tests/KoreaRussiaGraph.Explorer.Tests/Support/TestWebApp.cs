using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KoreaRussiaGraph.Explorer.Tests.Support;

/// <summary>A real ASP.NET pipeline on the in-memory test server, wired with only the feature under test.</summary>
public static class TestWebApp
{
    public static async Task<WebApplication> StartAsync(
        Action<WebApplicationBuilder> configureServices,
        Action<WebApplication> configurePipeline,
        IDictionary<string, string?>? settings = null,
        string? webRoot = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            // Not the test binary's folder: krg's appsettings.json there would leak into the app under test.
            ContentRootPath = Directory.CreateTempSubdirectory("krg-content-").FullName,
            WebRootPath = webRoot ?? Directory.CreateTempSubdirectory("krg-webroot-").FullName,
        });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        configureServices(builder);
        var app = builder.Build();
        configurePipeline(app);
        await app.StartAsync();
        return app;
    }
}
