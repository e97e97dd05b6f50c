using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Core.Querying;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace KoreaRussiaGraph.Storage.Embedded.Tests;

/// <summary>
/// Issue 16: a bulk import into an empty store builds the quotes' full-text index once at the end instead of row by row;
/// the imported quotes, later writes, and a store whose import stopped half way are all searchable, and what it stores
/// reads back exactly.
/// </summary>
public sealed class BulkImportSearchTests : IDisposable
{
    private readonly TempStoreFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static ImportedRelation Line(int i) => new(
        Relation.Create("SUPPLIED", $"actor-{i % 7}", $"actor-{i % 7 + 1}", false,
            new Citation($"doc-{i / 10}", i % 10, $"shipment {(i == 42 ? "zanzibarite" : "ordinary")} number {i}", 0, 20, "rule")),
        null, null, null, null);

    private static async IAsyncEnumerable<ImportedRelation> Lines(int count, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await Task.Yield();
        for (var i = 0; i < count; i++)
        {
            ct.ThrowIfCancellationRequested();
            yield return Line(i);
        }
    }

    // Transactions of one batch, so an import of 120,000 lines commits before it is stopped (the default is 1,000,000).
    private static async Task<EmbeddedGraphStore> OpenAsync(string path)
    {
        var store = new EmbeddedGraphStore(new EmbeddedStoreOptions
        {
            Path = path, ChangePollInterval = TimeSpan.Zero, EmptyStoreImportTransactionRows = Import.BulkImporter.BatchSize,
        });
        await store.InitializeAsync();
        return store;
    }

    private static async Task<IReadOnlyList<string>> QuotesMatchingAsync(EmbeddedGraphStore store, string text) =>
        (await store.SearchAsync(new SearchQuery(text, new PageRequest(50)))).Items
            .Where(h => h.Relation is not null).Select(h => h.Relation!.Citation.Quote).ToArray();

    private static async Task<bool> QuoteTriggerExistsAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'relations_fts_inserted'";
        return Convert.ToInt64(await command.ExecuteScalarAsync()) == 1;
    }

    [Fact]
    public async Task Quotes_imported_into_an_empty_store_and_written_after_it_are_searchable()
    {
        var path = _files.NewPath();
        await using var store = await OpenAsync(path);
        var outcome = await store.ImportAsync(Lines(100));
        Assert.Equal(100, outcome.Relations);
        Assert.True(await QuoteTriggerExistsAsync(path));

        Assert.Equal(["shipment zanzibarite number 42"], await QuotesMatchingAsync(store, "zanzibarite"));
        Assert.Equal(["shipment ordinary number 99"], await QuotesMatchingAsync(store, "99"));

        var later = Relation.Create("MET", "actor-1", "actor-2", true, new Citation("doc-later", 0, "a quartzose meeting", 0, 10, "rule"));
        await store.WriteDocumentAsync(new DocumentWrite(
            new DocumentRecord("doc-later", "later", null, null, null, null, "txt", "sha", DateTimeOffset.UnixEpoch, "v1", DocumentStatus.Ingested),
            "text", [], [later]));
        Assert.Equal(["a quartzose meeting"], await QuotesMatchingAsync(store, "quartzose"));
    }

    [Fact]
    public async Task An_import_that_stopped_half_way_leaves_its_quotes_searchable_after_the_next_start()
    {
        var path = _files.NewPath();
        await using (var store = await OpenAsync(path))
        {
            using var stop = new CancellationTokenSource();
            var progress = new SynchronousProgress(n => { if (n >= 50_000) stop.Cancel(); });
            // Two batches: the first is committed, then the import is stopped while reading the second.
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.ImportAsync(Lines(120_000), progress, stop.Token));
            Assert.True(await QuoteTriggerExistsAsync(path));
            Assert.Equal(["shipment zanzibarite number 42"], await QuotesMatchingAsync(store, "zanzibarite"));
        }

        // A process killed mid-import (no finally ran) leaves the file without the trigger: the next start puts it back
        // and indexes what is there.
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DROP TRIGGER relations_fts_inserted; INSERT INTO relations_fts (relations_fts) VALUES ('delete-all');";
            await command.ExecuteNonQueryAsync();
        }
        await using var restarted = await OpenAsync(path);
        Assert.True(await QuoteTriggerExistsAsync(path));
        Assert.Equal(["shipment zanzibarite number 42"], await QuotesMatchingAsync(restarted, "zanzibarite"));
    }

    private static async IAsyncEnumerable<ImportedRelation> LinesOf(params Relation[] relations)
    {
        await Task.Yield();
        foreach (var relation in relations) yield return new ImportedRelation(relation, null, null, null, null);
    }

    // The rows are bound by position on a raw statement, in transactions spanning many lines: they must read back exactly,
    // and a line repeated later in the file must still win (in search too).
    [Fact]
    public async Task Imported_relations_read_back_field_for_field_and_a_repeated_id_keeps_its_last_line()
    {
        await using var store = await OpenAsync(_files.NewPath());
        var everything = Relation.Create("SUPPLIED", "russia", "north-korea", false,
            new Citation("doc-1", 3, "Россия поставила\0снаряды — 🚀 «КНДР»", 17, 52, "rule-7"),
            PartialDate.Parse("2023-09"), PartialDate.Parse("2023-10-02"), ClaimStatus.Alleged,
            attributedTo: "a ministry", details: "shells", confidence: 0.625);
        var bare = Relation.Create("MET", "kim-jong-un", "vladimir-putin", true, new Citation("doc-2", 0, "They met.", 0, 9, "rule-1"));
        var first = Relation.Create("DENIED", "russia", "north-korea", false, new Citation("doc-1", 4, "first wording", 0, 13, "rule-2"));
        var last = first with { Citation = first.Citation with { Quote = "last wording" }, Status = ClaimStatus.Denied, Confidence = 0.5 };

        var outcome = await store.ImportAsync(LinesOf(everything, bare, first, last));

        Assert.Equal(4, outcome.Relations);
        var stored = (await store.GetRelationsAsync([everything.Id, bare.Id, first.Id])).ToDictionary(r => r.Id);
        Assert.Equal(everything, stored[everything.Id]);
        Assert.Equal("Россия поставила\0снаряды — 🚀 «КНДР»", stored[everything.Id].Citation.Quote);
        Assert.Equal(bare, stored[bare.Id]);
        Assert.Equal(last, stored[first.Id]);
        Assert.Equal(3, (await store.StatsAsync()).Relations); // four lines, three ids
        // The quote index was rebuilt from what the table holds: the replaced wording is gone from search.
        var found = (await store.SearchAsync(new SearchQuery("wording", new PageRequest(10)))).Items.Select(h => h.Relation?.Citation.Quote).ToArray();
        Assert.Equal(new string?[] { "last wording" }, found);
    }

    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
