using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Core.Querying;
using Xunit;

namespace KoreaRussiaGraph.StoreContract;

/// <summary>Issue 18: full-text search over cited sentences, document titles and actor names and aliases; RelationFilter.text; DocumentFilter.text; change notices.</summary>
public abstract partial class GraphStoreContract
{
    private static Relation Quoted(Relation r, string quote) => r with { Citation = r.Citation with { Quote = quote } };

    private static readonly Relation Shells = Quoted(Rel("north-korea", "SUPPLIED", "russia", "2023-09", document: "kcna-1", sentence: 1),
        "North Korea shipped artillery shells to Russia, officials said.");
    private static readonly Relation Sanctions = Quoted(Rel("united-states", "SANCTIONED", "north-korea", "2024-01", document: "kcna-1", sentence: 2),
        "Washington imposed new sanctions on Pyongyang over the transfers.");
    private static readonly Relation Missiles = Quoted(Rel("north-korea", "SUPPLIED", "russia", "2024-02", document: "yonhap-1", sentence: 1),
        "Pyongyang sent missiles and shells of artillery calibre.");
    private static readonly Relation Meeting = Quoted(Rel("kim-jong-un", "MET", "putin", "2023-09-13", symmetric: true, document: "yonhap-1", sentence: 2),
        "Kim met Putin at the Vostochny cosmodrome; sanctioned goods were not discussed.");

    private async Task<IGraphStore> SearchableStoreAsync()
    {
        var store = await CreateEmptyStoreAsync();
        var actors = new[]
        {
            State("north-korea", "DPRK", "Pyongyang"), State("russia", "Russian Federation"), State("united-states", "Washington"),
            Person("kim-jong-un", "Kim"), Person("putin", "Vladimir Putin"),
        };
        await store.WriteDocumentAsync(WriteOf("kcna-1", [Shells, Sanctions], actors) with
        {
            Document = Doc("kcna-1") with { Title = "Artillery deliveries draw sanctions", Outlet = "KCNA" },
        });
        await store.WriteDocumentAsync(WriteOf("yonhap-1", [Missiles, Meeting], actors) with
        {
            Document = Doc("yonhap-1") with { Title = "Summit at the cosmodrome", Outlet = "Yonhap" },
        });
        return store;
    }

    private static async Task<Page<SearchHit>> SearchAsync(IGraphStore store, string text, int first = 50, string? after = null) =>
        await store.SearchAsync(new SearchQuery(text, new PageRequest(first, after)));

    private static string[] HitKeys(Page<SearchHit> page) =>
        page.Items.Select(h => h.Relation is { } r ? "r:" + r.Id : h.Document is { } d ? "d:" + d.Id : "a:" + h.Actor!.Id).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task Search_matches_a_phrase_only_as_a_phrase()
    {
        await using var store = await SearchableStoreAsync();
        Assert.Equal(["r:" + Shells.Id], HitKeys(await SearchAsync(store, "\"artillery shells\"")));
        // Both words, in any order and place: the phrase-less query also finds the calibre sentence and the title.
        Assert.Equal(new[] { "r:" + Shells.Id, "r:" + Missiles.Id }.Order(StringComparer.Ordinal).ToArray(),
            HitKeys(await SearchAsync(store, "artillery shells")));
    }

    [Fact]
    public async Task Search_reaches_titles_and_actor_names_and_aliases()
    {
        await using var store = await SearchableStoreAsync();
        Assert.Equal(["d:yonhap-1", "r:" + Meeting.Id], HitKeys(await SearchAsync(store, "cosmodrome")));
        Assert.Equal(["a:north-korea"], HitKeys(await SearchAsync(store, "DPRK")));
        Assert.Contains("a:putin", HitKeys(await SearchAsync(store, "vladimir")));
    }

    [Fact]
    public async Task Search_takes_prefixes_and_AND_and_OR()
    {
        await using var store = await SearchableStoreAsync();
        var sanction = HitKeys(await SearchAsync(store, "sanction*"));
        Assert.Equal(new[] { "d:kcna-1", "r:" + Sanctions.Id, "r:" + Meeting.Id }.Order(StringComparer.Ordinal).ToArray(), sanction);
        Assert.Equal(["r:" + Missiles.Id], HitKeys(await SearchAsync(store, "missiles AND shells")));
        Assert.Equal(new[] { "r:" + Missiles.Id, "r:" + Meeting.Id }.Order(StringComparer.Ordinal).ToArray(),
            HitKeys(await SearchAsync(store, "missiles OR Vostochny")));
        Assert.Equal(["r:" + Shells.Id], HitKeys(await SearchAsync(store, "(missiles OR shipped) AND \"artillery shells\"")));
        Assert.Empty((await SearchAsync(store, "\"shells artillery\"")).Items);
    }

    [Fact]
    public async Task Search_hits_carry_a_marked_snippet_a_score_and_page_in_rank_order()
    {
        await using var store = await SearchableStoreAsync();
        var all = await SearchAsync(store, "pyongyang OR sanctions OR shells");
        Assert.Equal(all.TotalCount, all.Items.Count);
        Assert.True(all.Items.Count >= 4);
        Assert.All(all.Items, h => Assert.Contains("<mark>", h.Snippet));
        Assert.All(all.Items.Zip(all.Items.Skip(1)), pair => Assert.True(pair.First.Score >= pair.Second.Score));
        var shells = all.Items.Single(h => h.Relation?.Id == Shells.Id);
        Assert.Equal("North Korea shipped artillery <mark>shells</mark> to Russia, officials said.", shells.Snippet);

        var first = await SearchAsync(store, "pyongyang OR sanctions OR shells", first: 2);
        var rest = await SearchAsync(store, "pyongyang OR sanctions OR shells", first: 50, after: "1");
        Assert.True(first.HasNextPage);
        Assert.Equal(all.Items.Select(h => h.Snippet), first.Items.Concat(rest.Items).Select(h => h.Snippet));
    }

    [Theory]
    [InlineData("\"artillery shells")]
    [InlineData("shells AND")]
    [InlineData("OR shells")]
    [InlineData("(shells")]
    [InlineData("shells)")]
    [InlineData("   ")]
    [InlineData("sh*lls")]
    [InlineData("***")]
    public async Task Malformed_search_syntax_is_a_query_error(string text)
    {
        await using var store = await SearchableStoreAsync();
        var error = await ThrowsQueryErrorAsync(() => SearchAsync(store, text), "INVALID_SEARCH");
        Assert.Contains("Search syntax", error.Message);
        await ThrowsQueryErrorAsync(() => store.QueryRelationsAsync(new RelationQuery(RelationFilter.Default with { Text = text }, new PageRequest(10))), "INVALID_SEARCH");
    }

    [Fact]
    public async Task Relation_filter_text_matches_the_cited_sentence_together_with_the_other_filters()
    {
        await using var store = await SearchableStoreAsync();
        var shells = await store.QueryRelationsAsync(new RelationQuery(RelationFilter.Default with { Text = "shells" }, new PageRequest(10)));
        Assert.Equal(Sorted(Shells, Missiles), Ids(shells.Items));
        var recent = await store.QueryRelationsAsync(new RelationQuery(Filter(from: "2024") with { Text = "shells" }, new PageRequest(10),
            new RelationOrder(RelationOrderField.Date, OrderDirection.Desc), ActorId: "russia"));
        Assert.Equal([Missiles.Id], recent.Items.Select(r => r.Id).ToArray());
        var inDocument = await store.QueryRelationsAsync(new RelationQuery(RelationFilter.Default with { Text = "pyongyang" }, new PageRequest(10), DocumentId: "kcna-1"));
        Assert.Equal([Sanctions.Id], inDocument.Items.Select(r => r.Id).ToArray());
    }

    [Fact]
    public async Task Document_filter_text_matches_titles_and_cited_sentences()
    {
        await using var store = await SearchableStoreAsync();
        Assert.Equal(["kcna-1"], await DocumentIdsAsync(store, new DocumentFilter { Text = "deliveries" }));
        Assert.Equal(["yonhap-1"], await DocumentIdsAsync(store, new DocumentFilter { Text = "missiles" }));
        Assert.Equal(["kcna-1", "yonhap-1"], await DocumentIdsAsync(store, new DocumentFilter { Text = "shells" }));
        Assert.Equal(["yonhap-1"], await DocumentIdsAsync(store, new DocumentFilter { Text = "shells", Outlets = new HashSet<string> { "yonhap" } }));
    }

    [Fact]
    public async Task A_rewritten_document_is_searched_as_it_now_stands()
    {
        await using var store = await SearchableStoreAsync();
        var rewritten = Quoted(Rel("north-korea", "SUPPLIED", "russia", "2023-09", document: "kcna-1", sentence: 1), "North Korea shipped rockets to Russia.");
        await store.WriteDocumentAsync(WriteOf("kcna-1", [rewritten]) with { Document = Doc("kcna-1") with { Title = "Rocket deliveries" } });

        Assert.Equal(["r:" + Missiles.Id], HitKeys(await SearchAsync(store, "shells")));
        Assert.Equal(["d:kcna-1", "r:" + rewritten.Id], HitKeys(await SearchAsync(store, "rocket*")));
        Assert.Empty((await SearchAsync(store, "Washington AND imposed")).Items);
    }

    [Fact]
    public async Task Every_committed_write_is_announced_once_readers_can_see_it()
    {
        await using var store = await CreateEmptyStoreAsync();
        var notices = new List<GraphChangeNotice>();
        var seen = new List<int>();
        using var subscription = store.Changes.Subscribe(new Observer(notice =>
        {
            notices.Add(notice);
            seen.Add(store.FindRelationsAsync(RelationFilter.Default, null, new PageRequest(10)).Result.TotalCount);
        }));

        await store.WriteDocumentAsync(WriteOf("doc-1", [Rel("a", "VISITED", "b", sentence: 1), Rel("a", "VISITED", "c", sentence: 2)]));
        await store.WriteDocumentAsync(WriteOf("doc-1", [Rel("a", "VISITED", "b", sentence: 1)]));

        Assert.Equal(2, notices.Count);
        Assert.Equal(["doc-1"], notices[0].Documents);
        Assert.Equal((2, 0), (notices[0].AddedRelations, notices[0].RemovedRelations));
        Assert.Equal((0, 1), (notices[1].AddedRelations, notices[1].RemovedRelations));
        Assert.NotEqual(notices[0].Generation, notices[1].Generation);
        Assert.Equal([2, 1], seen);
    }

    private sealed class Observer(Action<GraphChangeNotice> next) : IObserver<GraphChangeNotice>
    {
        public void OnNext(GraphChangeNotice value) => next(value);
        public void OnCompleted() { }
        public void OnError(Exception error) { }
    }
}
