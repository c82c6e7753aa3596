using System.Security.Cryptography;
using System.Text;
using NSec.Cryptography;

namespace Webhooks.Testing.Verification;

/// <summary>
/// For the public-key schemes' checks: the configured key text (a public key as base64 DER or PEM, or a private key,
/// whose public half is used) turned into something that verifies, written apart from the runtime's key import.
/// </summary>
internal static class KeyText
{
    /// <summary>An EC key from <paramref name="key"/>'s text, or <c>null</c>.</summary>
    public static ECDsa? Ec(SigningKey key) => Import(key, ECDsa.Create, (ec, der) => ec.ImportSubjectPublicKeyInfo(der, out _), (ec, der) => ec.ImportPkcs8PrivateKey(der, out _));

    /// <summary>An RSA key from <paramref name="key"/>'s text, or <c>null</c>.</summary>
    public static RSA? Rsa(SigningKey key) => Import(key, RSA.Create, (rsa, der) => rsa.ImportSubjectPublicKeyInfo(der, out _), (rsa, der) => rsa.ImportPkcs8PrivateKey(der, out _));

    /// <summary>An Ed25519 public key from <paramref name="key"/>'s text, or <c>null</c>.</summary>
    public static NSec.Cryptography.PublicKey? Ed25519(SigningKey key)
    {
        if (Der(key) is not { } der)
        {
            return null;
        }

        if (NSec.Cryptography.PublicKey.TryImport(SignatureAlgorithm.Ed25519, der, KeyBlobFormat.PkixPublicKey, out var publicKey))
        {
            return publicKey;
        }

        return Key.TryImport(SignatureAlgorithm.Ed25519, der, KeyBlobFormat.PkixPrivateKey, out var privateKey) ? privateKey!.PublicKey : null;
    }

    /// <summary>Whether the text is a key at all (so it is not an HMAC secret).</summary>
    public static bool IsKey(SigningKey key) => Ec(key) is not null || Rsa(key) is not null || Ed25519(key) is not null;

    private static T? Import<T>(SigningKey key, Func<T> create, Action<T, byte[]> importPublic, Action<T, byte[]> importPrivate)
        where T : class, IDisposable
    {
        if (Der(key) is not { } der)
        {
            return null;
        }

        foreach (var import in new[] { importPublic, importPrivate })
        {
            var instance = create();
            try
            {
                import(instance, der);
                return instance;
            }
            catch (CryptographicException)
            {
                instance.Dispose();
            }
        }

        return null;
    }

    private static byte[]? Der(SigningKey key)
    {
        var text = Encoding.UTF8.GetString(key.Bytes).Trim().Replace("\\n", "\n", StringComparison.Ordinal);
        try
        {
            return text.Contains("-----BEGIN", StringComparison.Ordinal)
                ? PemEncoding.TryFind(text, out var fields) ? Convert.FromBase64String(text[fields.Base64Data]) : null
                : Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
