using Webhooks.Providers;

namespace Webhooks.Testing.Verification;

/// <summary>
/// A request's signature as read from its headers, before any key is tried: what was signed (the timestamp, where
/// the scheme signs one) and a test of a key against the body.
/// </summary>
internal abstract class SignatureReading
{
    /// <summary>The signed timestamp in unix seconds, for schemes that sign one.</summary>
    public long? Timestamp { get; init; }

    /// <summary>The header the signature was read from, to name in a diagnosis.</summary>
    public required string Header { get; init; }

    /// <summary>What the signature covers, to name in a diagnosis ("the body, webhook-id or webhook-timestamp").</summary>
    public abstract string SignedParts { get; }

    /// <summary>Whether <paramref name="key"/> signed <paramref name="body"/> (and what else the scheme signs).</summary>
    public abstract bool Matches(SigningKey key, byte[] body);

    /// <summary>
    /// Reads the signature headers of <paramref name="provider"/>'s scheme; on failure <paramref name="problem"/> is
    /// the missing or malformed header.
    /// </summary>
    public static SignatureReading? Read(ProviderDescriptor provider, CapturedHeaders headers, string? url, byte[] body, out WebhookCheckResult? problem) =>
        provider.Scheme switch
        {
            SignatureScheme.StandardWebhooks => StandardWebhooksReading.Read(provider, headers, out problem),
            SignatureScheme.Stripe => StripeReading.Read(headers, out problem),
            SignatureScheme.Slack => SlackReading.Read(headers, out problem),
            SignatureScheme.BodyHmac => BodyHmacReading.Read(provider, headers, out problem),
            SignatureScheme.EcdsaTimestamped => EcdsaTimestampedReading.Read(provider, headers, out problem),
            SignatureScheme.Jwt => JwtReading.Read(provider, headers, out problem),
            SignatureScheme.TimestampedHmac => TimestampedHmacReading.Read(provider, headers, out problem),
            SignatureScheme.Twilio => TwilioReading.Read(headers, url ?? throw new ArgumentException("Twilio signs the full URL: pass the URL the request was posted to.", nameof(url)), body, out problem),
            SignatureScheme.SharedToken => SharedTokenReading.Read(provider, headers, body, out problem),
            SignatureScheme.HttpBasic => HttpBasicReading.Read(headers, out problem),
            _ => throw new NotSupportedException($"Checking {provider.Scheme} signatures is not available."),
        };

    /// <summary>A missing-header result.</summary>
    protected static WebhookCheckResult Missing(params string[] names) => new(
        WebhookCheckStatus.MissingHeader,
        names.Length == 1 ? $"the {names[0]} header is missing or empty." : $"the headers {string.Join(", ", names)} are missing or empty.");

    /// <summary>A malformed-header result.</summary>
    protected static WebhookCheckResult Malformed(string header, string problem) =>
        new(WebhookCheckStatus.MalformedHeader, $"the {header} header {problem}");

    /// <summary>Parses whole unix seconds.</summary>
    protected static bool TryParseSeconds(string text, out long seconds) =>
        long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out seconds)
        && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    /// <summary>Decodes hex of either case into exactly <paramref name="size"/> bytes.</summary>
    protected static byte[]? Hex(ReadOnlySpan<char> text, int size)
    {
        if (text.Length != size * 2)
        {
            return null;
        }

        try
        {
            return Convert.FromHexString(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Decodes base64 into exactly <paramref name="size"/> bytes.</summary>
    protected static byte[]? Base64(ReadOnlySpan<char> text, int size)
    {
        var bytes = new byte[size + 3];
        return Convert.TryFromBase64Chars(text, bytes, out var written) && written == size ? bytes[..size] : null;
    }
}
