using System.Security.Cryptography;
using NSec.Cryptography;
using NSecPublicKey = NSec.Cryptography.PublicKey;

namespace Webhooks.Verification.Keys;

/// <summary>The kind of a configured public key, which decides the algorithms it may verify.</summary>
internal enum PublicKeyKind
{
    /// <summary>An RSA key: <c>RS*</c> and <c>PS*</c>.</summary>
    Rsa,

    /// <summary>An elliptic-curve key on P-256, P-384 or P-521: ECDSA on its own curve only.</summary>
    Ec,

    /// <summary>An Ed25519 key: <c>EdDSA</c>.</summary>
    Ed25519,
}

/// <summary>
/// A public key imported once: at start-up, or when a fetched JWKS changes. ECDsa and RSA instances are not documented as safe to share between threads,
/// so each thread builds its own from the imported parameters on first use and keeps it.
/// </summary>
internal sealed class VerificationPublicKey
{
    private readonly ThreadLocal<RSA>? _rsa;
    private readonly ThreadLocal<ECDsa>? _ec;
    private readonly NSecPublicKey? _ed25519;

    private VerificationPublicKey(PublicKeyKind kind, string? curve, int sizeInBits)
    {
        Kind = kind;
        Curve = curve;
        SizeInBits = sizeInBits;
    }

    /// <summary>RSA, EC or Ed25519.</summary>
    public PublicKeyKind Kind { get; }

    /// <summary>For EC keys: <c>P-256</c>, <c>P-384</c> or <c>P-521</c>.</summary>
    public string? Curve { get; }

    /// <summary>The key size: the modulus for RSA, the field for EC, 256 for Ed25519.</summary>
    public int SizeInBits { get; }

    /// <summary>The key id (<c>kid</c>) when the key came from a JWK; a token naming another id is not checked with it.</summary>
    public string? KeyId { get; init; }

    /// <summary>The JWK's <c>alg</c>, when it restricts the key to one algorithm.</summary>
    public string? Algorithm { get; init; }

    private VerificationPublicKey(RSAParameters parameters, int bits)
        : this(PublicKeyKind.Rsa, null, bits)
    {
        _rsa = new(() => RSA.Create(parameters));
    }

    private VerificationPublicKey(ECParameters parameters, string curve, int bits)
        : this(PublicKeyKind.Ec, curve, bits)
    {
        _ec = new(() => ECDsa.Create(parameters));
    }

    private VerificationPublicKey(NSecPublicKey key)
        : this(PublicKeyKind.Ed25519, null, 256)
    {
        _ed25519 = key;
    }

    /// <summary>An RSA public key.</summary>
    public static VerificationPublicKey FromRsa(RSAParameters parameters, string? keyId = null, string? algorithm = null) =>
        new(new RSAParameters { Modulus = parameters.Modulus, Exponent = parameters.Exponent }, parameters.Modulus!.Length * 8) { KeyId = keyId, Algorithm = algorithm };

    /// <summary>An EC public key on a named NIST curve; <c>null</c> for any other curve.</summary>
    public static VerificationPublicKey? FromEc(ECParameters parameters, string? keyId = null, string? algorithm = null)
    {
        var (curve, bits) = parameters.Curve.Oid?.Value switch
        {
            "1.2.840.10045.3.1.7" => ("P-256", 256),
            "1.3.132.0.34" => ("P-384", 384),
            "1.3.132.0.35" => ("P-521", 521),
            _ => (null, 0),
        };
        if (curve is null)
        {
            return null;
        }

        var publicOnly = new ECParameters { Curve = ECCurve.CreateFromValue(parameters.Curve.Oid!.Value!), Q = parameters.Q };
        return new(publicOnly, curve, bits) { KeyId = keyId, Algorithm = algorithm };
    }

    /// <summary>An Ed25519 public key.</summary>
    public static VerificationPublicKey FromEd25519(NSecPublicKey key, string? keyId = null, string? algorithm = null) =>
        new(key) { KeyId = keyId, Algorithm = algorithm };

    /// <summary>Checks an RSA signature; false for a key of another kind or a malformed signature.</summary>
    public bool VerifyRsa(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature, HashAlgorithmName hash, RSASignaturePadding padding)
    {
        if (_rsa is null || signature.Length != (SizeInBits + 7) / 8)
        {
            return false;
        }

        try
        {
            return _rsa.Value!.VerifyData(data, signature, hash, padding);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    /// <summary>Checks an ECDSA signature in <paramref name="format"/>; false for a key of another kind or a malformed signature.</summary>
    public bool VerifyEcdsa(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature, HashAlgorithmName hash, DSASignatureFormat format)
    {
        if (_ec is null)
        {
            return false;
        }

        try
        {
            return _ec.Value!.VerifyData(data, signature, hash, format);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    /// <summary>Checks an Ed25519 signature; false for a key of another kind.</summary>
    public bool VerifyEd25519(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature) =>
        _ed25519 is not null && signature.Length == SignatureAlgorithm.Ed25519.SignatureSize && SignatureAlgorithm.Ed25519.Verify(_ed25519, data, signature);
}
