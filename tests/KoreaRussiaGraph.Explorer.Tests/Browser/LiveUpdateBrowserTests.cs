using KoreaRussiaGraph.Explorer.Tests.Support;
using KoreaRussiaGraph.Testing;
using Xunit.Abstractions;

namespace KoreaRussiaGraph.Explorer.Tests.Browser;

/// <summary>The explorer follows graphChanged (issue 18): a document arriving in the inbox redraws the neighbourhood on screen.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveUpdateBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [ChromiumFact]
    public async Task A_new_document_in_the_inbox_redraws_the_drawn_neighbourhood()
    {
        // Needs the fixture's own server: its inbox is where the document goes.
        Assert.NotNull(fixture.Server);
        var page = await fixture.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync("/");
        await page.FillAsync("#search", "Putin");
        await page.PressAsync("#search", "Enter");
        await page.WaitForSelectorAsync("body[data-state=ready]", new() { Timeout = 60_000 });
        var before = await page.EvaluateAsync<int>("() => window.cy.edges().length");

        // A copy of a seed that reports on Putin, under a new document id: its relations are new parallel edges.
        var seed = Path.Combine(RepoPaths.Seeds, "001_d0bdcf0f3b9f583a.txt");
        File.Copy(seed, Path.Combine(fixture.Server!.InboxPath, $"live-{Guid.NewGuid():N}.txt"));

        await page.WaitForFunctionAsync("n => window.cy.edges().length > n && document.body.dataset.state === 'ready'", before,
            new() { Timeout = 60_000, PollingInterval = 200 });
        var after = await page.EvaluateAsync<int>("() => window.cy.edges().length");
        output.WriteLine($"edges drawn before {before}, after the inbox document {after}");
        Assert.Empty(errors);
    }
}
