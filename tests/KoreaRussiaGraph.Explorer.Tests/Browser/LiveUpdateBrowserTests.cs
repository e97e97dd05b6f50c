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
        // The page opens on the actor its address names and draws one edge per link, so a document repeating known
        // relations adds evidence to drawn links rather than new edges: the sum of the drawn evidence is what grows.
        await page.GotoAsync("/?actor=vladimir-putin");
        await page.WaitForSelectorAsync("body[data-state=ready]", new() { Timeout = 60_000 });
        const string Evidence = "() => window.cy.edges().reduce((sum, e) => sum + (e.data('evidence') ?? 1), 0)";
        var before = await page.EvaluateAsync<int>(Evidence);

        // A copy of a seed that reports on Putin, under a new document id: its relations are new evidence for his links.
        var seed = Path.Combine(RepoPaths.Seeds, "001_d0bdcf0f3b9f583a.txt");
        File.Copy(seed, Path.Combine(fixture.Server!.InboxPath, $"live-{Guid.NewGuid():N}.txt"));

        await page.WaitForFunctionAsync($"n => ({Evidence})() > n && document.body.dataset.state === 'ready'", before,
            new() { Timeout = 60_000, PollingInterval = 200 });
        var after = await page.EvaluateAsync<int>(Evidence);
        output.WriteLine($"evidence drawn before {before}, after the inbox document {after}");
        Assert.Empty(errors);
    }
}
