using System.Text;
using Webhooks.Configuration;
using Webhooks.Providers;
using Webhooks.Verification.Jwt;

namespace Webhooks.Verification;

/// <summary>Builds the verifier for a provider's scheme from its validated options.</summary>
internal static class WebhookVerifierFactory
{
    /// <summary>The verifier of <paramref name="provider"/>; <paramref name="jwks"/> fetches the keys of a JWKS URL.</summary>
    public static WebhookSignatureVerifier Create(ProviderDescriptor provider, WebhookProviderOptions options, TimeProvider clock, JwksKeySources? jwks = null) =>
        provider.Scheme switch
        {
            SignatureScheme.StandardWebhooks => StandardWebhooks(provider, options, clock),
            SignatureScheme.Stripe => new StripeVerifier(Keys(provider, options), options.Tolerance, clock),
            SignatureScheme.Slack => new SlackVerifier(Keys(provider, options), options.Tolerance, clock),
            SignatureScheme.BodyHmac => BodyHmac(provider, options),
            SignatureScheme.Twilio => new TwilioVerifier(Keys(provider, options), options.PublicBaseUrl, options.TrustForwardedHeaders),
            SignatureScheme.EcdsaTimestamped => EcdsaTimestamped(provider, options, clock),
            SignatureScheme.Jwt => Jwt(provider, options, clock, jwks),
            SignatureScheme.SharedToken => SharedToken(provider, options),
            SignatureScheme.HttpBasic => new HttpBasicVerifier(BasicCredentials(options)),
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

        return new StandardWebhooksVerifier(keys, publicKeys, options.Tolerance, clock, provider.StandardWebhooksHeaders);
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

    private static EcdsaTimestampedVerifier EcdsaTimestamped(ProviderDescriptor provider, WebhookProviderOptions options, TimeProvider clock) =>
        new(provider.SignatureHeader!, provider.TimestampHeader!, VerificationKeys.ReadValid(provider, options).PublicKeys, options.Tolerance, clock);

    private static JwtVerifier Jwt(ProviderDescriptor provider, WebhookProviderOptions options, TimeProvider clock, JwksKeySources? jwks)
    {
        var keys = VerificationKeys.ReadValid(provider, options);
        var fetched = keys.JwksUrl is not { } url ? null
            : (jwks ?? throw new InvalidOperationException($"{WebhookConfigurationReader.SectionPath(provider.Name)}:JwksUrl needs the webhook services (AddWebhooks).")).For(provider.Name, url, keys.Algorithms);
        return new JwtVerifier(
            options.SignatureHeader ?? provider.SignatureHeader!,
            options.SignaturePrefix ?? provider.SignaturePrefix,
            provider.BodyHashClaim!,
            keys.Algorithms,
            keys.Secrets,
            keys.PublicKeys,
            options.Tolerance,
            clock,
            fetched);
    }

    // A configured SignatureHeader moves a header token (as it moves a BodyHmac signature); a JSON token stays where it is.
    private static SharedTokenVerifier SharedToken(ProviderDescriptor provider, WebhookProviderOptions options)
    {
        var source = options.SignatureHeader is { } header ? ValueSource.Header(header)
            : provider.TokenSource ?? (provider.SignatureHeader is { } named ? ValueSource.Header(named) : null)
            ?? throw new InvalidOperationException($"Webhook provider '{provider.Name}' names no token header; set {WebhookConfigurationReader.SectionPath(provider.Name)}:SignatureHeader.");
        return new SharedTokenVerifier(Keys(provider, options), source, options.SignaturePrefix ?? provider.SignaturePrefix);
    }

    // Username and Password are one more pair beside Credentials:N (validated complete at start-up).
    private static List<(byte[] Username, byte[] Password)> BasicCredentials(WebhookProviderOptions options)
    {
        var pairs = new List<(byte[], byte[])>();
        if (options is { Username: { } username, Password: { } password })
        {
            pairs.Add((Encoding.UTF8.GetBytes(username), Encoding.UTF8.GetBytes(password)));
        }

        foreach (var credential in options.Credentials)
        {
            pairs.Add((Encoding.UTF8.GetBytes(credential.Username ?? ""), Encoding.UTF8.GetBytes(credential.Password ?? "")));
        }

        return pairs;
    }

    // A declared provider's layout is checked here, when the application builds its verifiers at start-up.
    private static DescribedTimestampedHmacVerifier TimestampedHmac(ProviderDescriptor provider, WebhookProviderOptions options, TimeProvider clock) =>
        DescribedTimestampedHmacVerifier.Validate(provider) is { } problem
            ? throw new InvalidOperationException($"Webhook provider '{provider.Name}' uses the TimestampedHmac scheme but {problem}.")
            : new DescribedTimestampedHmacVerifier(provider, Keys(provider, options), options.Tolerance, clock);

    private static byte[][] Keys(ProviderDescriptor provider, WebhookProviderOptions options) =>
        [.. options.Secrets.Select(secret => SecretDecoder.Decode(secret, provider.SecretEncoding))];
}
