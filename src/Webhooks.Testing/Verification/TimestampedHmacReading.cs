using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Webhooks.Providers;

namespace Webhooks.Testing.Verification;

/// <summary>
/// <see cref="SignatureScheme.TimestampedHmac"/> as the provider's descriptor lays it out (Paddle, ElevenLabs, Webflow,
/// Calendly, declared providers): HMAC-SHA256 hex over <c>{SignedPrefix}{timestamp}{SignedSeparator}{body}</c>; any signature item may match.
/// </summary>
internal sealed class TimestampedHmacReading : SignatureReading
{
    private TimestampedHmacReading(ProviderDescriptor provider, string timestamp, List<byte[]> signatures)
    {
        Provider = provider;
        TimestampText = timestamp;
        Signatures = signatures;
    }

    private ProviderDescriptor Provider { get; }

    private string TimestampText { get; }

    private List<byte[]> Signatures { get; }

    public static SignatureReading? Read(ProviderDescriptor provider, CapturedHeaders headers, out WebhookCheckResult? problem)
    {
        var name = provider.SignatureHeader ?? throw new InvalidOperationException($"Provider '{provider.Name}' names no signature header.");
        var header = headers.Get(name, provider.ItemSeparator);
        var timestamp = provider.TimestampHeader is { } timestampHeader ? headers.Get(timestampHeader) : null;
        string[] missing = [.. new[] { (name, header), (provider.TimestampHeader, timestamp) }.Where(h => h.Item1 is not null && h.Item2!.Length == 0).Select(h => h.Item1!)];
        if (missing.Length > 0)
        {
            problem = Missing(missing);
            return null;
        }

        var signatures = new List<byte[]>();
        var unreadable = 0;
        if (provider.SignatureKey is { } signatureKey)
        {
            foreach (var item in header.Split(provider.ItemSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (provider.TimestampKey is { } timestampKey && item.StartsWith(timestampKey + "=", StringComparison.Ordinal))
                {
                    timestamp ??= item[(timestampKey.Length + 1)..];
                }
                else if (item.StartsWith(signatureKey + "=", StringComparison.Ordinal))
                {
                    Add(Hex(item.AsSpan(signatureKey.Length + 1), 32));
                }
            }
        }
        else
        {
            var prefix = provider.SignaturePrefix ?? "";
            Add(header.StartsWith(prefix, StringComparison.Ordinal) ? Hex(header.AsSpan(prefix.Length), 32) : null);
        }

        var timestampSource = provider.TimestampHeader ?? $"'{provider.TimestampKey}=' item of {name}";
        var unit = provider.TimestampUnit == TimestampUnit.Milliseconds ? "unix milliseconds" : "unix seconds";
        if (timestamp is null || !TryParseUnixSeconds(timestamp, provider.TimestampUnit, out var seconds))
        {
            problem = provider.TimestampHeader is { } malformedHeader
                ? Malformed(malformedHeader, $"is not {unit} ('{timestamp}').")
                : Malformed(name, timestamp is null ? $"has no '{provider.TimestampKey}=' timestamp." : $"has a {timestampSource} that is not {unit} ('{timestamp}').");
            return null;
        }

        if (signatures.Count == 0)
        {
            var expected = provider.SignatureKey is { } key ? $"a '{key}=' item of 64 hex digits" : $"'{provider.SignaturePrefix}' followed by 64 hex digits";
            problem = Malformed(name, unreadable > 0 ? $"has no {expected}." : $"has no '{provider.SignatureKey}=' signature.");
            return null;
        }

        problem = null;
        return new TimestampedHmacReading(provider, timestamp, signatures) { Timestamp = seconds, Header = name };

        void Add(byte[]? signature)
        {
            if (signature is null)
            {
                unreadable++;
            }
            else
            {
                signatures.Add(signature);
            }
        }
    }

    // Milliseconds are read to the second, which is all a diagnosis reports.
    private static bool TryParseUnixSeconds(string text, TimestampUnit unit, out long seconds)
    {
        if (unit == TimestampUnit.Seconds)
        {
            return TryParseSeconds(text, out seconds);
        }

        var valid = long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds)
            && milliseconds <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();
        seconds = milliseconds / 1000;
        return valid;
    }

    public override string SignedParts => Provider.TimestampHeader is { } header ? $"the body or {header}" : $"the body or the {Provider.TimestampKey}= timestamp";

    public override bool Matches(SigningKey key, byte[] body)
    {
        var signed = Encoding.ASCII.GetBytes(Provider.SignedPrefix + TimestampText + Provider.SignedSeparator.ToString(CultureInfo.InvariantCulture)).Concat(body).ToArray();
        var expected = HMACSHA256.HashData(key.Bytes, signed);
        return Signatures.Any(candidate => CryptographicOperations.FixedTimeEquals(candidate, expected));
    }
}
