using System.Security.Cryptography;
using Webhooks.Providers;

namespace Webhooks.Testing.Verification;

/// <summary>An HMAC over the body alone in one header (GitHub, Shopify, Hookdeck, OpenFX, Vercel, generic).</summary>
internal sealed class BodyHmacReading : SignatureReading
{
    private BodyHmacReading(HmacAlgorithm algorithm, byte[] signature)
    {
        Algorithm = algorithm;
        Signature = signature;
    }

    private HmacAlgorithm Algorithm { get; }

    private byte[] Signature { get; }

    public static SignatureReading? Read(ProviderDescriptor provider, CapturedHeaders headers, out WebhookCheckResult? problem)
    {
        var name = provider.SignatureHeader ?? throw new InvalidOperationException($"Provider '{provider.Name}' names no signature header.");
        var value = headers.Get(name);
        if (value.Length == 0)
        {
            problem = Missing(name);
            return null;
        }

        var prefix = provider.SignaturePrefix ?? "";
        var size = provider.Algorithm == HmacAlgorithm.Sha1 ? HMACSHA1.HashSizeInBytes : HMACSHA256.HashSizeInBytes;
        var hash = provider.Algorithm == HmacAlgorithm.Sha1 ? "HMAC-SHA1" : "HMAC-SHA256";
        if (!value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            problem = Malformed(name, $"doesn't start with '{prefix}'.");
            return null;
        }

        var text = value.AsSpan(prefix.Length);
        var signature = provider.Encoding == SignatureEncoding.Hex ? Hex(text, size) : Base64(text, size);
        if (signature is null)
        {
            var encoding = provider.Encoding == SignatureEncoding.Hex ? $"{size * 2} hex digits" : $"base64 of {size} bytes";
            problem = Malformed(name, $"is not {(prefix.Length > 0 ? $"'{prefix}' followed by " : "")}{encoding} (an {hash}).");
            return null;
        }

        problem = null;
        return new BodyHmacReading(provider.Algorithm, signature) { Header = name };
    }

    public override string SignedParts => "the body";

    public override bool Matches(SigningKey key, byte[] body)
    {
        var expected = Algorithm == HmacAlgorithm.Sha1 ? HMACSHA1.HashData(key.Bytes, body) : HMACSHA256.HashData(key.Bytes, body);
        return CryptographicOperations.FixedTimeEquals(Signature, expected);
    }
}
