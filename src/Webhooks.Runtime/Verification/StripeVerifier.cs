using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Webhooks.Verification;

/// <summary>
/// Stripe: HMAC-SHA256 over <c>{t}.{body}</c>, hex, in <c>Stripe-Signature: t=…,v1=…[,v1=…][,v0=…]</c>. Any
/// <c>v1</c> entry may match any configured key (Stripe sends one per secret while a secret is rolled);
/// <c>v0</c> (test-mode legacy) entries are ignored. The <c>whsec_</c> secret is used verbatim as UTF-8.
/// </summary>
/// <param name="keys">The signing secrets' UTF-8 bytes; any of them may have signed a delivery.</param>
/// <param name="tolerance">How far the signed timestamp may be from now, either way; <c>null</c> skips the check.</param>
/// <param name="clock">The clock the tolerance is measured against.</param>
internal sealed class StripeVerifier(IReadOnlyList<byte[]> keys, TimeSpan? tolerance, TimeProvider clock)
    : TimestampedHmacVerifier(SignatureHeader, "", '.', keys, tolerance, clock)
{
    /// <summary>The header Stripe signs in.</summary>
    public const string SignatureHeader = "Stripe-Signature";

    /// <inheritdoc />
    protected override bool TryFindTimestamp(IHeaderDictionary headers, string signatures, out ReadOnlySpan<char> timestamp)
    {
        // A header without t= is a bad signature, not a missing header.
        timestamp = FirstValue(signatures, "t");
        return true;
    }

    /// <inheritdoc />
    protected override bool Lists(string signatures, ReadOnlySpan<byte> expected) => AnyV1Matches(signatures, expected);

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
