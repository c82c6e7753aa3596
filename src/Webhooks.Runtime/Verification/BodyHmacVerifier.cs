using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Webhooks.Providers;

namespace Webhooks.Verification;

/// <summary>
/// An HMAC over the body alone, in one header with an optional prefix: GitHub (<c>X-Hub-Signature-256:
/// sha256=&lt;hex&gt;</c>), Shopify, Hookdeck and OpenFX (base64), Vercel (HMAC-SHA1, hex) and the generic
/// provider. Nothing is timestamped, so nothing here stops a replay: deduplicate on the delivery id.
/// </summary>
internal sealed class BodyHmacVerifier : WebhookSignatureVerifier
{
    private readonly ReusableHmac[] _keys;
    private readonly string _header;
    private readonly string _prefix;
    private readonly SignatureEncoding _encoding;
    private readonly int _hashSize;

    /// <summary>Creates a verifier.</summary>
    /// <param name="keys">The secrets' key bytes; any of them may have signed a delivery.</param>
    /// <param name="header">The header holding the signature.</param>
    /// <param name="prefix">Text before the signature, such as <c>sha256=</c>; <c>null</c> or empty for none.</param>
    /// <param name="algorithm">The HMAC's hash.</param>
    /// <param name="encoding">How the signature is written: hex (either case) or base64.</param>
    public BodyHmacVerifier(IReadOnlyList<byte[]> keys, string header, string? prefix, HmacAlgorithm algorithm, SignatureEncoding encoding)
    {
        ArgumentOutOfRangeException.ThrowIfZero(keys.Count);
        ArgumentException.ThrowIfNullOrEmpty(header);
        _keys = ReusableHmac.ForKeys(keys, algorithm switch
        {
            HmacAlgorithm.Sha256 => HashAlgorithmName.SHA256,
            HmacAlgorithm.Sha1 => HashAlgorithmName.SHA1,
            _ => throw new ArgumentOutOfRangeException(nameof(algorithm)),
        });
        _header = header;
        _prefix = prefix ?? "";
        _encoding = encoding;
        _hashSize = _keys[0].HashSize;
    }

    /// <inheritdoc />
    public override WebhookVerificationResult Verify(HttpRequest request, ReadOnlySpan<byte> body)
    {
        var value = SignatureInput.Header(request.Headers, _header);
        if (value.Length == 0)
        {
            return new(WebhookVerificationStatus.MissingHeaders);
        }

        Span<byte> candidate = stackalloc byte[_hashSize];
        if (!value.StartsWith(_prefix, StringComparison.OrdinalIgnoreCase) || !TryDecode(value.AsSpan(_prefix.Length), candidate))
        {
            return new(WebhookVerificationStatus.InvalidSignature);
        }

        Span<byte> expected = stackalloc byte[_hashSize];
        foreach (var key in _keys)
        {
            key.Compute(body, expected);
            if (CryptographicOperations.FixedTimeEquals(candidate, expected))
            {
                return new(WebhookVerificationStatus.Valid);
            }
        }

        return new(WebhookVerificationStatus.InvalidSignature);
    }

    private bool TryDecode(ReadOnlySpan<char> text, Span<byte> destination) => _encoding == SignatureEncoding.Hex
        ? SignatureInput.TryDecodeHex(text, destination)
        : SignatureInput.TryDecodeBase64(text, destination);
}
