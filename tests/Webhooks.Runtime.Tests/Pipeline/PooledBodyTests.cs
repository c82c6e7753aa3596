using Microsoft.AspNetCore.Http;
using Webhooks.Pipeline;

namespace Webhooks.Runtime.Tests.Pipeline;

/// <summary>Reading the raw body once, up to a limit, whatever the stream hands back per read.</summary>
public sealed class PooledBodyTests
{
    private static byte[] Bytes(int length) => Enumerable.Range(0, length).Select(i => (byte)(i * 31 + 7)).ToArray();

    private static HttpRequest Request(Stream body, long? contentLength)
    {
        var request = new DefaultHttpContext().Request;
        request.Body = body;
        request.ContentLength = contentLength;
        return request;
    }

    private static async Task<byte[]?> ReadAsync(byte[] body, long limit, bool sendContentLength, int chunk = int.MaxValue)
    {
        var request = Request(new ChunkedStream(body, chunk), sendContentLength ? body.Length : null);
        var read = await PooledBody.ReadAsync(request, request.ContentLength, limit, CancellationToken.None);
        if (read is not { } pooled)
        {
            return null;
        }

        using (pooled)
        {
            Assert.Equal(pooled.Length, pooled.Memory.Length);
            return pooled.Memory.ToArray();
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Body_of_exactly_the_limit_is_read(bool sendContentLength)
    {
        var body = Bytes(1000);

        Assert.Equal(body, await ReadAsync(body, limit: 1000, sendContentLength));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Body_one_byte_over_the_limit_is_refused(bool sendContentLength) =>
        Assert.Null(await ReadAsync(Bytes(1001), limit: 1000, sendContentLength));

    [Fact]
    public async Task Body_without_content_length_is_read()
    {
        var body = Bytes(123);

        Assert.Equal(body, await ReadAsync(body, limit: 1024 * 1024, sendContentLength: false));
    }

    [Fact]
    public async Task Empty_body_is_read()
    {
        var withLength = await ReadAsync([], limit: 1024, sendContentLength: true);
        var withoutLength = await ReadAsync([], limit: 1024, sendContentLength: false);

        Assert.NotNull(withLength);
        Assert.Empty(withLength);
        Assert.NotNull(withoutLength);
        Assert.Empty(withoutLength);
    }

    // A chunked upload arrives a few bytes per read; every byte is kept, in order.
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public async Task Small_reads_are_assembled(int chunk)
    {
        var body = Bytes(10_000);

        Assert.Equal(body, await ReadAsync(body, limit: 1024 * 1024, sendContentLength: false, chunk));
    }

    // Bigger than the 4096-byte first buffer, with and without Content-Length, at and over the limit.
    [Theory]
    [InlineData(4097, false)]
    [InlineData(100_000, false)]
    [InlineData(100_000, true)]
    [InlineData(1024 * 1024, false)]
    public async Task Body_larger_than_the_first_buffer_is_read(int length, bool sendContentLength)
    {
        var body = Bytes(length);

        Assert.Equal(body, await ReadAsync(body, limit: 1024 * 1024, sendContentLength, chunk: 1000));
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(int.MaxValue)]
    public async Task Large_body_over_the_limit_is_refused_without_content_length(int chunk) =>
        Assert.Null(await ReadAsync(Bytes(1024 * 1024 + 1), limit: 1024 * 1024, sendContentLength: false, chunk));

    [Fact]
    public async Task Reading_stops_soon_after_the_limit_is_passed()
    {
        var stream = new ChunkedStream(Bytes(1_000_000), 100);

        var read = await PooledBody.ReadAsync(Request(stream, null), null, 10_000, CancellationToken.None);

        Assert.Null(read);
        Assert.True(stream.Position <= 10_000 + 4096 + 100, $"read {stream.Position} bytes for a limit of 10000");
    }

    // The server ends the body at its Content-Length, so the read that would return 0 is not asked for.
    [Theory]
    [InlineData(int.MaxValue, 1)]
    [InlineData(1000, 3)]
    public async Task Reading_stops_when_the_declared_length_has_arrived(int chunk, int reads)
    {
        var body = Bytes(2500);
        var stream = new ChunkedStream(body, chunk);

        using var read = await PooledBody.ReadAsync(Request(stream, body.Length), body.Length, 1024 * 1024, CancellationToken.None);

        Assert.Equal(body, read!.Value.Memory.ToArray());
        Assert.Equal(reads, stream.Reads);
    }

    // A Content-Length that understates the body does not let more than the limit through.
    [Fact]
    public async Task Understated_content_length_does_not_bypass_the_limit()
    {
        var request = Request(new ChunkedStream(Bytes(5000), 512), 10);

        Assert.Null(await PooledBody.ReadAsync(request, request.ContentLength, 4000, CancellationToken.None));
    }

    [Fact]
    public async Task Cancellation_is_passed_to_the_stream()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await PooledBody.ReadAsync(Request(new ChunkedStream(Bytes(10), 1), null), null, 100, cts.Token));
    }
}
