using System.Collections;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Explorer.Tests.Support;
using KoreaRussiaGraph.Export;
using KoreaRussiaGraph.Export.Formats;
using KoreaRussiaGraph.Export.Model;

namespace KoreaRussiaGraph.Explorer.Tests.Exports;

/// <summary>Issue 14, item 5: exports stream: bytes leave as they are written, and a reader that goes away stops the writer.</summary>
public sealed class StreamingTests
{
    public static TheoryData<string> Formats => new() { "graphml", "gexf", "cytoscape", "jsonl" };

    private static IGraphExporter Exporter(string format) => ExportFormatRegistryFor(format);

    private static IGraphExporter ExportFormatRegistryFor(string format) =>
        KoreaRussiaGraph.Export.Registry.ExportFormatRegistry.Default.TryGet(format, out var exporter) ? exporter : throw new ArgumentException(format);

    /// <summary>Relations that fail after <paramref name="good"/> items, as a store read failing half-way would.</summary>
    private sealed class FailingRelations(int good) : IReadOnlyList<Relation>
    {
        private static readonly Relation Sample = SampleGraph.Supplied;
        public int Count => good + 1;
        public Relation this[int index] => index < good ? Sample with { Id = $"r{index}" } : throw new IOException("the store went away");
        public IEnumerator<Relation> GetEnumerator()
        {
            for (var i = 0; i < Count; i++) yield return this[i];
        }
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Relations that count how many the writer has read.</summary>
    private sealed class CountedRelations(int count) : IReadOnlyList<Relation>
    {
        private int _read;
        public int Read => Volatile.Read(ref _read);
        public int Count => count;
        public Relation this[int index] { get { Interlocked.Increment(ref _read); return SampleGraph.Supplied with { Id = $"r{index}" }; } }
        public IEnumerator<Relation> GetEnumerator()
        {
            for (var i = 0; i < count; i++) yield return this[i];
        }
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task The_first_part_of_a_large_file_is_sent_before_the_whole_file_is_written(string format)
    {
        var graph = SampleGraph.Export() with { Relations = new FailingRelations(20_000) };
        using var output = new MemoryStream();

        await Assert.ThrowsAnyAsync<Exception>(() => Exporter(format).WriteAsync(graph, output));

        // A buffered exporter fails before its first byte goes out; a streamed one has sent what it had written.
        Assert.True(output.Length > 100_000, $"{output.Length} bytes reached the output before the failure");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task A_reader_that_goes_away_stops_the_export_instead_of_it_finishing_for_nobody(string format)
    {
        var relations = new CountedRelations(200_000);
        var graph = SampleGraph.Export() with { Relations = relations };
        var output = new BrokenAfter(64 * 1024);

        await Assert.ThrowsAnyAsync<IOException>(() => Exporter(format).WriteAsync(graph, output));

        Assert.True(relations.Read < 50_000, $"{relations.Read} of 200,000 relations written after the reader had gone");
    }

    /// <summary>A response whose client hangs up after <paramref name="limit"/> bytes.</summary>
    private sealed class BrokenAfter(int limit) : Stream
    {
        public long Received { get; private set; }
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => Received;
        public override long Position { get => Received; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Received += buffer.Length;
            return Received > limit ? ValueTask.FromException(new IOException("the client went away")) : ValueTask.CompletedTask;
        }
    }
}
