using System.Globalization;
using Webhooks.Providers;
using Webhooks.Testing.Verification;

namespace Webhooks.Testing;

/// <summary>
/// Checks a captured request (its headers and body) against a secret as the provider's receiver does, and says
/// exactly why it fails: a missing or malformed header, a secret the provider can't decode, a secret encoded
/// differently by the sender, a body changed after signing (a line ending added by a file, for one), or a timestamp
/// out of tolerance, with the skew. Written apart from the runtime's verifiers, so that each tests the other.
/// </summary>
/// <example>
/// <code>
/// var check = new WebhookSignatureCheck("stripe", "whsec_…");
/// var result = check.Check(headers, body);
/// Console.WriteLine(result.IsValid ? "valid" : "invalid: " + result.Reason);
/// </code>
/// </example>
public sealed class WebhookSignatureCheck
{
    private readonly ProviderDescriptor _provider;
    private readonly string _secret;

    /// <summary>Creates a check for a built-in provider.</summary>
    /// <param name="provider">The provider's name, such as <c>stripe</c>.</param>
    /// <param name="secret">
    /// The secret as the receiver would be configured with it (a <c>whpk_</c> public key for Standard Webhooks <c>v1a</c>;
    /// <c>username:password</c> for HTTP Basic providers).
    /// </param>
    /// <exception cref="ArgumentException">The provider isn't built in.</exception>
    public WebhookSignatureCheck(string provider, string secret)
        : this(BuiltInProviders.Find(provider) ?? throw new ArgumentException($"'{provider}' is not a built-in webhook provider.", nameof(provider)), secret)
    {
    }

    /// <summary>Creates a check for any provider descriptor.</summary>
    /// <param name="provider">How the provider signs.</param>
    /// <param name="secret">The secret as the receiver would be configured with it.</param>
    public WebhookSignatureCheck(ProviderDescriptor provider, string secret)
    {
        _provider = provider ?? throw new ArgumentNullException(nameof(provider));
        _secret = secret ?? throw new ArgumentNullException(nameof(secret));
    }

    /// <summary>How far a signed timestamp may be from now, either way; <c>null</c> skips the check. Five minutes by default, as the receiver's.</summary>
    public TimeSpan? Tolerance { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The clock the tolerance is measured against; the system clock by default.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Checks a captured request.</summary>
    /// <param name="headers">The request's headers; a repeated header may appear more than once.</param>
    /// <param name="body">The body exactly as received.</param>
    /// <param name="url">For Twilio, which signs it: the full URL the request was posted to (with its query).</param>
    /// <exception cref="ArgumentException">The provider is Twilio and <paramref name="url"/> is <c>null</c>.</exception>
    public WebhookCheckResult Check(IEnumerable<KeyValuePair<string, string>> headers, ReadOnlySpan<byte> body, string? url = null)
    {
        var bytes = body.ToArray();
        var key = SecretVariants.Primary(_secret, _provider.SecretEncoding, out var secretProblem);
        var reading = SignatureReading.Read(_provider, new CapturedHeaders(headers), url, bytes, out var headerProblem);
        if (reading is null)
        {
            return headerProblem!;
        }

        if (key is not null && reading.Matches(key, bytes))
        {
            return Timed(reading);
        }

        foreach (var alternative in SecretVariants.Alternatives(_secret, _provider.SecretEncoding, key))
        {
            if (reading.Matches(alternative, bytes))
            {
                return new(WebhookCheckStatus.WrongSecretEncoding,
                    $"the signature in {reading.Header} was made with {alternative.Description}, but {_provider.Name} reads the secret as " +
                    $"{SecretVariants.Expected(_secret, _provider.SecretEncoding)}: the sender and this secret disagree on its encoding.");
            }
        }

        if (key is null)
        {
            return new(WebhookCheckStatus.UnusableSecret, $"the secret can't be used for {_provider.Name}: {secretProblem}");
        }

        foreach (var (variant, difference) in BodyVariants.Of(bytes))
        {
            if (reading.Matches(key, variant))
            {
                return new(WebhookCheckStatus.InvalidSignature,
                    $"the body is not the one that was signed: the signature matches it {difference}. Was the body file saved with its line endings changed?");
            }
        }

        return new(WebhookCheckStatus.InvalidSignature,
            $"no signature in {reading.Header} matches this secret: {reading.SignedParts} changed after signing, or another secret signed it.");
    }

    private WebhookCheckResult Timed(SignatureReading reading)
    {
        var signature = $"the {_provider.Name} signature in {reading.Header} matches";
        if (reading.Timestamp is not { } seconds)
        {
            return new(WebhookCheckStatus.Valid, signature + " (the scheme signs no timestamp).");
        }

        var signedAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        var skew = Clock.GetUtcNow() - signedAt;
        var when = $"signed at {signedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)}, {Describe(skew)}";
        if (Tolerance is { } tolerance && skew.Duration() > tolerance)
        {
            var clock = skew < TimeSpan.Zero ? " Is the sender's clock, or this machine's, off?" : " A replayed or delayed request?";
            return new(WebhookCheckStatus.TimestampOutOfTolerance,
                $"{signature}, but the request was {when}: outside the tolerance of {Seconds(tolerance)} either way.{clock}", signedAt, skew);
        }

        var within = Tolerance is { } limit ? $", within the tolerance of {Seconds(limit)}" : " (the timestamp is not checked)";
        return new(WebhookCheckStatus.Valid, $"{signature}; {when}{within}.", signedAt, skew);
    }

    private static string Describe(TimeSpan skew) => skew < TimeSpan.Zero ? $"{Seconds(skew.Duration())} in the future" : $"{Seconds(skew)} ago";

    private static string Seconds(TimeSpan span) => ((long)Math.Round(span.TotalSeconds)).ToString(CultureInfo.InvariantCulture) + " s";
}
