using System.Security.Cryptography;
using System.Text;
using Webhooks.Providers;

namespace Webhooks.Testing.Verification;

/// <summary>SendGrid: ECDSA P-256 / SHA-256 over the timestamp header's text followed by the body, base64 DER; checked with the public key.</summary>
internal sealed class EcdsaTimestampedReading : SignatureReading
{
    private EcdsaTimestampedReading(string timestamp, byte[] signature)
    {
        TimestampText = timestamp;
        Signature = signature;
    }

    private string TimestampText { get; }

    private byte[] Signature { get; }

    public static SignatureReading? Read(ProviderDescriptor provider, CapturedHeaders headers, out WebhookCheckResult? problem)
    {
        var signatureHeader = provider.SignatureHeader!;
        var timestampHeader = provider.TimestampHeader!;
        var (signature, timestamp) = (headers.Get(signatureHeader), headers.Get(timestampHeader));
        if (signature.Length == 0 || timestamp.Length == 0)
        {
            problem = Missing(signature.Length == 0 && timestamp.Length == 0 ? [signatureHeader, timestampHeader] : [signature.Length == 0 ? signatureHeader : timestampHeader]);
            return null;
        }

        if (!TryParseSeconds(timestamp, out var seconds))
        {
            problem = Malformed(timestampHeader, $"is not unix seconds ('{timestamp}').");
            return null;
        }

        byte[] der;
        try
        {
            der = Convert.FromBase64String(signature);
        }
        catch (FormatException)
        {
            problem = Malformed(signatureHeader, "is not base64.");
            return null;
        }

        problem = null;
        return new EcdsaTimestampedReading(timestamp, der) { Timestamp = seconds, Header = signatureHeader };
    }

    public override string SignedParts => "the body or the timestamp header";

    public override bool Matches(SigningKey key, byte[] body)
    {
        using var ec = KeyText.Ec(key);
        try
        {
            return ec is { KeySize: 256 } && ec.VerifyData((byte[])[.. Encoding.ASCII.GetBytes(TimestampText), .. body], Signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
