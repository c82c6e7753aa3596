using System.Security.Cryptography;
using System.Text;

namespace Webhooks.Testing.Verification;

/// <summary>Stripe: <c>Stripe-Signature: t=…,v1=…[,v1=…][,v0=…]</c>, HMAC-SHA256 hex over <c>{t}.{body}</c>; <c>v0</c> is ignored.</summary>
internal sealed class StripeReading : SignatureReading
{
    private const string HeaderName = "Stripe-Signature";

    private StripeReading(string timestamp, List<byte[]> signatures)
    {
        TimestampText = timestamp;
        Signatures = signatures;
    }

    private string TimestampText { get; }

    private List<byte[]> Signatures { get; }

    public static SignatureReading? Read(CapturedHeaders headers, out WebhookCheckResult? problem)
    {
        var header = headers.Get(HeaderName);
        if (header.Length == 0)
        {
            problem = Missing(HeaderName);
            return null;
        }

        string? timestamp = null;
        var signatures = new List<byte[]>();
        var unreadable = 0;
        foreach (var item in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (item.StartsWith("t=", StringComparison.Ordinal))
            {
                timestamp ??= item[2..];
            }
            else if (item.StartsWith("v1=", StringComparison.Ordinal))
            {
                if (Hex(item.AsSpan(3), 32) is { } signature)
                {
                    signatures.Add(signature);
                }
                else
                {
                    unreadable++;
                }
            }
        }

        if (timestamp is null || !TryParseSeconds(timestamp, out var seconds))
        {
            problem = Malformed(HeaderName, timestamp is null ? "has no 't=' timestamp." : $"has a 't=' that is not unix seconds ('{timestamp}').");
            return null;
        }

        if (signatures.Count == 0)
        {
            problem = Malformed(HeaderName, unreadable > 0 ? "has no 'v1=' entry of 64 hex digits." : "has no 'v1=' signature (v0 entries are not checked).");
            return null;
        }

        problem = null;
        return new StripeReading(timestamp, signatures) { Timestamp = seconds, Header = HeaderName };
    }

    public override string SignedParts => "the body or the t= timestamp";

    public override bool Matches(SigningKey key, byte[] body)
    {
        var expected = HMACSHA256.HashData(key.Bytes, Encoding.ASCII.GetBytes(TimestampText + ".").Concat(body).ToArray());
        return Signatures.Any(candidate => CryptographicOperations.FixedTimeEquals(candidate, expected));
    }
}
