using System.Buffers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Webhooks.Verification;

/// <summary>
/// Slack: HMAC-SHA256 over <c>v0:{X-Slack-Request-Timestamp}:{body}</c>, hex, in
/// <c>X-Slack-Signature: v0=&lt;hex&gt;</c>. The signing secret is used as UTF-8 although it looks like hex.
/// </summary>
internal sealed class SlackVerifier : WebhookSignatureVerifier
{
    /// <summary>The signature header.</summary>
    public const string SignatureHeader = "X-Slack-Signature";

    /// <summary>The signed timestamp header (unix seconds).</summary>
    public const string TimestampHeader = "X-Slack-Request-Timestamp";

    private const int HashSize = 32;
    private const string Version = "v0";
    private readonly ReusableHmac[] _keys;
    private readonly TimeSpan? _tolerance;
    private readonly TimeProvider _clock;

    /// <summary>Creates a verifier.</summary>
    /// <param name="keys">The signing secrets' UTF-8 bytes; any of them may have signed a delivery.</param>
    /// <param name="tolerance">How far the signed timestamp may be from now, either way; <c>null</c> skips the check.</param>
    /// <param name="clock">The clock the tolerance is measured against.</param>
    public SlackVerifier(IReadOnlyList<byte[]> keys, TimeSpan? tolerance, TimeProvider clock)
    {
        ArgumentOutOfRangeException.ThrowIfZero(keys.Count);
        _keys = ReusableHmac.ForKeys(keys, HashAlgorithmName.SHA256);
        _tolerance = tolerance;
        _clock = clock;
    }

    /// <inheritdoc />
    public override WebhookVerificationResult Verify(HttpRequest request, ReadOnlySpan<byte> body)
    {
        var signature = SignatureInput.Header(request.Headers, SignatureHeader);
        var timestampText = SignatureInput.Header(request.Headers, TimestampHeader);
        if (signature.Length == 0 || timestampText.Length == 0)
        {
            return new(WebhookVerificationStatus.MissingHeaders);
        }

        Span<byte> candidate = stackalloc byte[HashSize];
        if (!SignatureInput.TryParseUnixSeconds(timestampText, out var seconds)
            || !signature.StartsWith(Version + "=", StringComparison.Ordinal)
            || !SignatureInput.TryDecodeHex(signature.AsSpan(Version.Length + 1), candidate)
            || !SignatureMatches(timestampText, body, candidate))
        {
            return new(WebhookVerificationStatus.InvalidSignature);
        }

        return SignedAt(seconds, _tolerance, _clock);
    }

    private bool SignatureMatches(string timestamp, ReadOnlySpan<byte> body, ReadOnlySpan<byte> candidate)
    {
        var buffer = SignatureInput.RentTimestamped(Version + ":", timestamp, ':', body, out var length);
        try
        {
            Span<byte> expected = stackalloc byte[HashSize];
            foreach (var key in _keys)
            {
                key.Compute(buffer.AsSpan(0, length), expected);
                if (CryptographicOperations.FixedTimeEquals(candidate, expected))
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
}
