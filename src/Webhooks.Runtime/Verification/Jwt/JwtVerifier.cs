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
/// tolerance as leeway. With a JWKS URL, the fetched keys join the configured ones; a public-key token whose <c>kid</c>
/// they lack (or any, before a first fetch) waits for a rate-limited refetch, and is answered
/// <see cref="WebhookVerificationStatus.KeysUnavailable"/> when no key set has ever been fetched and no configured key
/// checks it.
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
    private readonly JwksKeySource? _jwks;

    /// <summary>Creates a verifier.</summary>
    /// <param name="header">The header that carries the token.</param>
    /// <param name="prefix">Text before the token in its header, such as <c>Bearer </c>; <c>null</c> for none.</param>
    /// <param name="bodyHashClaim">The claim that holds the base64 SHA-256 of the body.</param>
    /// <param name="allowed">The algorithms accepted.</param>
    /// <param name="secrets">HMAC secrets' bytes, for <c>HS*</c>.</param>
    /// <param name="publicKeys">Public keys, for the other algorithms.</param>
    /// <param name="tolerance">Leeway for <c>exp</c> and <c>nbf</c>; <c>null</c> for none.</param>
    /// <param name="clock">The clock <c>exp</c> and <c>nbf</c> are measured against.</param>
    /// <param name="jwks">The keys fetched from the provider's JWKS URL, if it has one.</param>
    public JwtVerifier(
        string header,
        string? prefix,
        string bodyHashClaim,
        IEnumerable<JwtAlgorithm> allowed,
        IReadOnlyList<byte[]> secrets,
        IReadOnlyList<VerificationPublicKey> publicKeys,
        TimeSpan? tolerance,
        TimeProvider clock,
        JwksKeySource? jwks = null)
    {
        if (secrets.Count + publicKeys.Count == 0 && jwks is null)
        {
            throw new ArgumentException("A JWT verifier needs a secret, a public key or a JWKS URL.", nameof(secrets));
        }

        _header = header;
        _prefix = string.IsNullOrEmpty(prefix) ? null : prefix;
        _bodyHashClaim = bodyHashClaim;
        _allowed = allowed.ToDictionary(a => a.Name, StringComparer.Ordinal);
        _secrets = [.. secrets.Select(s => s.ToArray())];
        _publicKeys = [.. publicKeys];
        _tolerance = tolerance;
        _clock = clock;
        _jwks = jwks;
    }

    /// <inheritdoc />
    public override WebhookVerificationResult Verify(HttpRequest request, ReadOnlySpan<byte> body)
    {
        var value = TokenText(request);
        return Verify(value.Span, CompactJws.TryRead(value.Span), body, _jwks?.Current, WebhookVerificationStatus.InvalidSignature);
    }

    /// <inheritdoc />
    public override ValueTask<WebhookVerificationResult> VerifyAsync(HttpRequest request, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var value = TokenText(request);
        var token = CompactJws.TryRead(value.Span);
        var fetched = _jwks?.Current;
        return token is not null && NeedsRefetch(token, fetched)
            ? VerifyAfterRefetchAsync(value, token, body, cancellationToken)
            : new(Verify(value.Span, token, body.Span, fetched, WebhookVerificationStatus.InvalidSignature));
    }

    private async ValueTask<WebhookVerificationResult> VerifyAfterRefetchAsync(ReadOnlyMemory<char> value, CompactJws token, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var fetched = await _jwks!.RefetchAsync().WaitAsync(cancellationToken);

        // Without any fetched key, a signature no configured key matches may be one of the sender's: it can't be judged now.
        return Verify(value.Span, token, body.Span, fetched, fetched is null ? WebhookVerificationStatus.KeysUnavailable : WebhookVerificationStatus.InvalidSignature);
    }

    // A public-key token the fetched keys may check once fetched again: before any fetch, or naming a kid no key has.
    private bool NeedsRefetch(CompactJws token, JwksKeySet? fetched) =>
        _jwks is not null
        && _allowed.TryGetValue(token.Algorithm, out var algorithm)
        && algorithm.Family != JwtKeyFamily.Hmac
        && (fetched is null || (token.KeyId is { } kid && !fetched.Has(kid) && !Array.Exists(_publicKeys, k => k.KeyId == kid)));

    private ReadOnlyMemory<char> TokenText(HttpRequest request)
    {
        var value = SignatureInput.Header(request.Headers, _header).AsMemory().Trim();
        if (_prefix is not null && value.Span.StartsWith(_prefix, StringComparison.OrdinalIgnoreCase))
        {
            value = value[_prefix.Length..].TrimStart();
        }

        return value;
    }

    private WebhookVerificationResult Verify(ReadOnlySpan<char> value, CompactJws? token, ReadOnlySpan<byte> body, JwksKeySet? fetched, WebhookVerificationStatus noKeyMatched)
    {
        if (value.IsEmpty)
        {
            return new(WebhookVerificationStatus.MissingHeaders);
        }

        if (token is null || !_allowed.TryGetValue(token.Algorithm, out var algorithm))
        {
            return new(WebhookVerificationStatus.InvalidSignature);
        }

        if (!SignatureMatches(algorithm, token, value[..token.SignedLength], fetched))
        {
            return new(noKeyMatched);
        }

        if (JwtClaims.TryRead(token.Payload, _bodyHashClaim) is not { } claims || !BodyHashMatches(claims.BodyHash, body))
        {
            return new(WebhookVerificationStatus.InvalidSignature);
        }

        return WithinValidity(claims);
    }

    private bool SignatureMatches(JwtAlgorithm algorithm, CompactJws token, ReadOnlySpan<char> signedText, JwksKeySet? fetched)
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

            return AnyKeyVerifies(_publicKeys, algorithm, token, signed)
                || (fetched is not null && AnyKeyVerifies(fetched.Keys, algorithm, token, signed));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool AnyKeyVerifies(IReadOnlyList<VerificationPublicKey> keys, JwtAlgorithm algorithm, CompactJws token, ReadOnlySpan<byte> signed)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            if ((token.KeyId is null || key.KeyId is null || key.KeyId == token.KeyId) && algorithm.Verify(key, signed, token.Signature))
            {
                return true;
            }
        }

        return false;
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
