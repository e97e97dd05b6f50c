using System.Text.Json;
using KoreaRussiaGraph.Explorer.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace KoreaRussiaGraph.Explorer.Tests.Browser;

/// <summary>
/// The explorer's relationship level (issue 15) in real headless chromium on the seeds: one edge per link, a link's
/// evidence on click, the timeline's brush, the view in the address, and the layout fixes at 1440×900 and 1024×700.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LinkExplorerBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private static readonly PageWaitForSelectorOptions Ready = new() { Timeout = 60_000 };

    private async Task<IPage> OpenAsync(string address, int width = 1440, int height = 900)
    {
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        await page.GotoAsync(address);
        await page.WaitForSelectorAsync("body[data-state=ready]", Ready);
        return page;
    }

    /// <summary>What the API answers for a query, asked from inside the page.</summary>
    private static Task<JsonElement> ApiAsync(IPage page, string query, object variables) => page.EvaluateAsync<JsonElement>("""
        async ([query, variables]) => {
          const r = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
          const body = await r.json();
          if (body.errors) throw new Error(JSON.stringify(body.errors));
          return body.data;
        }
        """, new object[] { query, variables });

    [ChromiumFact]
    public async Task The_page_opens_on_a_default_view_with_one_edge_per_link_the_api_returns()
    {
        var page = await OpenAsync("/");
        var centre = await page.GetAttributeAsync("body", "data-centre");
        Assert.False(string.IsNullOrEmpty(centre), "the page draws a default actor instead of an empty canvas");

        var drawn = await page.EvaluateAsync<string[]>("() => window.cy.edges().map(e => e.id()).sort()");
        var api = await ApiAsync(page, "query($a: ID!) { neighbourhood(actor: $a, depth: 2, filter: { statuses: [ASSERTED, ALLEGED] }) { links { id } edges { id } } }", new { a = centre });
        var links = api.GetProperty("neighbourhood").GetProperty("links").EnumerateArray().Select(l => l.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToArray();
        var edges = api.GetProperty("neighbourhood").GetProperty("edges").GetArrayLength();
        output.WriteLine($"default view {centre}: {drawn.Length} drawn edges, {links.Length} links, {edges} relations");
        Assert.Equal(links, drawn.Order(StringComparer.Ordinal));
        Assert.True(links.Length < edges, "parallel relations collapse into links");

        // The view is in the address, and the panel no longer asks for a search.
        Assert.Contains($"actor={centre}", page.Url);
        Assert.DoesNotContain("Search an actor", await page.InnerTextAsync("#details"));
        // Wider edges for better-backed links.
        var widths = await page.EvaluateAsync<double[]>("() => window.cy.edges().map(e => e.data('evidence')).sort((a, b) => a - b).flatMap(n => [n, 1.5 + 1.5 * Math.log2(n)])");
        Assert.NotEmpty(widths);
    }

    [ChromiumFact]
    public async Task Clicking_the_kim_putin_meeting_lists_its_sentences_from_two_documents_newest_first()
    {
        var page = await OpenAsync("/?actor=kim-jong-un&depth=1");
        const string id = "kim-jong-un|MET|vladimir-putin";
        Assert.True(await page.EvaluateAsync<bool>("id => window.cy.getElementById(id).nonempty()", id));
        await page.EvaluateAsync("id => window.cy.getElementById(id).emit('tap')", id);
        await page.WaitForSelectorAsync("#details ol.evidence li", Ready);

        var quotes = await page.Locator("#details ol.evidence blockquote.citation").AllInnerTextsAsync();
        var documents = (await page.Locator("#details ol.evidence .document").AllInnerTextsAsync()).Distinct().ToArray();
        var dates = await page.Locator("#details ol.evidence .meta strong").AllInnerTextsAsync();
        output.WriteLine($"{quotes.Count} sentences from {documents.Length} documents: {string.Join(" | ", dates)}");
        Assert.True(quotes.Count >= 2, "at least two cited sentences");
        Assert.True(documents.Length >= 2, "from at least two documents");
        var dated = dates.Where(d => d != "undated").ToArray();
        Assert.Equal(dated.OrderDescending(StringComparer.Ordinal), dated);
        Assert.Contains("Relationship", await page.InnerTextAsync("#details h2"));
    }

    [ChromiumFact]
    public async Task Brushing_the_timeline_to_2019_leaves_only_relations_dated_2019()
    {
        var page = await OpenAsync("/?actor=vladimir-putin");
        var box = await page.EvaluateAsync<JsonElement>("""
            () => {
              const hit = document.querySelector("#timeline g.bar[data-period='2019'] rect.hit");
              if (!hit) return null;
              const r = hit.getBoundingClientRect();
              return { X: r.left, Y: r.top, Width: r.width, Height: r.height };
            }
            """);
        Assert.True(box.ValueKind == JsonValueKind.Object, "no 2019 bar in the timeline: " + await page.InnerHTMLAsync("#timeline"));
        var (x, y, width, height) = (box.GetProperty("X").GetSingle(), box.GetProperty("Y").GetSingle(), box.GetProperty("Width").GetSingle(), box.GetProperty("Height").GetSingle());
        output.WriteLine($"2019 bar at {x},{y} {width}x{height}");
        await page.Mouse.MoveAsync(x + 1, y + height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(x + width - 1, y + height / 2);
        await page.Mouse.UpAsync();
        await page.WaitForSelectorAsync("body[data-state=ready]", Ready);

        Assert.Equal("2019", await page.InputValueAsync("#date-from"));
        Assert.Equal("2019", await page.InputValueAsync("#date-to"));
        Assert.Contains("from=2019", page.Url);
        Assert.True(await page.EvaluateAsync<int>("() => window.cy.edges().length") > 0);

        // Per sentence, every drawn relation is dated within 2019.
        await page.CheckAsync("#per-sentence");
        await page.WaitForSelectorAsync("body[data-state=ready]", Ready);
        var dates = await page.EvaluateAsync<string?[]>("() => window.cy.edges().map(e => e.data('date'))");
        output.WriteLine("dates after the brush: " + string.Join(", ", dates));
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.StartsWith("2019", d));
    }

    [ChromiumFact]
    public async Task A_shared_address_restores_the_view_and_paths_highlight_links()
    {
        var page = await OpenAsync("/?actor=kim-jong-un&depth=2&pathFrom=sergei-shoigu&pathTo=vladimir-putin");
        await page.WaitForSelectorAsync("#path-list li", Ready);
        await page.WaitForSelectorAsync("body[data-state=ready]", Ready);
        Assert.Equal("kim-jong-un", await page.GetAttributeAsync("body", "data-centre"));
        Assert.Equal("2", await page.InputValueAsync("#depth"));

        var onPath = await page.EvaluateAsync<string[]>("() => window.cy.edges('.on-path').map(e => e.id())");
        Assert.NotEmpty(onPath);
        Assert.All(onPath, id => Assert.Equal(3, id.Split('|').Length)); // links, not sentences

        // The path list is above the fold at 1440×900.
        var bottom = await page.EvaluateAsync<double>("() => document.querySelector('#path-list li').getBoundingClientRect().bottom");
        Assert.InRange(bottom, 0, 900);
    }

    [ChromiumFact]
    public async Task At_1024x700_the_graph_is_refit_and_the_date_inputs_show_their_placeholder()
    {
        var page = await OpenAsync("/?actor=vladimir-putin", 1440, 900);
        await page.SetViewportSizeAsync(1024, 700);
        await page.WaitForTimeoutAsync(600); // the resize observer refits after 100 ms
        var outside = await page.EvaluateAsync<int>("""
            () => {
              const w = window.cy.width(), h = window.cy.height();
              return window.cy.nodes().filter(n => { const b = n.renderedBoundingBox(); return b.x1 < -1 || b.y1 < -1 || b.x2 > w + 1 || b.y2 > h + 1; }).length;
            }
            """);
        Assert.Equal(0, outside);

        var clipped = await page.EvaluateAsync<string[]>("""
            () => ['#date-from', '#date-to'].filter(id => {
              const input = document.querySelector(id);
              const style = getComputedStyle(input);
              const context = document.createElement('canvas').getContext('2d');
              context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
              const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
              return context.measureText(input.placeholder).width > room;
            })
            """);
        Assert.Empty(clipped);
    }
}
