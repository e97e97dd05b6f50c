using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Querying;
using Xunit;

namespace KoreaRussiaGraph.StoreContract;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task A_written_document_reads_back_with_every_field()
    {
        await using var store = await CreateEmptyStoreAsync();
        var relation = Rel("north-korea", "SUPPLIED", "russia", "2023-08", ClaimStatus.Alleged, attributedTo: "united-states", details: "ammunition", confidence: 0.75);
        var outcome = await store.WriteDocumentAsync(WriteOf("doc-1", [relation], [State("north-korea", "DPRK"), State("russia"), State("united-states")], text: "the raw bytes"));

        Assert.Equal(new Core.Ports.WriteOutcome(1, 0, 0), outcome);
        var read = await store.GetRelationAsync(relation.Id);
        Assert.NotNull(read);
        Assert.Equal(relation.Id, read.Id);
        Assert.Equal("SUPPLIED", read.Type);
        Assert.Equal("north-korea", read.SourceId);
        Assert.Equal("russia", read.TargetId);
        Assert.Equal(PartialDate.Parse("2023-08"), read.Date);
        Assert.Equal(DatePrecision.Month, read.DatePrecision);
        Assert.Equal(PartialDate.Parse("2024-01-02"), read.ReportedOn);
        Assert.Equal(ClaimStatus.Alleged, read.Status);
        Assert.Equal("united-states", read.AttributedTo);
        Assert.Equal("ammunition", read.Details);
        Assert.Equal(0.75, read.Confidence, 6);
        Assert.Equal(relation.Citation, read.Citation);
        Assert.False(read.Symmetric);

        var actor = await store.GetActorAsync("north-korea");
        Assert.NotNull(actor);
        Assert.Equal(ActorKind.State, actor.Kind);
        Assert.Equal(["DPRK"], actor.Aliases);

        var document = await store.GetDocumentAsync("doc-1");
        Assert.NotNull(document);
        Assert.Equal(DocumentStatus.Ingested, document.Status);
        Assert.Equal("Title of doc-1", document.Title);
        Assert.Equal(PartialDate.Parse("2024-01-02"), document.Published);
        Assert.Equal("sha-1", document.Sha256);
        Assert.Equal(1, document.RelationCount);
        Assert.Equal("the raw bytes", await store.GetDocumentTextAsync("doc-1"));
    }

    [Fact]
    public async Task Unknown_ids_read_as_null_or_zero()
    {
        await using var store = await StoreWithAsync(Rel("a", "MET", "b", symmetric: true));
        Assert.Null(await store.GetActorAsync("nobody"));
        Assert.Null(await store.GetRelationAsync("r-nothing"));
        Assert.Null(await store.GetDocumentAsync("no-doc"));
        Assert.Null(await store.GetDocumentTextAsync("no-doc"));
        Assert.Equal(0, await store.DegreeAsync("nobody"));
    }

    [Fact]
    public async Task Rewriting_a_document_replaces_its_relations_and_leaves_other_documents_alone()
    {
        var kept = Rel("a", "VISITED", "b", sentence: 1);
        var dropped = Rel("a", "SUPPLIED", "c", sentence: 2);
        var other = Rel("c", "OPPOSED", "d", document: "doc-2");
        await using var store = await StoreWithAsync(kept, dropped, other);

        var added = Rel("b", "SANCTIONED", "d", sentence: 3);
        var outcome = await store.WriteDocumentAsync(WriteOf("doc-1", [kept, added]));

        Assert.Equal(new Core.Ports.WriteOutcome(1, 1, 1), outcome);
        Assert.Equal(Sorted(kept, added, other), Ids((await AllRelationsAsync(store)).Items));
        Assert.Null(await store.GetRelationAsync(dropped.Id));
        Assert.Equal(2, (await store.GetDocumentAsync("doc-1"))!.RelationCount);
    }

    [Fact]
    public async Task Writing_the_same_document_twice_changes_nothing()
    {
        var relations = new[] { Rel("a", "VISITED", "b", "2020"), Rel("b", "MET", "c", symmetric: true, sentence: 1) };
        await using var store = await CreateEmptyStoreAsync();
        await store.WriteDocumentAsync(WriteOf("doc-1", relations));
        var again = await store.WriteDocumentAsync(WriteOf("doc-1", relations));

        Assert.Equal(new Core.Ports.WriteOutcome(0, 0, 2), again);
        var stats = await store.StatsAsync();
        Assert.Equal(2, stats.Relations);
        Assert.Equal(3, stats.Actors);
        Assert.Equal(1, stats.Documents);
    }

    [Fact]
    public async Task A_failed_document_is_recorded_and_keeps_the_earlier_good_relations()
    {
        var good = Rel("a", "VISITED", "b");
        await using var store = await StoreWithAsync(good);

        var outcome = await store.WriteDocumentAsync(WriteOf("doc-1", [], status: DocumentStatus.Failed, error: "could not decode"));

        Assert.Equal(0, outcome.Added);
        Assert.Equal(0, outcome.Removed);
        var document = await store.GetDocumentAsync("doc-1");
        Assert.Equal(DocumentStatus.Failed, document!.Status);
        Assert.Equal("could not decode", document.Error);
        Assert.NotNull(await store.GetRelationAsync(good.Id));
        Assert.Equal(1, (await store.StatsAsync()).FailedDocuments);
    }

    [Fact]
    public async Task A_failed_first_version_is_recorded_with_no_relations()
    {
        await using var store = await CreateEmptyStoreAsync();
        await store.WriteDocumentAsync(WriteOf("broken", [], status: DocumentStatus.Failed, error: "empty file"));

        var document = await store.GetDocumentAsync("broken");
        Assert.Equal(DocumentStatus.Failed, document!.Status);
        Assert.Equal("empty file", document.Error);
        Assert.Equal(0, document.RelationCount);
        var stats = await store.StatsAsync();
        Assert.Equal((1, 1, 0), (stats.Documents, stats.FailedDocuments, stats.Relations));
    }

    [Fact]
    public async Task Actors_seen_again_are_merged_not_replaced()
    {
        await using var store = await CreateEmptyStoreAsync();
        await store.UpsertActorsAsync([new Actor("kim-jong-un", "Kim Jong Un", ActorKind.Person, ["Kim"], "Q56226")]);
        await store.UpsertActorsAsync([new Actor("kim-jong-un", "Kim Jong-un", ActorKind.Person, ["Chairman Kim", "kim"], null, "leader")]);

        var actor = await store.GetActorAsync("kim-jong-un");
        Assert.Equal("Kim Jong Un", actor!.Name);
        Assert.Equal(["Kim", "Chairman Kim"], actor.Aliases);
        Assert.Equal("Q56226", actor.WikidataId);
        Assert.Equal("leader", actor.Description);
        Assert.Equal(1, (await store.StatsAsync()).Actors);
    }

    [Fact]
    public async Task GetActors_returns_only_those_that_exist()
    {
        await using var store = await CreateEmptyStoreAsync();
        await store.UpsertActorsAsync([Person("a"), Person("b"), State("c")]);
        var found = await store.GetActorsAsync(["c", "a", "zzz"]);
        Assert.Equal(["a", "c"], found.Select(a => a.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Degree_counts_every_stored_relation_touching_the_actor()
    {
        await using var store = await StoreWithAsync(
            Rel("a", "VISITED", "b", sentence: 1),
            Rel("c", "SUPPLIED", "a", status: ClaimStatus.Denied, sentence: 2),
            Rel("a", "MET", "d", status: ClaimStatus.Planned, symmetric: true, sentence: 3),
            Rel("a", "VISITED", "b", sentence: 4));

        Assert.Equal(4, await store.DegreeAsync("a"));
        Assert.Equal(2, await store.DegreeAsync("b"));
        Assert.Equal(1, await store.DegreeAsync("d"));
    }

    [Fact]
    public async Task Stats_count_actors_relations_documents_and_types()
    {
        await using var store = await StoreWithAsync(
            Rel("a", "VISITED", "b", sentence: 1), Rel("b", "VISITED", "c", sentence: 2), Rel("c", "VETOED", "d", document: "doc-2"));
        await store.UpsertActorsAsync([Person("lonely")]);

        var stats = await store.StatsAsync();
        Assert.Equal(5, stats.Actors);
        Assert.Equal(3, stats.Relations);
        Assert.Equal(2, stats.Documents);
        Assert.Equal(0, stats.FailedDocuments);
        Assert.Equal(2, stats.RelationsByType["VISITED"]);
        Assert.Equal(1, stats.RelationsByType["VETOED"]);
    }

    [Fact]
    public async Task Documents_are_listed_by_id_with_keyset_paging()
    {
        await using var store = await CreateEmptyStoreAsync();
        foreach (var id in new[] { "d3", "d1", "d5", "d2", "d4" })
            await store.WriteDocumentAsync(WriteOf(id, [Rel("a", "VISITED", "b", document: id)]));

        var first = await store.ListDocumentsAsync(new PageRequest(2));
        Assert.Equal(["d1", "d2"], first.Items.Select(d => d.Id));
        Assert.True(first.HasNextPage);
        Assert.Equal(5, first.TotalCount);

        var last = await store.ListDocumentsAsync(new PageRequest(10, "d3"));
        Assert.Equal(["d4", "d5"], last.Items.Select(d => d.Id));
        Assert.False(last.HasNextPage);
        Assert.Equal(5, last.TotalCount);
    }

    [Fact]
    public async Task Page_size_out_of_bounds_is_an_error_naming_first()
    {
        await using var store = await CreateEmptyStoreAsync();
        var error = await ThrowsQueryErrorAsync(() => store.ListDocumentsAsync(new PageRequest(5000)), "BOUND_EXCEEDED");
        Assert.Contains("first", error.Message);
        await ThrowsQueryErrorAsync(() => store.FindRelationsAsync(RelationFilter.Default, null, new PageRequest(-1)), "BOUND_EXCEEDED");
        await ThrowsQueryErrorAsync(() => store.FindActorsAsync(new ActorQuery(null, null, new PageRequest(1001))), "BOUND_EXCEEDED");
    }
}
