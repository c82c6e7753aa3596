using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Webhooks.Verification;

/// <summary>
/// Compares credentials sent as they are (tokens, Basic passwords) without leaking them through timing: both sides
/// are reduced to an HMAC-SHA256 under a key made at random for this instance, and the fixed-length digests are
/// compared with <see cref="CryptographicOperations.FixedTimeEquals"/>. Comparing the raw values would return early
/// on a length mismatch and so tell the length; the random key also stops precomputed guesses.
/// </summary>
internal sealed class CredentialDigest
{
    /// <summary>The size of a digest.</summary>
    public const int Size = HMACSHA256.HashSizeInBytes;

    // Values up to this many bytes are digested from the stack; longer ones from a pooled array.
    private const int StackLimit = 256;

    private readonly ReusableHmac _hmac = new(HashAlgorithmName.SHA256, RandomNumberGenerator.GetBytes(32));

    /// <summary>The digest of <paramref name="value"/>.</summary>
    public byte[] Of(ReadOnlySpan<byte> value)
    {
        var digest = new byte[Size];
        _hmac.Compute(value, digest);
        return digest;
    }

    /// <summary>Writes the digest of <paramref name="value"/> to <paramref name="destination"/> (<see cref="Size"/> bytes).</summary>
    public void Compute(ReadOnlySpan<byte> value, Span<byte> destination) => _hmac.Compute(value, destination);

    /// <summary>Writes the digest of the UTF-8 bytes of <paramref name="value"/> to <paramref name="destination"/>.</summary>
    public void Compute(ReadOnlySpan<char> value, Span<byte> destination)
    {
        var length = Encoding.UTF8.GetMaxByteCount(value.Length);
        byte[]? rented = null;
        var buffer = length <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var written = Encoding.UTF8.GetBytes(value, buffer);
            _hmac.Compute(buffer[..written], destination);
        }
        finally
        {
            if (rented is not null)
            {
                CryptographicOperations.ZeroMemory(rented); // it held a credential
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
