using KoreaRussiaGraph.Testing;
using System.Text.Json;
using KoreaRussiaGraph.Explorer.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace KoreaRussiaGraph.Explorer.Tests.Browser;

/// <summary>The explorer and the IDE in real headless chromium against the real, seeded server.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ExplorerBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    [ChromiumFact]
    public async Task Searching_Putin_draws_his_neighbourhood_and_an_edge_click_shows_its_citation()
    {
        var page = await fixture.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync("/");

        // The page opens on a default view first; search once it is drawn, then wait for the next drawing.
        await page.WaitForSelectorAsync("body[data-state=ready]", new() { Timeout = (float)Wait.TotalMilliseconds });
        var draws = await page.GetAttributeAsync("body", "data-draws");
        await page.FillAsync("#search", "Putin");
        await page.PressAsync("#search", "Enter");
        await page.WaitForFunctionAsync("n => document.body.dataset.state === 'ready' && document.body.dataset.draws !== n", draws,
            new() { Timeout = (float)Wait.TotalMilliseconds });

        var drawn = await page.EvaluateAsync<JsonElement>("""
            () => ({
              nodes: window.cy.nodes().length,
              edges: window.cy.edges().length,
              labels: window.cy.nodes().map(n => n.data('label')),
            })
            """);
        output.WriteLine($"drawn: {drawn}");
        Assert.True(drawn.GetProperty("nodes").GetInt32() > 1, "the neighbourhood has more than the searched actor");
        Assert.True(drawn.GetProperty("edges").GetInt32() > 0);
        Assert.Contains(drawn.GetProperty("labels").EnumerateArray(), l => l.GetString()!.Contains("Putin", StringComparison.OrdinalIgnoreCase));

        // Click the middle of an edge that no node covers, as a user would, with the real mouse.
        var target = await page.EvaluateAsync<JsonElement>("""
            () => {
              const box = document.querySelector('#graph').getBoundingClientRect();
              const inside = (p, b) => p.x >= b.x1 - 4 && p.x <= b.x2 + 4 && p.y >= b.y1 - 4 && p.y <= b.y2 + 4;
              const nodeBoxes = window.cy.nodes().map(n => n.renderedBoundingBox());
              for (const edge of window.cy.edges()) {
                if (edge.source().id() === edge.target().id()) continue;
                const p = edge.renderedMidpoint();
                if (p.x < 10 || p.y < 10 || p.x > box.width - 10 || p.y > box.height - 10) continue;
                if (nodeBoxes.some(b => inside(p, b))) continue;
                return { id: edge.id(), x: box.left + p.x, y: box.top + p.y };
              }
              return null;
            }
            """);
        Assert.Equal(JsonValueKind.Object, target.ValueKind);
        await page.Mouse.ClickAsync(target.GetProperty("x").GetSingle(), target.GetProperty("y").GetSingle());

        var citation = page.Locator("#details blockquote.citation");
        await citation.WaitForAsync(new() { Timeout = 10_000 });
        var relationId = await citation.GetAttributeAsync("data-relation-id");
        var quote = await citation.InnerTextAsync();
        output.WriteLine($"clicked {target.GetProperty("id")}, panel shows {relationId}: {quote}");
        Assert.False(string.IsNullOrWhiteSpace(quote));

        // The panel's sentence is the one the server cites for that relation.
        var served = await page.EvaluateAsync<string?>("""
            async ([id, actor]) => {
              const r = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ query: 'query($a: ID!) { neighbourhood(actor: $a, depth: 3, limit: 2000) { edges { id citation { quote } } } }', variables: { a: actor } }) });
              const body = await r.json();
              return body.data.neighbourhood.edges.find(e => e.id === id)?.citation.quote ?? null;
            }
            """, new object[] { relationId!, await page.EvaluateAsync<string>("() => window.cy.nodes('.focus').id()") });
        Assert.Equal(served, quote);
        Assert.Contains("From", await page.Locator("#details .document").InnerTextAsync());

        await SaveScreenshotAsync(page);
        Assert.Empty(errors);
    }

    [ChromiumFact]
    public async Task Paths_between_two_drawn_actors_are_found_and_highlighted()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        // The page opens on a default view first; search once it is drawn, then wait for the next drawing.
        await page.WaitForSelectorAsync("body[data-state=ready]", new() { Timeout = (float)Wait.TotalMilliseconds });
        var draws = await page.GetAttributeAsync("body", "data-draws");
        await page.FillAsync("#search", "Putin");
        await page.PressAsync("#search", "Enter");
        await page.WaitForFunctionAsync("n => document.body.dataset.state === 'ready' && document.body.dataset.draws !== n", draws,
            new() { Timeout = (float)Wait.TotalMilliseconds });

        // Two drawn actors that are not neighbours: the neighbourhood is connected through its centre,
        // so a path of at most 2 × depth hops exists between them.
        var ends = await page.EvaluateAsync<string[]?>("""
            () => {
              const nodes = window.cy.nodes();
              for (const a of nodes) for (const b of nodes)
                if (a.id() < b.id() && a.edgesWith(b).empty()) return [a.id(), b.id()];
              return null;
            }
            """);
        Assert.NotNull(ends);
        await page.FillAsync("#path-from", ends[0]);
        await page.FillAsync("#path-to", ends[1]);
        await page.ClickAsync("#path-form button[type=submit]");
        await page.WaitForSelectorAsync("#path-list li", new() { Timeout = (float)Wait.TotalMilliseconds });
        await page.WaitForSelectorAsync("body[data-state=ready]", new() { Timeout = (float)Wait.TotalMilliseconds });

        var highlighted = await page.EvaluateAsync<string[]>("() => window.cy.nodes('.on-path').map(n => n.id())");
        output.WriteLine($"path {ends[0]} -> {ends[1]} highlights {string.Join(", ", highlighted)}");
        Assert.Contains(ends[0], highlighted);
        Assert.Contains(ends[1], highlighted);
        Assert.True(await page.EvaluateAsync<int>("() => window.cy.edges('.on-path').length") >= 2);
        Assert.Contains(" → ", await page.Locator("#path-list li").First.InnerTextAsync());
    }

    [ChromiumFact]
    public async Task The_graphql_ide_opens_for_a_browser_with_example_queries_and_runs_them()
    {
        var page = await fixture.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync("/graphql");
        await page.WaitForSelectorAsync(".graphiql-container", new() { Timeout = (float)Wait.TotalMilliseconds });
        var tabs = await page.Locator(".graphiql-tab").AllInnerTextsAsync();
        output.WriteLine("tabs: " + string.Join(" | ", tabs));
        Assert.True(tabs.Count >= 4, $"expected the example tabs, got {tabs.Count}");

        // Run the first example once its editor holds it (Monaco fills the editor after the page renders).
        await Assertions.Expect(page.Locator(".graphiql-query-editor")).ToContainTextAsync("neighbourhood", new() { Timeout = (float)Wait.TotalMilliseconds });
        await page.Locator(".graphiql-execute-button").ClickAsync();
        var response = page.Locator(".graphiql-response");
        try
        {
            await Assertions.Expect(response).ToContainTextAsync("truncated", new() { Timeout = (float)Wait.TotalMilliseconds });
        }
        finally
        {
            output.WriteLine("response: " + await response.InnerTextAsync());
        }
        Assert.Empty(errors);
    }

    private async Task SaveScreenshotAsync(IPage page)
    {
        var artifacts = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;
        var shot = Path.Combine(artifacts, "explorer.png");
        await page.ScreenshotAsync(new() { Path = shot, FullPage = false });
        output.WriteLine($"screenshot: {shot}");
        // The README's picture is refreshed only on request (KRG_UPDATE_DOCS_SCREENSHOT=1), so a test run never
        // leaves the checkout modified.
        if (Environment.GetEnvironmentVariable("KRG_UPDATE_DOCS_SCREENSHOT") != "1") return;
        var docs = Directory.CreateDirectory(Path.Combine(RepoPaths.Root, "docs")).FullName;
        File.Copy(shot, Path.Combine(docs, "explorer.png"), overwrite: true);
        output.WriteLine($"copied to {Path.Combine(docs, "explorer.png")}");
    }
}
