using System.Threading.Channels;
using KoreaRussiaGraph.Core.Ports;

namespace KoreaRussiaGraph.Export.Import;

/// <summary>What an import of a JSON-lines file did.</summary>
public sealed record JsonLinesImportReport(ImportOutcome Outcome, long Lines, long BadLines, TimeSpan Elapsed);

/// <summary>
/// Feeds a JSON-lines file (as <c>krg export --format jsonl</c> writes it) into a store's bulk import. Lines are parsed
/// on another thread than the one writing, so the two cores both work; each bad line is reported to
/// <paramref name="badLine"/> with its number and skipped.
/// </summary>
public static class JsonLinesImport
{
    public static async Task<JsonLinesImportReport> RunAsync(TextReader input, IGraphImport store, Action<long, string> badLine,
        IProgress<long>? progress = null, CancellationToken ct = default)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var parsed = Channel.CreateBounded<ImportedRelation>(new BoundedChannelOptions(10_000) { SingleReader = true, SingleWriter = true });
        long lines = 0, bad = 0;
        var reading = Task.Run(async () =>
        {
            try
            {
                await foreach (var line in JsonLinesReader.ReadAsync(input, ct))
                {
                    lines = line.Number;
                    if (line.Relation is { } relation) await parsed.Writer.WriteAsync(relation, ct);
                    else
                    {
                        bad++;
                        badLine(line.Number, line.Error!);
                    }
                }
                parsed.Writer.Complete();
            }
            catch (Exception e)
            {
                parsed.Writer.Complete(e);
            }
        }, ct);
        var outcome = await store.ImportAsync(parsed.Reader.ReadAllAsync(ct), progress, ct);
        await reading;
        return new JsonLinesImportReport(outcome, lines, bad, started.Elapsed);
    }
}
