using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Storage.Neo4j.Sync;

namespace KoreaRussiaGraph.Storage.Neo4j.Tests.Sync;

/// <summary>`krg sync`'s copier, between two in-memory stores (the Neo4j side of a real sync is not exercised here).</summary>
public sealed class StoreCopierTests
{
    private static Relation Rel(string doc, int sentence, string source, string type, string target, ClaimStatus status = ClaimStatus.Asserted) =>
        Relation.Create(type, source, target, false, new Citation(doc, sentence, "quote", 0, 5, "rule"), status: status);

    private static DocumentRecord Doc(string id, DocumentStatus status = DocumentStatus.Ingested, string sha = "sha") =>
        new(id, "t", null, null, null, null, "txt", sha, DateTimeOffset.UnixEpoch, "x/1", status, status == DocumentStatus.Failed ? "broken" : null);

    private static async Task<ListStore> SourceAsync()
    {
        var source = new ListStore();
        await source.UpsertActorsAsync([new Actor("lonely", "Lonely", ActorKind.Person, [])]);
        await source.WriteDocumentAsync(new DocumentWrite(Doc("d2"), "text two", [new Actor("a", "A", ActorKind.State, ["AA"]), new Actor("b", "B", ActorKind.State, [])],
            [Rel("d2", 0, "a", "VISITED", "b"), Rel("d2", 1, "b", "DENIED", "a", ClaimStatus.Denied)]));
        await source.WriteDocumentAsync(new DocumentWrite(Doc("d1"), "text one", [new Actor("c", "C", ActorKind.Person, [])], [Rel("d1", 0, "c", "MET", "c")]));
        source.Writes.Clear();
        return source;
    }

    [Fact]
    public async Task Copies_actors_then_documents_in_id_order_with_text_and_every_relation_whatever_its_status()
    {
        var source = await SourceAsync();
        var target = new ListStore();
        var seen = new List<CopiedDocument>();

        var report = await new StoreCopier(source, target).CopyAsync(force: false, new InlineProgress(seen.Add), default);

        Assert.Equal(new CopyReport(4, 2, 0, 0), report);
        Assert.Equal(["d1", "d2"], target.Writes.Select(w => w.Document.Id));
        Assert.Equal(source.Relations.Keys.Order(), target.Relations.Keys.Order());
        Assert.Equal("text two", target.Documents["d2"].Text);
        Assert.Equal(["AA"], target.Actors["a"].Aliases);
        Assert.Contains("lonely", target.Actors.Keys);
        Assert.All(seen, s => Assert.Equal(CopyStatus.Copied, s.Status));
    }

    [Fact]
    public async Task A_second_run_resumes_by_skipping_what_the_target_already_holds()
    {
        var source = await SourceAsync();
        var target = new ListStore();
        var copier = new StoreCopier(source, target);
        await copier.CopyAsync(false, null, default);
        target.Writes.Clear();
        await source.WriteDocumentAsync(new DocumentWrite(Doc("d2", sha: "changed"), "new text", [], [Rel("d2", 0, "a", "VISITED", "b")]));

        var report = await copier.CopyAsync(false, null, default);

        Assert.Equal((1, 1), (report.Copied, report.AlreadyThere));
        Assert.Equal(["d2"], target.Writes.Select(w => w.Document.Id));
        var forced = await copier.CopyAsync(true, null, default);
        Assert.Equal((2, 0), (forced.Copied, forced.AlreadyThere));
    }

    [Fact]
    public async Task A_failed_document_keeping_earlier_relations_arrives_with_them()
    {
        var source = await SourceAsync();
        await source.WriteDocumentAsync(new DocumentWrite(Doc("d2", DocumentStatus.Failed), "garbled", [], []));
        var target = new ListStore();

        await new StoreCopier(source, target).CopyAsync(false, null, default);

        Assert.Equal(DocumentStatus.Failed, target.Documents["d2"].Record.Status);
        Assert.Equal("broken", target.Documents["d2"].Record.Error);
        Assert.Equal(2, target.Relations.Values.Count(r => r.Citation.DocumentId == "d2"));
    }

    private sealed class InlineProgress(Action<CopiedDocument> report) : IProgress<CopiedDocument>
    {
        public void Report(CopiedDocument value) => report(value);
    }
}
