using Webhooks.Configuration;
using Webhooks.Providers;

namespace Webhooks.Verification;

/// <summary>Builds the verifier for a provider's scheme from its validated options.</summary>
internal static class WebhookVerifierFactory
{
    public static WebhookSignatureVerifier Create(ProviderDescriptor provider, WebhookProviderOptions options, TimeProvider clock) =>
        provider.Scheme switch
        {
            SignatureScheme.StandardWebhooks => StandardWebhooks(provider, options, clock),
            SignatureScheme.Stripe => new StripeVerifier(Keys(provider, options), options.Tolerance, clock),
            SignatureScheme.Slack => new SlackVerifier(Keys(provider, options), options.Tolerance, clock),
            SignatureScheme.BodyHmac => BodyHmac(provider, options),
            SignatureScheme.Twilio => new TwilioVerifier(Keys(provider, options), options.PublicBaseUrl, options.TrustForwardedHeaders),
            SignatureScheme.TimestampedHmac => TimestampedHmac(provider, options, clock),
            _ => throw new NotSupportedException($"Webhook provider '{provider.Name}' has an unknown signature scheme ({provider.Scheme})."),
        };

    // whpk_ entries are Ed25519 public keys for v1a; the rest are HMAC keys for v1.
    private static StandardWebhooksVerifier StandardWebhooks(ProviderDescriptor provider, WebhookProviderOptions options, TimeProvider clock)
    {
        var keys = new List<byte[]>();
        var publicKeys = new List<byte[]>();
        foreach (var secret in options.Secrets)
        {
            var key = SecretDecoder.Decode(secret, provider.SecretEncoding);
            (SecretDecoder.IsPublicKey(secret, provider.SecretEncoding) ? publicKeys : keys).Add(key);
        }

        return new StandardWebhooksVerifier(keys, publicKeys, options.Tolerance, clock);
    }

    // The options override the provider's header, prefix and encoding (the generic provider is configured so).
    private static BodyHmacVerifier BodyHmac(ProviderDescriptor provider, WebhookProviderOptions options)
    {
        var header = options.SignatureHeader ?? provider.SignatureHeader
            ?? throw new InvalidOperationException($"Webhook provider '{provider.Name}' names no signature header; set {WebhookConfigurationReader.SectionPath(provider.Name)}:SignatureHeader.");
        return new BodyHmacVerifier(
            Keys(provider, options),
            header,
            options.SignaturePrefix ?? provider.SignaturePrefix,
            provider.Algorithm,
            options.SignatureEncoding ?? provider.Encoding);
    }

    // A declared provider's layout is checked here, when the application builds its verifiers at start-up.
    private static DescribedTimestampedHmacVerifier TimestampedHmac(ProviderDescriptor provider, WebhookProviderOptions options, TimeProvider clock) =>
        DescribedTimestampedHmacVerifier.Validate(provider) is { } problem
            ? throw new InvalidOperationException($"Webhook provider '{provider.Name}' uses the TimestampedHmac scheme but {problem}.")
            : new DescribedTimestampedHmacVerifier(provider, Keys(provider, options), options.Tolerance, clock);

    private static byte[][] Keys(ProviderDescriptor provider, WebhookProviderOptions options) =>
        [.. options.Secrets.Select(secret => SecretDecoder.Decode(secret, provider.SecretEncoding))];
}
