using KoreaRussiaGraph.Explorer.Tests.Support;
using Microsoft.Playwright;

namespace KoreaRussiaGraph.Explorer.Tests.Browser;

/// <summary>One seeded krg server and one headless Debian chromium, shared by the browser tests.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    /// <summary>Set to test a server that is already running (e.g. `dotnet run --project src/Krg`) instead of starting one.</summary>
    public const string ServerUrlVariable = "KRG_TEST_SERVER_URL";

    public KrgServer? Server { get; private set; }
    public Uri? BaseAddress { get; private set; }
    public IBrowser? Browser { get; private set; }
    private IPlaywright? _playwright;

    public async Task InitializeAsync()
    {
        // Only pay for a server and a browser when the tests can run at all.
        if (!File.Exists(ChromiumFactAttribute.ChromiumPath)) return;
        if (Environment.GetEnvironmentVariable(ServerUrlVariable) is { Length: > 0 } running) BaseAddress = new Uri(running);
        else
        {
            Server = await KrgServer.StartAsync(TimeSpan.FromSeconds(180));
            BaseAddress = Server.BaseAddress;
        }
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress!.ToString(),
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (Server is not null) await Server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
