using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Core.Querying;
using Xunit;

namespace KoreaRussiaGraph.StoreContract;

/// <summary>Issue 18: relation listings ordered by id, date or reportedOn, keyset-paged in every order, and scoped to a document.</summary>
public abstract partial class GraphStoreContract
{
    private static RelationQuery Ordered(RelationOrderField field, OrderDirection direction, int first = 100, string? after = null,
        string? actor = null, string? document = null, RelationFilter? filter = null) =>
        new(filter ?? RelationFilter.Default, new PageRequest(first, after), new RelationOrder(field, direction), actor, document);

    private static Relation Reported(Relation r, string? reportedOn) => r with { ReportedOn = reportedOn is null ? null : PartialDate.Parse(reportedOn) };

    private static Relation[] DatedMix() =>
    [
        Rel("a", "VISITED", "b", "2023-07", sentence: 1),
        Rel("a", "VISITED", "c", "2023-07-01", sentence: 2),
        Rel("b", "VISITED", "c", "2023", sentence: 3),
        Rel("c", "VISITED", "d", null, sentence: 4),
        Rel("a", "SUPPLIED", "d", "2019-02-03", sentence: 5),
        Rel("d", "VISITED", "a", null, sentence: 6),
        Rel("b", "SUPPLIED", "a", "2024-12-31", sentence: 7),
    ];

    [Theory]
    [InlineData(OrderDirection.Asc)]
    [InlineData(OrderDirection.Desc)]
    public async Task Ordering_by_date_follows_the_reference_order_with_undated_last(OrderDirection direction)
    {
        var relations = DatedMix();
        await using var store = await StoreWithAsync(relations);
        var order = new RelationOrder(RelationOrderField.Date, direction);

        var page = await store.QueryRelationsAsync(Ordered(RelationOrderField.Date, direction));

        var expected = relations.Order(Comparer<Relation>.Create(order.Compare)).Select(r => r.Id).ToArray();
        Assert.Equal(expected, page.Items.Select(r => r.Id).ToArray());
        Assert.Null(page.Items[^1].Date);
        Assert.Null(page.Items[^2].Date);
        Assert.Equal(direction == OrderDirection.Desc ? "2024-12-31" : "2019-02-03", page.Items[0].Date.ToString());
    }

    [Fact]
    public async Task Within_one_day_the_more_precise_date_comes_first_ascending()
    {
        await using var store = await StoreWithAsync(DatedMix());
        var dates = (await store.QueryRelationsAsync(Ordered(RelationOrderField.Date, OrderDirection.Asc))).Items
            .Where(r => r.Date is { Year: 2023 }).Select(r => r.Date!.Value.ToString()).ToArray();
        // 2023 starts on 2023-01-01, before July; within July 1st the day precedes the month.
        Assert.Equal(["2023", "2023-07-01", "2023-07"], dates);
    }

    [Theory]
    [InlineData(RelationOrderField.Id, OrderDirection.Asc)]
    [InlineData(RelationOrderField.Id, OrderDirection.Desc)]
    [InlineData(RelationOrderField.Date, OrderDirection.Asc)]
    [InlineData(RelationOrderField.Date, OrderDirection.Desc)]
    [InlineData(RelationOrderField.ReportedOn, OrderDirection.Desc)]
    public async Task Paging_with_cursors_walks_the_same_order_without_gaps_or_repeats(RelationOrderField field, OrderDirection direction)
    {
        var reported = new[] { "2024-01-02", "2023", null, "2024-01", "2022-05-05", null, "2024-01-02" };
        var relations = DatedMix().Select((r, i) => Reported(r, reported[i])).ToArray();
        await using var store = await StoreWithAsync(relations);
        var order = new RelationOrder(field, direction);

        var walked = new List<string>();
        string? after = null;
        for (var guard = 0; guard < 10; guard++)
        {
            var page = await store.QueryRelationsAsync(Ordered(field, direction, first: 2, after: after));
            Assert.Equal(relations.Length, page.TotalCount);
            walked.AddRange(page.Items.Select(r => r.Id));
            if (!page.HasNextPage) break;
            after = order.CursorKey(page.Items[^1]);
        }

        Assert.Equal(relations.Order(Comparer<Relation>.Create(order.Compare)).Select(r => r.Id).ToArray(), walked.ToArray());
    }

    [Fact]
    public async Task A_cursor_from_another_order_is_refused()
    {
        var relations = DatedMix();
        await using var store = await StoreWithAsync(relations);
        var byId = RelationOrder.Default.CursorKey(relations[0]);
        var byDate = new RelationOrder(RelationOrderField.Date).CursorKey(relations[0]);

        await ThrowsQueryErrorAsync(() => store.QueryRelationsAsync(Ordered(RelationOrderField.Date, OrderDirection.Asc, after: byId)), "INVALID_ARGUMENT");
        await ThrowsQueryErrorAsync(() => store.QueryRelationsAsync(Ordered(RelationOrderField.ReportedOn, OrderDirection.Asc, after: byDate)), "INVALID_ARGUMENT");
        await ThrowsQueryErrorAsync(() => store.QueryRelationsAsync(Ordered(RelationOrderField.Id, OrderDirection.Asc, after: byDate)), "INVALID_ARGUMENT");
    }

    [Fact]
    public async Task Ordering_applies_within_an_actors_relations_and_the_filter()
    {
        var relations = DatedMix();
        await using var store = await StoreWithAsync(relations);

        var page = await store.QueryRelationsAsync(Ordered(RelationOrderField.Date, OrderDirection.Desc, actor: "a",
            filter: Filter(types: "VISITED", direction: Direction.Out)));

        Assert.Equal([relations[0].Id, relations[1].Id], page.Items.Select(r => r.Id).ToArray());
        await ThrowsQueryErrorAsync(() => store.QueryRelationsAsync(Ordered(RelationOrderField.Date, OrderDirection.Desc, actor: "nobody")), "UNKNOWN_ACTOR");
    }

    [Fact]
    public async Task A_documents_relations_are_only_those_it_cites()
    {
        var first = Rel("a", "MET", "b", "2020", symmetric: true, document: "doc-1", sentence: 1);
        var second = Rel("a", "VISITED", "c", "2021", document: "doc-1", sentence: 2);
        var other = Rel("a", "VISITED", "b", "2022", document: "doc-2", sentence: 1);
        await using var store = await StoreWithAsync(first, second, other);

        var page = await store.QueryRelationsAsync(Ordered(RelationOrderField.Date, OrderDirection.Desc, document: "doc-1"));
        Assert.Equal([second.Id, first.Id], page.Items.Select(r => r.Id).ToArray());
        Assert.Equal(2, page.TotalCount);
        Assert.Empty((await store.QueryRelationsAsync(Ordered(RelationOrderField.Id, OrderDirection.Asc, document: "no-such-doc"))).Items);
    }

    [Fact]
    public async Task Ordering_by_id_matches_the_original_listing()
    {
        var relations = DatedMix();
        await using var store = await StoreWithAsync(relations);
        var legacy = await AllRelationsAsync(store);
        var ordered = await store.QueryRelationsAsync(Ordered(RelationOrderField.Id, OrderDirection.Asc));
        Assert.Equal(legacy.Items.Select(r => r.Id), ordered.Items.Select(r => r.Id));
        var descending = await store.QueryRelationsAsync(Ordered(RelationOrderField.Id, OrderDirection.Desc));
        Assert.Equal(legacy.Items.Select(r => r.Id).Reverse(), descending.Items.Select(r => r.Id));
    }

    // --- documents ----------------------------------------------------------------------------

    private static DocumentWrite DocumentOf(string id, string? title, string? outlet, string? published, IEnumerable<Relation>? relations = null,
        DocumentStatus status = DocumentStatus.Ingested)
    {
        var write = WriteOf(id, relations ?? [], status: status, error: status == DocumentStatus.Failed ? "could not decode" : null);
        return write with { Document = write.Document with { Title = title, Outlet = outlet, Published = published is null ? null : PartialDate.Parse(published) } };
    }

    private static async Task<string[]> DocumentIdsAsync(IGraphStore store, DocumentFilter filter) =>
        (await store.FindDocumentsAsync(filter, new PageRequest(100))).Items.Select(d => d.Id).ToArray();

    [Fact]
    public async Task Documents_filter_by_outlet_publication_date_and_status()
    {
        await using var store = await CreateEmptyStoreAsync();
        await store.WriteDocumentAsync(DocumentOf("d1", "Summit in Vladivostok", "KCNA", "2024-06"));
        await store.WriteDocumentAsync(DocumentOf("d2", "Arms talks", "Yonhap", "2023"));
        await store.WriteDocumentAsync(DocumentOf("d3", "Undated note", "KCNA", null));
        await store.WriteDocumentAsync(DocumentOf("d4", "Broken page", "kcna", "2024-01-05", status: DocumentStatus.Failed));

        Assert.Equal(["d1", "d3", "d4"], await DocumentIdsAsync(store, new DocumentFilter { Outlets = new HashSet<string> { "KCNA" } }));
        Assert.Equal(["d1", "d4"], await DocumentIdsAsync(store, new DocumentFilter { From = PartialDate.Parse("2024"), To = PartialDate.Parse("2024") }));
        Assert.Equal(["d2"], await DocumentIdsAsync(store, new DocumentFilter { To = PartialDate.Parse("2023-12") }));
        Assert.Equal(["d4"], await DocumentIdsAsync(store, new DocumentFilter { Statuses = new HashSet<DocumentStatus> { DocumentStatus.Failed } }));
        Assert.Equal(["d1"], await DocumentIdsAsync(store, new DocumentFilter
        {
            Outlets = new HashSet<string> { "kcna" }, From = PartialDate.Parse("2024-06-30"), Statuses = new HashSet<DocumentStatus> { DocumentStatus.Ingested },
        }));
        var page = await store.FindDocumentsAsync(DocumentFilter.All, new PageRequest(2, "d1"));
        Assert.Equal(["d2", "d3"], page.Items.Select(d => d.Id).ToArray());
        Assert.True(page.HasNextPage);
        Assert.Equal(4, page.TotalCount);
        await ThrowsQueryErrorAsync(() => store.FindDocumentsAsync(new DocumentFilter { From = PartialDate.Parse("2025"), To = PartialDate.Parse("2024") }, new PageRequest(10)), "INVALID_ARGUMENT");
    }
}
