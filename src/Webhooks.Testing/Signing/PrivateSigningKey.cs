using System.Security.Cryptography;
using NSec.Cryptography;

namespace Webhooks.Testing.Signing;

/// <summary>
/// A sender's private key for the public-key schemes, read from PKCS#8 (PEM <c>PRIVATE KEY</c>, or base64 of its DER):
/// an EC key (P-256, P-384, P-521), an RSA key or an Ed25519 key. Signs as JWS and SendGrid do.
/// </summary>
internal sealed class PrivateSigningKey : IDisposable
{
    private readonly ECDsa? _ec;
    private readonly RSA? _rsa;
    private readonly Key? _ed25519;

    private PrivateSigningKey(ECDsa? ec, RSA? rsa, Key? ed25519)
    {
        _ec = ec;
        _rsa = rsa;
        _ed25519 = ed25519;
    }

    /// <summary>The JWS <c>alg</c> that goes with this key: <c>ES256</c>/<c>ES384</c>/<c>ES512</c> by curve, <c>RS256</c>, <c>EdDSA</c>.</summary>
    public string DefaultJwtAlgorithm => _ec?.KeySize switch
    {
        256 => "ES256",
        384 => "ES384",
        521 => "ES512",
        null => _rsa is not null ? "RS256" : "EdDSA",
        _ => throw new NotSupportedException("Only P-256, P-384 and P-521 EC keys sign JWTs."),
    };

    /// <summary>Reads a PKCS#8 private key, or <c>null</c> when <paramref name="text"/> isn't one.</summary>
    public static PrivateSigningKey? TryRead(string text)
    {
        byte[] der;
        text = text.Trim();
        try
        {
            der = text.Contains("-----BEGIN", StringComparison.Ordinal)
                ? PemEncoding.TryFind(text, out var fields) && text[fields.Label] == "PRIVATE KEY" ? Convert.FromBase64String(text[fields.Base64Data]) : []
                : Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            return null;
        }

        if (der.Length == 0)
        {
            return null;
        }

        var ec = ECDsa.Create();
        if (Imports(() => ec.ImportPkcs8PrivateKey(der, out _)))
        {
            return new PrivateSigningKey(ec, null, null);
        }

        ec.Dispose();
        var rsa = RSA.Create();
        if (Imports(() => rsa.ImportPkcs8PrivateKey(der, out _)))
        {
            return new PrivateSigningKey(null, rsa, null);
        }

        rsa.Dispose();
        return Key.TryImport(SignatureAlgorithm.Ed25519, der, KeyBlobFormat.PkixPrivateKey, out var ed25519) && ed25519 is not null
            ? new PrivateSigningKey(null, null, ed25519)
            : null;
    }

    /// <summary>ECDSA P-256 / SHA-256, the DER signature SendGrid sends.</summary>
    public byte[] SignEcdsaP256Der(byte[] data) =>
        _ec is { KeySize: 256 }
            ? _ec.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence)
            : throw new InvalidOperationException("SendGrid signs with a P-256 key: pass a PKCS#8 P-256 private key (WebhookKeyPair.CreateEcdsa()).");

    /// <summary>The JWS signature of <paramref name="data"/> under <paramref name="algorithm"/>.</summary>
    public byte[] SignJws(string algorithm, byte[] data) => algorithm switch
    {
        "RS256" or "RS384" or "RS512" => Rsa().SignData(data, Hash(algorithm), RSASignaturePadding.Pkcs1),
        "PS256" or "PS384" or "PS512" => Rsa().SignData(data, Hash(algorithm), RSASignaturePadding.Pss),
        "ES256" or "ES384" or "ES512" when algorithm == DefaultJwtAlgorithm =>
            _ec!.SignData(data, Hash(algorithm), DSASignatureFormat.IeeeP1363FixedFieldConcatenation),
        "EdDSA" when _ed25519 is not null => SignatureAlgorithm.Ed25519.Sign(_ed25519, data),
        _ => throw new InvalidOperationException($"This private key can't sign {algorithm}."),
    };

    public void Dispose()
    {
        _ec?.Dispose();
        _rsa?.Dispose();
        _ed25519?.Dispose();
    }

    private RSA Rsa() => _rsa ?? throw new InvalidOperationException("RS* and PS* need an RSA private key.");

    private static HashAlgorithmName Hash(string algorithm) => algorithm[2..] switch
    {
        "256" => HashAlgorithmName.SHA256,
        "384" => HashAlgorithmName.SHA384,
        _ => HashAlgorithmName.SHA512,
    };

    private static bool Imports(Action import)
    {
        try
        {
            import();
            return true;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
