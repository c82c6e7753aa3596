using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace Webhooks.Idempotency;

/// <summary>
/// A delivery key as <see cref="InMemoryIdempotencyStore"/> remembers it, without object references: its UTF-8 bytes
/// inline when they fit (every provider's ids do: GUIDs and <c>evt_…</c>/<c>msg_…</c> ids are at most 36 bytes), else
/// their SHA-256. Keys are compared byte for byte, so two deliveries are never taken for one; hashing a long key
/// keeps that true up to a SHA-256 collision. The hash is computed once, when the key is made: a claim looks the key up
/// in its stripe and in the stripe's table, and hashing 36 bytes each time was a tenth of the claim's cost.
/// </summary>
internal readonly struct StoredKey : IEquatable<StoredKey>
{
    public const int InlineBytes = 40;

    // Any length above InlineBytes marks the bytes as a digest, so that no inline key equals a digested one.
    private const int Digested = InlineBytes + 1;

    private readonly Bytes _bytes;
    private readonly int _length;
    private readonly int _hash; // fills what would be padding: an entry stays 64 bytes

    public StoredKey(WebhookDeliveryKey key)
    {
        Span<byte> bytes = _bytes;
        if (key.TryCopyUtf8To(bytes, out _length))
        {
            _hash = Hash(Used, _length);
            return;
        }

        var rented = ArrayPool<byte>.Shared.Rent(key.Utf8Length);
        try
        {
            var written = key.CopyUtf8To(rented);
            SHA256.HashData(rented.AsSpan(0, written), bytes);
            _length = Digested;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        _hash = Hash(Used, _length);
    }

    [UnscopedRef]
    private ReadOnlySpan<byte> Used => ((ReadOnlySpan<byte>)_bytes)[..(_length == Digested ? SHA256.HashSizeInBytes : _length)];

    public bool Equals(StoredKey other) => _hash == other._hash && _length == other._length && Used.SequenceEqual(other.Used);

    public override bool Equals(object? obj) => obj is StoredKey other && Equals(other);

    public override int GetHashCode() => _hash;

    // HashCode is seeded per process, so a sender can't choose keys that crowd one bucket.
    private static int Hash(ReadOnlySpan<byte> used, int length)
    {
        var hash = default(HashCode);
        hash.AddBytes(used);
        hash.Add(length);
        return hash.ToHashCode();
    }

    [InlineArray(InlineBytes)]
    private struct Bytes
    {
        private byte _first;
    }
}
