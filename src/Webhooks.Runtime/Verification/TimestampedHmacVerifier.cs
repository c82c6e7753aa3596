using System.Buffers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Webhooks.Verification;

/// <summary>
/// The schemes that sign <c>{prefix}{timestamp}{separator}{body}</c> with HMAC-SHA256, hex, in one header (Stripe,
/// Slack, and the providers <see cref="DescribedTimestampedHmacVerifier"/> reads from their descriptors): any configured
/// key may have signed a delivery, and the signed timestamp must lie within the tolerance. A scheme says where its
/// timestamp is and how its header lists signatures.
/// </summary>
internal abstract class TimestampedHmacVerifier : WebhookSignatureVerifier
{
    /// <summary>The size of an HMAC-SHA256.</summary>
    protected const int HashSize = 32;

    private readonly string _signatureHeader;
    private readonly string _signedPrefix;
    private readonly char _separator;
    private readonly char _headerJoin;
    private readonly TimestampUnit _unit;
    private readonly ReusableHmac[] _keys;
    private readonly TimeSpan? _tolerance;
    private readonly TimeProvider _clock;

    /// <summary>Creates a verifier.</summary>
    /// <param name="signatureHeader">The header that holds the signatures.</param>
    /// <param name="signedPrefix">What the signed content starts with, before the timestamp.</param>
    /// <param name="separator">What separates the timestamp from the body in the signed content.</param>
    /// <param name="keys">The signing secrets' UTF-8 bytes; any of them may have signed a delivery.</param>
    /// <param name="tolerance">How far the signed timestamp may be from now, either way; <c>null</c> skips the check.</param>
    /// <param name="clock">The clock the tolerance is measured against.</param>
    /// <param name="unit">What the signed timestamp counts.</param>
    /// <param name="headerJoin">What joins the values of a signature header sent more than once: its item separator.</param>
    protected TimestampedHmacVerifier(
        string signatureHeader, string signedPrefix, char separator, IReadOnlyList<byte[]> keys, TimeSpan? tolerance, TimeProvider clock,
        TimestampUnit unit = TimestampUnit.Seconds, char headerJoin = ',')
    {
        ArgumentOutOfRangeException.ThrowIfZero(keys.Count);
        _signatureHeader = signatureHeader;
        _signedPrefix = signedPrefix;
        _separator = separator;
        _headerJoin = headerJoin;
        _unit = unit;
        _keys = ReusableHmac.ForKeys(keys, HashAlgorithmName.SHA256);
        _tolerance = tolerance;
        _clock = clock;
    }

    /// <inheritdoc />
    public sealed override WebhookVerificationResult Verify(HttpRequest request, ReadOnlySpan<byte> body)
    {
        var signatures = SignatureInput.Header(request.Headers, _signatureHeader, _headerJoin);
        if (signatures.Length == 0 || !TryFindTimestamp(request.Headers, signatures, out var timestamp))
        {
            return new(WebhookVerificationStatus.MissingHeaders);
        }

        if (!SignatureInput.TryParseUnixTime(timestamp, _unit, out var signedAt) || !AnyKeySigned(timestamp, body, signatures))
        {
            return new(WebhookVerificationStatus.InvalidSignature);
        }

        return SignedAt(signedAt, _tolerance, _clock);
    }

    /// <summary>Finds the signed timestamp's text; <c>false</c> when the header that should hold it is absent.</summary>
    /// <param name="headers">The request's headers.</param>
    /// <param name="signatures">The signature header's value.</param>
    /// <param name="timestamp">The timestamp's text, empty when the signature header names none.</param>
    protected abstract bool TryFindTimestamp(IHeaderDictionary headers, string signatures, out ReadOnlySpan<char> timestamp);

    /// <summary>Whether the signature header lists <paramref name="expected"/>, compared in constant time.</summary>
    /// <param name="signatures">The signature header's value.</param>
    /// <param name="expected">One key's HMAC of the signed content.</param>
    protected abstract bool Lists(string signatures, ReadOnlySpan<byte> expected);

    private bool AnyKeySigned(ReadOnlySpan<char> timestamp, ReadOnlySpan<byte> body, string signatures)
    {
        var buffer = SignatureInput.RentTimestamped(_signedPrefix, timestamp, _separator, body, out var length);
        try
        {
            Span<byte> expected = stackalloc byte[HashSize];
            foreach (var key in _keys)
            {
                key.Compute(buffer.AsSpan(0, length), expected);
                if (Lists(signatures, expected))
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
