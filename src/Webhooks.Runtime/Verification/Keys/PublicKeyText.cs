using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using NSec.Cryptography;
using NSecPublicKey = NSec.Cryptography.PublicKey;

namespace Webhooks.Verification.Keys;

/// <summary>
/// Reads a configured public key: base64 of a DER SubjectPublicKeyInfo (what SendGrid shows), PEM
/// (<c>PUBLIC KEY</c>, <c>RSA PUBLIC KEY</c> or <c>CERTIFICATE</c>), or one JWK as JSON. Private keys are refused:
/// only the sender holds them. Problems say why without quoting the key.
/// </summary>
internal static class PublicKeyText
{
    private const string PrivateKeyProblem = "it is a private key, which only the sender holds; configure its public key instead.";

    /// <summary>Reads one key; on failure <paramref name="problem"/> says why.</summary>
    public static bool TryRead(string text, out VerificationPublicKey? key, out string? problem)
    {
        text = text.Trim();

        // An environment variable often carries a PEM with its line breaks written as "\n".
        if (text.Contains("-----BEGIN", StringComparison.Ordinal) && text.Contains("\\n", StringComparison.Ordinal))
        {
            text = text.Replace("\\n", "\n", StringComparison.Ordinal);
        }

        key = null;
        try
        {
            if (text.StartsWith('{'))
            {
                using var document = JsonDocument.Parse(text);
                return TryReadJwk(document.RootElement, out key, out problem);
            }

            if (text.Contains("-----BEGIN", StringComparison.Ordinal))
            {
                return TryReadPem(text, out key, out problem);
            }

            return TryReadDer(Convert.FromBase64String(text), out key, out problem);
        }
        catch (Exception exception) when (exception is FormatException or JsonException or CryptographicException)
        {
            problem = "it is neither base64 of a DER SubjectPublicKeyInfo, nor a PEM public key or certificate, nor a JWK.";
            return false;
        }
    }

    /// <summary>Reads a JWK (one member of a JWKS's <c>keys</c>, or a key on its own).</summary>
    public static bool TryReadJwk(JsonElement jwk, out VerificationPublicKey? key, out string? problem)
    {
        key = null;
        if (jwk.ValueKind != JsonValueKind.Object)
        {
            problem = "it is not a JSON object.";
            return false;
        }

        if (jwk.TryGetProperty("d", out _) || jwk.TryGetProperty("p", out _))
        {
            problem = PrivateKeyProblem;
            return false;
        }

        if (Text(jwk, "use") is { } use && use != "sig")
        {
            problem = $"its \"use\" is \"{use}\", not \"sig\".";
            return false;
        }

        var keyId = Text(jwk, "kid");
        var algorithm = Text(jwk, "alg");
        switch (Text(jwk, "kty"))
        {
            case "RSA":
                key = VerificationPublicKey.FromRsa(new RSAParameters { Modulus = Bytes(jwk, "n"), Exponent = Bytes(jwk, "e") }, keyId, algorithm);
                break;
            case "EC":
                var curve = Text(jwk, "crv") switch
                {
                    "P-256" => ECCurve.NamedCurves.nistP256,
                    "P-384" => ECCurve.NamedCurves.nistP384,
                    "P-521" => ECCurve.NamedCurves.nistP521,
                    _ => (ECCurve?)null,
                };
                if (curve is null)
                {
                    problem = "it is an EC key on a curve other than P-256, P-384 or P-521.";
                    return false;
                }

                var parameters = new ECParameters { Curve = curve.Value, Q = new ECPoint { X = Bytes(jwk, "x"), Y = Bytes(jwk, "y") } };
                parameters.Validate();
                key = VerificationPublicKey.FromEc(parameters, keyId, algorithm);
                break;
            case "OKP" when Text(jwk, "crv") == "Ed25519":
                key = VerificationPublicKey.FromEd25519(NSecPublicKey.Import(SignatureAlgorithm.Ed25519, Bytes(jwk, "x"), KeyBlobFormat.RawPublicKey), keyId, algorithm);
                break;
            case "oct":
                problem = "it is a symmetric (\"oct\") key: configure an HMAC secret as a Secret, not as a public key.";
                return false;
            default:
                problem = "its \"kty\" is not RSA, EC or OKP (Ed25519).";
                return false;
        }

        problem = null;
        return key is not null || Fail("it is an EC key on an unsupported curve.", out problem);
    }

    private static bool TryReadPem(string text, out VerificationPublicKey? key, out string? problem)
    {
        key = null;
        if (!PemEncoding.TryFind(text, out var fields))
        {
            return Fail("it is not a well-formed PEM block.", out problem);
        }

        var label = text[fields.Label];
        if (label.Contains("PRIVATE KEY", StringComparison.Ordinal))
        {
            return Fail(PrivateKeyProblem, out problem);
        }

        var der = Convert.FromBase64String(text[fields.Base64Data]);
        switch (label)
        {
            case "PUBLIC KEY":
                return TryReadDer(der, out key, out problem);
            case "RSA PUBLIC KEY":
                using (var rsa = RSA.Create())
                {
                    rsa.ImportRSAPublicKey(der, out var read);
                    key = read == der.Length ? VerificationPublicKey.FromRsa(rsa.ExportParameters(false)) : null;
                }

                problem = key is null ? "its RSA PUBLIC KEY block has bytes after the key." : null;
                return key is not null;
            case "CERTIFICATE":
                using (var certificate = X509CertificateLoader.LoadCertificate(der))
                {
                    return TryReadDer(certificate.PublicKey.ExportSubjectPublicKeyInfo(), out key, out problem);
                }

            default:
                return Fail($"its PEM label is '{label}', not PUBLIC KEY, RSA PUBLIC KEY or CERTIFICATE.", out problem);
        }
    }

    // A DER SubjectPublicKeyInfo of an EC, RSA or Ed25519 key; a PKCS#8 private key is named as such.
    private static bool TryReadDer(byte[] der, out VerificationPublicKey? key, out string? problem)
    {
        key = null;
        using (var ec = ECDsa.Create())
        {
            if (Imports(() => { ec.ImportSubjectPublicKeyInfo(der, out var read); return read == der.Length; }))
            {
                key = VerificationPublicKey.FromEc(ec.ExportParameters(false));
                problem = null;
                return key is not null || Fail("it is an EC key on a curve other than P-256, P-384 or P-521.", out problem);
            }
        }

        using (var rsa = RSA.Create())
        {
            if (Imports(() => { rsa.ImportSubjectPublicKeyInfo(der, out var read); return read == der.Length; }))
            {
                key = VerificationPublicKey.FromRsa(rsa.ExportParameters(false));
                problem = null;
                return true;
            }
        }

        if (NSecPublicKey.TryImport(SignatureAlgorithm.Ed25519, der, KeyBlobFormat.PkixPublicKey, out var ed25519) && ed25519 is not null)
        {
            key = VerificationPublicKey.FromEd25519(ed25519);
            problem = null;
            return true;
        }

        return Fail(IsPrivateKey(der) ? PrivateKeyProblem : "it is not a DER SubjectPublicKeyInfo of an EC, RSA or Ed25519 key.", out problem);
    }

    private static bool IsPrivateKey(byte[] der)
    {
        using var ec = ECDsa.Create();
        using var rsa = RSA.Create();
        return Imports(() => { ec.ImportPkcs8PrivateKey(der, out _); return true; }) || Imports(() => { rsa.ImportPkcs8PrivateKey(der, out _); return true; })
            || Imports(() => { ec.ImportECPrivateKey(der, out _); return true; });
    }

    private static bool Imports(Func<bool> import)
    {
        try
        {
            return import();
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static bool Fail(string message, out string? problem)
    {
        problem = message;
        return false;
    }

    private static string? Text(JsonElement jwk, string name) =>
        jwk.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static byte[] Bytes(JsonElement jwk, string name) =>
        Text(jwk, name) is { Length: > 0 } text ? System.Buffers.Text.Base64Url.DecodeFromChars(text) : throw new FormatException($"The JWK has no \"{name}\".");
}
