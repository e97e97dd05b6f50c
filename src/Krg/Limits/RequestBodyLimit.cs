using KoreaRussiaGraph.GraphQL.Http;
using Microsoft.AspNetCore.Http.Features;

namespace KoreaRussiaGraph.Krg.Limits;

/// <summary>
/// Refuses an over-large body with 413 before anything reads it: at once when Content-Length says so, and while
/// streaming otherwise (the body stream stops at the limit the way Kestrel's own limit does, so whatever reads it
/// answers the same way under Kestrel and under a test server).
/// </summary>
public sealed class RequestBodyLimit(RequestDelegate next, RequestLimitsOptions options)
{
    public const string ErrorCode = "PAYLOAD_TOO_LARGE";

    public async Task InvokeAsync(HttpContext http)
    {
        var limit = options.MaxRequestBodyBytes;
        if (http.Request.ContentLength is { } length && length > limit)
        {
            await GraphQLErrorResponse.WriteAsync(http, StatusCodes.Status413PayloadTooLarge, ErrorCode,
                $"The request body is {length} bytes; this server accepts at most {limit}.",
                new Dictionary<string, object?> { ["length"] = length, ["maxBytes"] = limit });
            return;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = limit;
        if (http.Request.ContentLength is null && http.Request.Body.CanRead) http.Request.Body = new LimitedBodyStream(http.Request.Body, limit);
        await next(http);
    }
}

/// <summary>A read-only body that throws 413 once more than the limit has been read.</summary>
internal sealed class LimitedBodyStream(Stream inner, long limit) : Stream
{
    private long _read;

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private int Count(int read)
    {
        _read += read;
        if (_read > limit)
            throw new BadHttpRequestException($"Request body too large: the limit is {limit} bytes.", StatusCodes.Status413PayloadTooLarge);
        return read;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
