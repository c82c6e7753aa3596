using System.Security.Cryptography;
using System.Text;

namespace Webhooks.Testing.Verification;

/// <summary>Slack: <c>X-Slack-Signature: v0=&lt;hex&gt;</c>, HMAC-SHA256 over <c>v0:{X-Slack-Request-Timestamp}:{body}</c>.</summary>
internal sealed class SlackReading : SignatureReading
{
    private const string SignatureHeader = "X-Slack-Signature";
    private const string TimestampHeader = "X-Slack-Request-Timestamp";

    private SlackReading(string timestamp, byte[] signature)
    {
        TimestampText = timestamp;
        Signature = signature;
    }

    private string TimestampText { get; }

    private byte[] Signature { get; }

    public static SignatureReading? Read(CapturedHeaders headers, out WebhookCheckResult? problem)
    {
        var signature = headers.Get(SignatureHeader);
        var timestamp = headers.Get(TimestampHeader);
        string[] missing = [.. new[] { (SignatureHeader, signature), (TimestampHeader, timestamp) }.Where(h => h.Item2.Length == 0).Select(h => h.Item1)];
        if (missing.Length > 0)
        {
            problem = Missing(missing);
            return null;
        }

        if (!TryParseSeconds(timestamp, out var seconds))
        {
            problem = Malformed(TimestampHeader, $"is not unix seconds ('{timestamp}').");
            return null;
        }

        if (!signature.StartsWith("v0=", StringComparison.Ordinal) || Hex(signature.AsSpan(3), 32) is not { } bytes)
        {
            problem = Malformed(SignatureHeader, "is not 'v0=' followed by 64 hex digits.");
            return null;
        }

        problem = null;
        return new SlackReading(timestamp, bytes) { Timestamp = seconds, Header = SignatureHeader };
    }

    public override string SignedParts => "the body or X-Slack-Request-Timestamp";

    public override bool Matches(SigningKey key, byte[] body) =>
        CryptographicOperations.FixedTimeEquals(Signature, HMACSHA256.HashData(key.Bytes, Encoding.ASCII.GetBytes("v0:" + TimestampText + ":").Concat(body).ToArray()));
}
