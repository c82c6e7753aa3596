using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Webhooks.Verification;

/// <summary>
/// Slack: HMAC-SHA256 over <c>v0:{X-Slack-Request-Timestamp}:{body}</c>, hex, in
/// <c>X-Slack-Signature: v0=&lt;hex&gt;</c>. The signing secret is used as UTF-8 although it looks like hex.
/// </summary>
/// <param name="keys">The signing secrets' UTF-8 bytes; any of them may have signed a delivery.</param>
/// <param name="tolerance">How far the signed timestamp may be from now, either way; <c>null</c> skips the check.</param>
/// <param name="clock">The clock the tolerance is measured against.</param>
internal sealed class SlackVerifier(IReadOnlyList<byte[]> keys, TimeSpan? tolerance, TimeProvider clock)
    : TimestampedHmacVerifier(SignatureHeader, Version + ":", ':', keys, tolerance, clock)
{
    /// <summary>The signature header.</summary>
    public const string SignatureHeader = "X-Slack-Signature";

    /// <summary>The signed timestamp header (unix seconds).</summary>
    public const string TimestampHeader = "X-Slack-Request-Timestamp";

    private const string Version = "v0";

    /// <inheritdoc />
    protected override bool TryFindTimestamp(IHeaderDictionary headers, string signatures, out ReadOnlySpan<char> timestamp)
    {
        timestamp = SignatureInput.Header(headers, TimestampHeader);
        return timestamp.Length > 0;
    }

    /// <inheritdoc />
    protected override bool Lists(string signatures, ReadOnlySpan<byte> expected)
    {
        Span<byte> candidate = stackalloc byte[HashSize];
        return signatures.StartsWith(Version + "=", StringComparison.Ordinal)
            && SignatureInput.TryDecodeHex(signatures.AsSpan(Version.Length + 1), candidate)
            && CryptographicOperations.FixedTimeEquals(candidate, expected);
    }
}
