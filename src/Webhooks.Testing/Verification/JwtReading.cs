using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NSec.Cryptography;
using Webhooks.Providers;

namespace Webhooks.Testing.Verification;

/// <summary>
/// A JWT in one header whose claim is the body's base64 SHA-256 (FusionAuth): HS* with the secret, RS*/PS*/ES*/EdDSA with
/// the public key, each algorithm only with a key of its kind.
/// </summary>
internal sealed class JwtReading : SignatureReading
{
    private JwtReading(string algorithm, byte[] signed, byte[] signature, string? bodyHash)
    {
        Algorithm = algorithm;
        Signed = signed;
        Signature = signature;
        BodyHash = bodyHash;
    }

    private string Algorithm { get; }

    private byte[] Signed { get; }

    private byte[] Signature { get; }

    private string? BodyHash { get; }

    public static SignatureReading? Read(ProviderDescriptor provider, CapturedHeaders headers, out WebhookCheckResult? problem)
    {
        var name = provider.SignatureHeader!;
        var token = headers.Get(name);
        if (token.Length == 0)
        {
            problem = Missing(name);
            return null;
        }

        var parts = token.Split('.');
        try
        {
            using var header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0]));
            using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            var algorithm = header.RootElement.GetProperty("alg").GetString()!;
            var hash = payload.RootElement.TryGetProperty(provider.BodyHashClaim!, out var claim) ? claim.GetString() : null;
            if (parts.Length != 3 || algorithm == "none")
            {
                throw new FormatException();
            }

            problem = null;
            return new JwtReading(algorithm, Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Base64Url.DecodeFromChars(parts[2]), hash) { Header = name };
        }
        catch (Exception exception) when (exception is FormatException or JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException)
        {
            problem = Malformed(name, "is not a signed JWT (three base64url parts, a header with an alg other than none).");
            return null;
        }
    }

    public override string SignedParts => "the body (whose SHA-256 the token's claim holds)";

    public override bool Matches(SigningKey key, byte[] body) =>
        BodyHash == Convert.ToBase64String(SHA256.HashData(body)) && SignatureMatches(key);

    private bool SignatureMatches(SigningKey key)
    {
        var hash = Algorithm.EndsWith("384", StringComparison.Ordinal) ? HashAlgorithmName.SHA384 : Algorithm.EndsWith("512", StringComparison.Ordinal) ? HashAlgorithmName.SHA512 : HashAlgorithmName.SHA256;
        try
        {
            switch (Algorithm[..2])
            {
                case "HS" when !KeyText.IsKey(key):
                    using (var hmac = System.Security.Cryptography.IncrementalHash.CreateHMAC(hash, key.Bytes))
                    {
                        hmac.AppendData(Signed);
                        return CryptographicOperations.FixedTimeEquals(hmac.GetHashAndReset(), Signature);
                    }

                case "RS" or "PS":
                    using (var rsa = KeyText.Rsa(key))
                    {
                        return rsa is not null && rsa.VerifyData(Signed, Signature, hash, Algorithm[0] == 'R' ? RSASignaturePadding.Pkcs1 : RSASignaturePadding.Pss);
                    }

                case "ES":
                    using (var ec = KeyText.Ec(key))
                    {
                        return ec is not null && ec.VerifyData(Signed, Signature, hash, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
                    }

                case "Ed":
                    return KeyText.Ed25519(key) is { } publicKey && SignatureAlgorithm.Ed25519.Verify(publicKey, Signed, Signature);
                default:
                    return false;
            }
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
