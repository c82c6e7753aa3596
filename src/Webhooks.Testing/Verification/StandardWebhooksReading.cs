using System.Security.Cryptography;
using System.Text;
using NSec.Cryptography;
using Webhooks.Providers;

namespace Webhooks.Testing.Verification;

/// <summary>
/// Standard Webhooks (OpenAI, Replicate, Svix): <c>webhook-id</c>, <c>webhook-timestamp</c> and space-separated
/// <c>webhook-signature</c> entries over <c>{id}.{timestamp}.{body}</c>; <c>v1,</c> HMAC-SHA256 entries, <c>v1a,</c>
/// Ed25519 entries; under the header names the provider lists (<c>svix-*</c> for Clerk and Resend), each from the
/// first set that has it, as the runtime reads them.
/// </summary>
internal sealed class StandardWebhooksReading : SignatureReading
{
    private const int HmacSize = 32;
    private const int Ed25519Size = 64;

    private StandardWebhooksReading(string id, string timestamp, List<byte[]> hmacs, List<byte[]> ed25519s)
    {
        Id = id;
        TimestampText = timestamp;
        Hmacs = hmacs;
        Ed25519s = ed25519s;
    }

    private string Id { get; }

    private string TimestampText { get; }

    private List<byte[]> Hmacs { get; }

    private List<byte[]> Ed25519s { get; }

    public static SignatureReading? Read(ProviderDescriptor provider, CapturedHeaders headers, out WebhookCheckResult? problem)
    {
        var sets = provider.StandardWebhooksHeaders;
        var id = headers.First(',', [.. sets.Select(n => n.Id)]);
        var timestamp = headers.First(',', [.. sets.Select(n => n.Timestamp)]);
        var signature = headers.First(' ', [.. sets.Select(n => n.Signature)]);
        string[] missing = [.. new[] { id, timestamp, signature }.Where(h => h.Value.Length == 0).Select(h => h.Name)];
        if (missing.Length > 0)
        {
            problem = Missing(missing);
            return null;
        }

        if (!TryParseSeconds(timestamp.Value, out var seconds))
        {
            problem = Malformed(timestamp.Name, $"is not unix seconds ('{timestamp.Value}').");
            return null;
        }

        var hmacs = new List<byte[]>();
        var ed25519s = new List<byte[]>();
        var versions = new List<string>();
        foreach (var entry in signature.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var comma = entry.IndexOf(',', StringComparison.Ordinal);
            versions.Add(comma < 0 ? entry : entry[..comma]);
            if (entry.StartsWith("v1,", StringComparison.Ordinal) && Base64(entry.AsSpan(3), HmacSize) is { } hmac)
            {
                hmacs.Add(hmac);
            }
            else if (entry.StartsWith("v1a,", StringComparison.Ordinal) && Base64(entry.AsSpan(4), Ed25519Size) is { } ed25519)
            {
                ed25519s.Add(ed25519);
            }
        }

        if (hmacs.Count + ed25519s.Count == 0)
        {
            problem = Malformed(signature.Name, $"has no readable 'v1,<base64 of 32 bytes>' or 'v1a,<base64 of 64 bytes>' entry (it has: {string.Join(", ", versions.Select(v => v.Length > 12 ? v[..12] + "…" : v))}).");
            return null;
        }

        problem = null;
        return new StandardWebhooksReading(id.Value, timestamp.Value, hmacs, ed25519s) { Timestamp = seconds, Header = signature.Name };
    }

    public override string SignedParts => "the body, webhook-id or webhook-timestamp";

    public override bool Matches(SigningKey key, byte[] body)
    {
        var signed = Encoding.UTF8.GetBytes(Id + "." + TimestampText + ".").Concat(body).ToArray();
        if (key.IsPublicKey)
        {
            var publicKey = PublicKey.Import(SignatureAlgorithm.Ed25519, key.Bytes, KeyBlobFormat.RawPublicKey);
            return Ed25519s.Any(signature => SignatureAlgorithm.Ed25519.Verify(publicKey, signed, signature));
        }

        var expected = HMACSHA256.HashData(key.Bytes, signed);
        return Hmacs.Any(candidate => CryptographicOperations.FixedTimeEquals(candidate, expected));
    }
}
