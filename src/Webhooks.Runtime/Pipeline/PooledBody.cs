using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace Webhooks.Pipeline;

/// <summary>A request body read once into a pooled buffer; return it with <see cref="Dispose"/>.</summary>
internal readonly struct PooledBody : IDisposable
{
    private const int InitialSize = 4096;
    private readonly byte[] _buffer;

    private PooledBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlyMemory<byte> Memory => _buffer.AsMemory(0, Length);

    /// <summary>
    /// Reads the whole body, or returns <c>null</c> as soon as it is longer than <paramref name="limit"/>. With a
    /// <paramref name="declaredLength"/> (the request's Content-Length, at most the limit), reading stops once that many
    /// bytes have arrived: the server ends the body there, so the read that would return 0 is skipped.
    /// </summary>
    public static async ValueTask<PooledBody?> ReadAsync(HttpRequest request, long? declaredLength, long limit, CancellationToken cancellationToken)
    {
        var size = (int)Math.Min(declaredLength ?? InitialSize, limit) + 1;
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(size, 1));
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > limit)
                    {
                        ArrayPool<byte>.Shared.Return(buffer);
                        return null;
                    }

                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, limit + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return new PooledBody(buffer, length);
                }

                length += read;
                if (length > limit)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    return null;
                }

                if (length == declaredLength)
                {
                    return new PooledBody(buffer, length);
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);
}
