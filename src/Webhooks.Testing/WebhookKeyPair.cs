using System.Security.Cryptography;
using System.Text;
using NSec.Cryptography;

namespace Webhooks.Testing;

/// <summary>
/// A fresh key pair for the schemes checked with a public key (SendGrid's ECDSA, a JWT signed with RS*/ES*/EdDSA):
/// sign with <see cref="PrivateKey"/> (pass it to <see cref="WebhookSigner"/>) and configure the receiver with
/// <see cref="PublicKey"/>, so that tests need no key files.
/// </summary>
/// <example>
/// <code>
/// var keys = WebhookKeyPair.CreateEcdsa();
/// builder.Configuration["Webhooks:sendgrid:PublicKey"] = keys.PublicKey;
/// var signer = new WebhookSigner("sendgrid", keys.PrivateKey);
/// </code>
/// </example>
public sealed class WebhookKeyPair
{
    private WebhookKeyPair(string privateKey, string publicKey, byte[] publicKeyDer)
    {
        PrivateKey = privateKey;
        PublicKey = publicKey;
        PublicKeyBase64 = Convert.ToBase64String(publicKeyDer);
    }

    /// <summary>The private key as PKCS#8 PEM (<c>-----BEGIN PRIVATE KEY-----</c>): the sender's half.</summary>
    public string PrivateKey { get; }

    /// <summary>The public key as PEM (<c>-----BEGIN PUBLIC KEY-----</c>, a SubjectPublicKeyInfo): the receiver's half.</summary>
    public string PublicKey { get; }

    /// <summary>The public key as base64 of its DER SubjectPublicKeyInfo, the form SendGrid's dashboard shows.</summary>
    public string PublicKeyBase64 { get; }

    /// <summary>An ECDSA key pair on P-256 (SendGrid, ES256), P-384 (ES384) or P-521 (ES512).</summary>
    /// <param name="curveBits">256, 384 or 521.</param>
    public static WebhookKeyPair CreateEcdsa(int curveBits = 256)
    {
        var curve = curveBits switch
        {
            256 => ECCurve.NamedCurves.nistP256,
            384 => ECCurve.NamedCurves.nistP384,
            521 => ECCurve.NamedCurves.nistP521,
            _ => throw new ArgumentOutOfRangeException(nameof(curveBits), "The curve is P-256, P-384 or P-521."),
        };
        using var key = ECDsa.Create(curve);
        return new(key.ExportPkcs8PrivateKeyPem(), key.ExportSubjectPublicKeyInfoPem(), key.ExportSubjectPublicKeyInfo());
    }

    /// <summary>An RSA key pair (RS256, PS256, …).</summary>
    /// <param name="bits">The modulus size; receivers require at least 2048.</param>
    public static WebhookKeyPair CreateRsa(int bits = 2048)
    {
        using var key = RSA.Create(bits);
        return new(key.ExportPkcs8PrivateKeyPem(), key.ExportSubjectPublicKeyInfoPem(), key.ExportSubjectPublicKeyInfo());
    }

    /// <summary>An Ed25519 key pair (EdDSA).</summary>
    public static WebhookKeyPair CreateEd25519()
    {
        using var key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        return new(
            Encoding.ASCII.GetString(key.Export(KeyBlobFormat.PkixPrivateKeyText)),
            Encoding.ASCII.GetString(key.PublicKey.Export(KeyBlobFormat.PkixPublicKeyText)),
            key.PublicKey.Export(KeyBlobFormat.PkixPublicKey));
    }
}
