using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Webhooks.Verification.Keys;

namespace Webhooks.Verification.Jwt;

/// <summary>
/// A compact JWS in one header (FusionAuth: <c>X-FusionAuth-Signature-JWT</c>) whose claim holds the base64 SHA-256 of
/// the raw body. The token's <c>alg</c> must be allowed, and only a key of that algorithm's kind checks it: HMAC
/// secrets for <c>HS*</c>, RSA keys for <c>RS*</c>/<c>PS*</c>, EC keys on the algorithm's own curve for <c>ES*</c>,
/// Ed25519 keys for <c>EdDSA</c>, so a public key can never be used as an HMAC secret. A token naming a <c>kid</c> is
/// checked with the keys of that id and those without one. <c>exp</c> and <c>nbf</c>, when present, hold with the
/// tolerance as leeway.
/// </summary>
internal sealed class JwtVerifier : WebhookSignatureVerifier
{
    private const int BodyHashSize = 32;
    private readonly string _header;
    private readonly string? _prefix;
    private readonly string _bodyHashClaim;
    private readonly Dictionary<string, JwtAlgorithm> _allowed;
    private readonly byte[][] _secrets;
    private readonly VerificationPublicKey[] _publicKeys;
    private readonly TimeSpan? _tolerance;
    private readonly TimeProvider _clock;

    /// <summary>Creates a verifier.</summary>
    /// <param name="header">The header that carries the token.</param>
    /// <param name="prefix">Text before the token in its header, such as <c>Bearer </c>; <c>null</c> for none.</param>
    /// <param name="bodyHashClaim">The claim that holds the base64 SHA-256 of the body.</param>
    /// <param name="allowed">The algorithms accepted.</param>
    /// <param name="secrets">HMAC secrets' bytes, for <c>HS*</c>.</param>
    /// <param name="publicKeys">Public keys, for the other algorithms.</param>
    /// <param name="tolerance">Leeway for <c>exp</c> and <c>nbf</c>; <c>null</c> for none.</param>
    /// <param name="clock">The clock <c>exp</c> and <c>nbf</c> are measured against.</param>
    public JwtVerifier(
        string header,
        string? prefix,
        string bodyHashClaim,
        IEnumerable<JwtAlgorithm> allowed,
        IReadOnlyList<byte[]> secrets,
        IReadOnlyList<VerificationPublicKey> publicKeys,
        TimeSpan? tolerance,
        TimeProvider clock)
    {
        ArgumentOutOfRangeException.ThrowIfZero(secrets.Count + publicKeys.Count);
        _header = header;
        _prefix = string.IsNullOrEmpty(prefix) ? null : prefix;
        _bodyHashClaim = bodyHashClaim;
        _allowed = allowed.ToDictionary(a => a.Name, StringComparer.Ordinal);
        _secrets = [.. secrets.Select(s => s.ToArray())];
        _publicKeys = [.. publicKeys];
        _tolerance = tolerance;
        _clock = clock;
    }

    /// <inheritdoc />
    public override WebhookVerificationResult Verify(HttpRequest request, ReadOnlySpan<byte> body)
    {
        var value = SignatureInput.Header(request.Headers, _header).AsSpan().Trim();
        if (_prefix is not null && value.StartsWith(_prefix, StringComparison.OrdinalIgnoreCase))
        {
            value = value[_prefix.Length..].TrimStart();
        }

        if (value.IsEmpty)
        {
            return new(WebhookVerificationStatus.MissingHeaders);
        }

        if (CompactJws.TryRead(value) is not { } token
            || !_allowed.TryGetValue(token.Algorithm, out var algorithm)
            || !SignatureMatches(algorithm, token, value[..token.SignedLength])
            || JwtClaims.TryRead(token.Payload, _bodyHashClaim) is not { } claims
            || !BodyHashMatches(claims.BodyHash, body))
        {
            return new(WebhookVerificationStatus.InvalidSignature);
        }

        return WithinValidity(claims);
    }

    private bool SignatureMatches(JwtAlgorithm algorithm, CompactJws token, ReadOnlySpan<char> signedText)
    {
        // The signing input is the ASCII of "header.payload" as sent (the alphabet check made it ASCII).
        var buffer = ArrayPool<byte>.Shared.Rent(signedText.Length);
        try
        {
            var signed = buffer.AsSpan(0, Encoding.ASCII.GetBytes(signedText, buffer));
            if (algorithm.Family == JwtKeyFamily.Hmac)
            {
                foreach (var secret in _secrets)
                {
                    if (algorithm.VerifyHmac(secret, signed, token.Signature))
                    {
                        return true;
                    }
                }

                return false;
            }

            foreach (var key in _publicKeys)
            {
                if ((token.KeyId is null || key.KeyId is null || key.KeyId == token.KeyId) && algorithm.Verify(key, signed, token.Signature))
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

    // The claim is standard base64 of the 32-byte digest; the digests are compared, not their text.
    private static bool BodyHashMatches(string claim, ReadOnlySpan<byte> body)
    {
        Span<byte> expected = stackalloc byte[BodyHashSize];
        Span<byte> claimed = stackalloc byte[BodyHashSize];
        SHA256.HashData(body, expected);
        return claim.Length == 44 && SignatureInput.TryDecodeBase64(claim, claimed) && CryptographicOperations.FixedTimeEquals(claimed, expected);
    }

    private WebhookVerificationResult WithinValidity(JwtClaims claims)
    {
        var now = _clock.GetUtcNow().ToUnixTimeSeconds();
        var leeway = (long)(_tolerance ?? TimeSpan.Zero).TotalSeconds;
        var expired = claims.ExpiresAt is { } expires && now > expires + leeway;
        var early = claims.NotBefore is { } notBefore && now < notBefore - leeway;
        return new(expired || early ? WebhookVerificationStatus.TimestampOutOfTolerance : WebhookVerificationStatus.Valid);
    }
}
