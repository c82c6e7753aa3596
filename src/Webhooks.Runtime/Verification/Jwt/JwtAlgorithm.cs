using System.Security.Cryptography;
using Webhooks.Verification.Keys;

namespace Webhooks.Verification.Jwt;

/// <summary>The kind of key an <c>alg</c> needs: a token is only ever checked with a key of its algorithm's kind.</summary>
internal enum JwtKeyFamily
{
    /// <summary>An HMAC secret (<c>HS*</c>).</summary>
    Hmac,

    /// <summary>An RSA public key, PKCS#1 v1.5 padding (<c>RS*</c>).</summary>
    Rsa,

    /// <summary>An RSA public key, PSS padding (<c>PS*</c>).</summary>
    RsaPss,

    /// <summary>An EC public key on the algorithm's curve (<c>ES*</c>).</summary>
    Ecdsa,

    /// <summary>An Ed25519 public key (<c>EdDSA</c>).</summary>
    EdDsa,
}

/// <summary>A JWS <c>alg</c> this library verifies (RFC 7518, RFC 8037); <c>none</c> is not one of them.</summary>
/// <param name="Name">The <c>alg</c> value, case-sensitive.</param>
/// <param name="Family">The kind of key it takes.</param>
/// <param name="Hash">The hash it signs.</param>
/// <param name="Curve">For ECDSA: the only curve its key may be on.</param>
internal sealed record JwtAlgorithm(string Name, JwtKeyFamily Family, HashAlgorithmName Hash, string? Curve = null)
{
    /// <summary>Every supported algorithm.</summary>
    public static IReadOnlyList<JwtAlgorithm> All { get; } =
    [
        new("HS256", JwtKeyFamily.Hmac, HashAlgorithmName.SHA256),
        new("HS384", JwtKeyFamily.Hmac, HashAlgorithmName.SHA384),
        new("HS512", JwtKeyFamily.Hmac, HashAlgorithmName.SHA512),
        new("RS256", JwtKeyFamily.Rsa, HashAlgorithmName.SHA256),
        new("RS384", JwtKeyFamily.Rsa, HashAlgorithmName.SHA384),
        new("RS512", JwtKeyFamily.Rsa, HashAlgorithmName.SHA512),
        new("PS256", JwtKeyFamily.RsaPss, HashAlgorithmName.SHA256),
        new("PS384", JwtKeyFamily.RsaPss, HashAlgorithmName.SHA384),
        new("PS512", JwtKeyFamily.RsaPss, HashAlgorithmName.SHA512),
        new("ES256", JwtKeyFamily.Ecdsa, HashAlgorithmName.SHA256, "P-256"),
        new("ES384", JwtKeyFamily.Ecdsa, HashAlgorithmName.SHA384, "P-384"),
        new("ES512", JwtKeyFamily.Ecdsa, HashAlgorithmName.SHA512, "P-521"),
        new("EdDSA", JwtKeyFamily.EdDsa, HashAlgorithmName.SHA512),
    ];

    /// <summary>The algorithms accepted when neither the provider nor the options name any: all but <c>PS*</c>.</summary>
    public static IReadOnlyList<string> DefaultNames { get; } = ["HS256", "HS384", "HS512", "RS256", "RS384", "RS512", "ES256", "ES384", "ES512", "EdDSA"];

    /// <summary>The smallest RSA modulus accepted at start-up (RFC 7518 §3.3 asks for 2048 bits).</summary>
    public const int MinimumRsaBits = 2048;

    /// <summary>The algorithm named exactly <paramref name="name"/>, or <c>null</c> (for <c>none</c> too).</summary>
    public static JwtAlgorithm? Find(string name)
    {
        foreach (var algorithm in All)
        {
            if (algorithm.Name == name)
            {
                return algorithm;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="key"/> may verify this algorithm: its kind, its curve and any <c>alg</c> its JWK names.</summary>
    public bool Accepts(VerificationPublicKey key) =>
        (key.Algorithm is null || key.Algorithm == Name) && Family switch
        {
            JwtKeyFamily.Rsa or JwtKeyFamily.RsaPss => key.Kind == PublicKeyKind.Rsa,
            JwtKeyFamily.Ecdsa => key.Kind == PublicKeyKind.Ec && key.Curve == Curve,
            JwtKeyFamily.EdDsa => key.Kind == PublicKeyKind.Ed25519,
            _ => false,
        };

    /// <summary>Checks <paramref name="signature"/> over <paramref name="signed"/> with a public key of this algorithm's kind.</summary>
    public bool Verify(VerificationPublicKey key, ReadOnlySpan<byte> signed, ReadOnlySpan<byte> signature) => Accepts(key) && Family switch
    {
        JwtKeyFamily.Rsa => key.VerifyRsa(signed, signature, Hash, RSASignaturePadding.Pkcs1),
        JwtKeyFamily.RsaPss => key.VerifyRsa(signed, signature, Hash, RSASignaturePadding.Pss),

        // JWS writes ECDSA signatures as r || s of the curve's size, not as DER.
        JwtKeyFamily.Ecdsa => signature.Length == 2 * ((key.SizeInBits + 7) / 8)
            && key.VerifyEcdsa(signed, signature, Hash, DSASignatureFormat.IeeeP1363FixedFieldConcatenation),
        JwtKeyFamily.EdDsa => key.VerifyEd25519(signed, signature),
        _ => false,
    };

    /// <summary>Checks an HMAC signature under <paramref name="secret"/>, in constant time.</summary>
    public bool VerifyHmac(byte[] secret, ReadOnlySpan<byte> signed, ReadOnlySpan<byte> signature)
    {
        if (Family != JwtKeyFamily.Hmac)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[HMACSHA512.HashSizeInBytes];
        var written = Hash == HashAlgorithmName.SHA256 ? HMACSHA256.HashData(secret, signed, expected)
            : Hash == HashAlgorithmName.SHA384 ? HMACSHA384.HashData(secret, signed, expected)
            : HMACSHA512.HashData(secret, signed, expected);

        // Both sides are the hash's size before the comparison, so its time says nothing about the secret.
        return signature.Length == written && CryptographicOperations.FixedTimeEquals(signature, expected[..written]);
    }
}
