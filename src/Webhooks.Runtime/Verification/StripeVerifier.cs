using System.Buffers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Webhooks.Verification;

/// <summary>
/// Stripe: HMAC-SHA256 over <c>{t}.{body}</c>, hex, in <c>Stripe-Signature: t=…,v1=…[,v1=…][,v0=…]</c>. Any
/// <c>v1</c> entry may match any configured key (Stripe sends one per secret while a secret is rolled);
/// <c>v0</c> (test-mode legacy) entries are ignored. The <c>whsec_</c> secret is used verbatim as UTF-8.
/// </summary>
internal sealed class StripeVerifier : WebhookSignatureVerifier
{
    /// <summary>The header Stripe signs in.</summary>
    public const string SignatureHeader = "Stripe-Signature";

    private const int HashSize = 32;
    private readonly ReusableHmac[] _keys;
    private readonly TimeSpan? _tolerance;
    private readonly TimeProvider _clock;

    /// <summary>Creates a verifier.</summary>
    /// <param name="keys">The signing secrets' UTF-8 bytes; any of them may have signed a delivery.</param>
    /// <param name="tolerance">How far the signed timestamp may be from now, either way; <c>null</c> skips the check.</param>
    /// <param name="clock">The clock the tolerance is measured against.</param>
    public StripeVerifier(IReadOnlyList<byte[]> keys, TimeSpan? tolerance, TimeProvider clock)
    {
        ArgumentOutOfRangeException.ThrowIfZero(keys.Count);
        _keys = ReusableHmac.ForKeys(keys, HashAlgorithmName.SHA256);
        _tolerance = tolerance;
        _clock = clock;
    }

    /// <inheritdoc />
    public override WebhookVerificationResult Verify(HttpRequest request, ReadOnlySpan<byte> body)
    {
        var header = SignatureInput.Header(request.Headers, SignatureHeader);
        if (header.Length == 0)
        {
            return new(WebhookVerificationStatus.MissingHeaders);
        }

        var timestampText = FirstValue(header, "t");
        if (!SignatureInput.TryParseUnixSeconds(timestampText, out var seconds) || !SignatureMatches(header, timestampText, body))
        {
            return new(WebhookVerificationStatus.InvalidSignature);
        }

        return SignedAt(seconds, _tolerance, _clock);
    }

    private bool SignatureMatches(string header, ReadOnlySpan<char> timestamp, ReadOnlySpan<byte> body)
    {
        var buffer = SignatureInput.RentTimestamped([], timestamp, '.', body, out var length);
        try
        {
            Span<byte> expected = stackalloc byte[HashSize];
            foreach (var key in _keys)
            {
                key.Compute(buffer.AsSpan(0, length), expected);
                if (AnyV1Matches(header, expected))
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

    private static bool AnyV1Matches(ReadOnlySpan<char> header, ReadOnlySpan<byte> expected)
    {
        Span<byte> candidate = stackalloc byte[HashSize];
        foreach (var range in header.Split(','))
        {
            var item = header[range].Trim();
            if (item.StartsWith("v1=", StringComparison.Ordinal)
                && SignatureInput.TryDecodeHex(item[3..], candidate)
                && CryptographicOperations.FixedTimeEquals(candidate, expected))
            {
                return true;
            }
        }

        return false;
    }

    // The value of the first "{name}=…" item; empty when there is none.
    private static ReadOnlySpan<char> FirstValue(ReadOnlySpan<char> header, string name)
    {
        foreach (var range in header.Split(','))
        {
            var item = header[range].Trim();
            if (item.Length > name.Length && item.StartsWith(name, StringComparison.Ordinal) && item[name.Length] == '=')
            {
                return item[(name.Length + 1)..];
            }
        }

        return [];
    }
}
