using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Webhooks.Verification;

/// <summary>
/// Standard Webhooks v1: HMAC-SHA256 over <c>{webhook-id}.{webhook-timestamp}.{body}</c>, base64, in
/// <c>webhook-signature</c> as space-separated <c>v1,&lt;base64&gt;</c> entries, any of which may match any
/// configured key. The <c>svix-*</c> header names are accepted too.
/// </summary>
public sealed class StandardWebhooksVerifier : WebhookSignatureVerifier
{
    private const int HashSize = 32;
    private readonly byte[][] _keys;
    private readonly TimeSpan? _tolerance;
    private readonly TimeProvider _clock;

    /// <summary>Creates a verifier.</summary>
    /// <param name="keys">The decoded signing keys; any of them may have signed a delivery.</param>
    /// <param name="tolerance">How far the signed timestamp may be from now; <c>null</c> skips the check.</param>
    /// <param name="clock">The clock the tolerance is measured against.</param>
    public StandardWebhooksVerifier(IReadOnlyList<byte[]> keys, TimeSpan? tolerance, TimeProvider clock)
    {
        ArgumentOutOfRangeException.ThrowIfZero(keys.Count);
        _keys = [.. keys];
        _tolerance = tolerance;
        _clock = clock;
    }

    /// <inheritdoc />
    public override WebhookVerificationResult Verify(HttpRequest request, ReadOnlySpan<byte> body)
    {
        var headers = request.Headers;
        var id = Header(headers, "webhook-id", "svix-id");
        var timestampText = Header(headers, "webhook-timestamp", "svix-timestamp");
        var signatures = Header(headers, "webhook-signature", "svix-signature");
        if (id.Length == 0 || timestampText.Length == 0 || signatures.Length == 0)
        {
            return new(WebhookVerificationStatus.MissingHeaders);
        }

        if (!long.TryParse(timestampText, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return new(WebhookVerificationStatus.InvalidSignature);
        }

        if (!SignatureMatches(id, timestampText, body, signatures))
        {
            return new(WebhookVerificationStatus.InvalidSignature);
        }

        var timestamp = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return IsWithinTolerance(timestamp, _tolerance, _clock)
            ? new(WebhookVerificationStatus.Valid, timestamp)
            : new(WebhookVerificationStatus.TimestampOutOfTolerance, timestamp);
    }

    private bool SignatureMatches(string id, string timestamp, ReadOnlySpan<byte> body, string signatures)
    {
        // The signed content is "{id}.{timestamp}.{body}"; build it once in a pooled buffer.
        var length = Encoding.UTF8.GetByteCount(id) + timestamp.Length + body.Length + 2;
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = Encoding.UTF8.GetBytes(id, buffer);
            buffer[written++] = (byte)'.';
            written += Encoding.ASCII.GetBytes(timestamp, buffer.AsSpan(written));
            buffer[written++] = (byte)'.';
            body.CopyTo(buffer.AsSpan(written));
            var signed = buffer.AsSpan(0, length);

            Span<byte> expected = stackalloc byte[HashSize];
            foreach (var key in _keys)
            {
                HMACSHA256.HashData(key, signed, expected);
                if (AnyEntryMatches(signatures, expected))
                {
                    return true;
                }
            }

            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool AnyEntryMatches(ReadOnlySpan<char> signatures, ReadOnlySpan<byte> expected)
    {
        Span<byte> candidate = stackalloc byte[HashSize + 3];
        foreach (var range in signatures.Split(' '))
        {
            var entry = signatures[range];
            // Entries of other versions (v1a, v2, …) are skipped, as the specification asks.
            if (!entry.StartsWith("v1,", StringComparison.Ordinal))
            {
                continue;
            }

            if (Convert.TryFromBase64Chars(entry[3..], candidate, out var written)
                && written == HashSize
                && CryptographicOperations.FixedTimeEquals(candidate[..written], expected))
            {
                return true;
            }
        }

        return false;
    }

    private static string Header(IHeaderDictionary headers, string name, string fallback)
    {
        StringValues value = headers[name];
        if (StringValues.IsNullOrEmpty(value))
        {
            value = headers[fallback];
        }

        return value.Count == 1 ? value[0] ?? "" : value.ToString();
    }
}
