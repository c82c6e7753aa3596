using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Webhooks.Verification.Keys;

namespace Webhooks.Verification;

/// <summary>
/// ECDSA P-256 / SHA-256 over the timestamp header's text immediately followed by the raw body, the signature base64
/// of its DER encoding (SendGrid's Event Webhook: <c>X-Twilio-Email-Event-Webhook-Signature</c> and
/// <c>-Timestamp</c>). Any configured public key may have signed; the timestamp is held to the tolerance.
/// </summary>
internal sealed class EcdsaTimestampedVerifier : WebhookSignatureVerifier
{
    // A DER SEQUENCE of two INTEGERs of up to 33 bytes each: at most 72 bytes, 96 base64 characters.
    private const int MaxSignatureBytes = 72;
    private const int MaxSignatureChars = 96;
    private readonly string _signatureHeader;
    private readonly string _timestampHeader;
    private readonly VerificationPublicKey[] _keys;
    private readonly TimeSpan? _tolerance;
    private readonly TimeProvider _clock;

    /// <summary>Creates a verifier.</summary>
    /// <param name="signatureHeader">The header that carries the base64 signature.</param>
    /// <param name="timestampHeader">The header that carries the signed unix timestamp.</param>
    /// <param name="keys">P-256 public keys; any of them may have signed a delivery.</param>
    /// <param name="tolerance">How far the signed timestamp may be from now, either way; <c>null</c> skips the check.</param>
    /// <param name="clock">The clock the tolerance is measured against.</param>
    public EcdsaTimestampedVerifier(string signatureHeader, string timestampHeader, IReadOnlyList<VerificationPublicKey> keys, TimeSpan? tolerance, TimeProvider clock)
    {
        ArgumentOutOfRangeException.ThrowIfZero(keys.Count);
        if (keys.Any(key => key.Kind != PublicKeyKind.Ec || key.Curve != "P-256"))
        {
            throw new ArgumentException("Every key must be a P-256 public key.", nameof(keys));
        }

        _signatureHeader = signatureHeader;
        _timestampHeader = timestampHeader;
        _keys = [.. keys];
        _tolerance = tolerance;
        _clock = clock;
    }

    /// <inheritdoc />
    public override WebhookVerificationResult Verify(HttpRequest request, ReadOnlySpan<byte> body)
    {
        var signatureText = SignatureInput.Header(request.Headers, _signatureHeader);
        var timestampText = SignatureInput.Header(request.Headers, _timestampHeader);
        if (signatureText.Length == 0 || timestampText.Length == 0)
        {
            return new(WebhookVerificationStatus.MissingHeaders);
        }

        Span<byte> signature = stackalloc byte[MaxSignatureBytes];
        if (!SignatureInput.TryParseUnixSeconds(timestampText, out var seconds)
            || signatureText.Length > MaxSignatureChars
            || !Convert.TryFromBase64String(signatureText, signature, out var written)
            || !SignatureMatches(timestampText, body, signature[..written]))
        {
            return new(WebhookVerificationStatus.InvalidSignature);
        }

        return SignedAt(seconds, _tolerance, _clock);
    }

    private bool SignatureMatches(string timestamp, ReadOnlySpan<byte> body, ReadOnlySpan<byte> signature)
    {
        // The signed bytes are the timestamp header verbatim (digits, so ASCII), then the body: no separator.
        var length = timestamp.Length + body.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = Encoding.ASCII.GetBytes(timestamp, buffer);
            body.CopyTo(buffer.AsSpan(written));
            var signed = buffer.AsSpan(0, length);
            foreach (var key in _keys)
            {
                if (key.VerifyEcdsa(signed, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence))
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
