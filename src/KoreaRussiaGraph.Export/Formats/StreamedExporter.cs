using System.IO.Pipelines;
using KoreaRussiaGraph.Export.Model;

namespace KoreaRussiaGraph.Export.Formats;

/// <summary>
/// Lets an exporter write synchronously (XmlWriter and Utf8JsonWriter are simplest so) while the file streams out
/// asynchronously (ASP.NET forbids synchronous writes to a response): the writer runs on a pool thread into a pipe
/// that the caller's stream drains. A whole-graph export used to be buffered entire before its first byte went out;
/// now it holds at most the pipe's window, and it stops when the reader goes away.
/// </summary>
public abstract class StreamedExporter : IGraphExporter
{
    /// <summary>Bytes written ahead of the reader before the writer waits: what one export holds of its file.</summary>
    private const long Window = 256 * 1024;

    public abstract string Format { get; }
    public abstract string ContentType { get; }
    public abstract string FileExtension { get; }

    protected abstract void Write(GraphExport graph, Stream output);

    public async Task WriteAsync(GraphExport graph, Stream output, CancellationToken ct = default)
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: Window, resumeWriterThreshold: Window / 2, useSynchronizationContext: false));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var writer = Task.Run(() =>
        {
            try
            {
                // Batched, so a line-per-relation writer does not flush the pipe once per line.
                using (var stream = new BufferedStream(new CancellableStream(pipe.Writer.AsStream(leaveOpen: true), stop.Token), 64 * 1024))
                    Write(graph, stream);
                pipe.Writer.Complete();
            }
            catch (Exception e)
            {
                pipe.Writer.Complete(e);
            }
        }, CancellationToken.None);
        try
        {
            await pipe.Reader.CopyToAsync(output, ct);
            await pipe.Reader.CompleteAsync();
        }
        catch (Exception e)
        {
            await stop.CancelAsync(); // the reader is gone: the writer stops at its next write instead of finishing for nobody
            await pipe.Reader.CompleteAsync(e);
            throw;
        }
        finally
        {
            await writer;
        }
    }

    /// <summary>Forwards writes until the token fires, then throws at the next one.</summary>
    private sealed class CancellableStream(Stream inner, CancellationToken ct) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count)
        {
            ct.ThrowIfCancellationRequested();
            inner.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            ct.ThrowIfCancellationRequested();
            inner.Write(buffer);
        }

        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
