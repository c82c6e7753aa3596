using Webhooks.Configuration;
using Webhooks.Providers;

namespace Webhooks.Verification;

/// <summary>Builds the verifier for a provider's scheme from its validated options.</summary>
internal static class WebhookVerifierFactory
{
    public static WebhookSignatureVerifier Create(ProviderDescriptor provider, WebhookProviderOptions options, TimeProvider clock)
    {
        var keys = options.Secrets.Select(secret => SecretDecoder.Decode(secret, provider.SecretEncoding)).ToArray();
        return provider.Scheme switch
        {
            SignatureScheme.StandardWebhooks => new StandardWebhooksVerifier(keys, options.Tolerance, clock),
            _ => throw new NotSupportedException(
                $"Webhook provider '{provider.Name}' signs with the {provider.Scheme} scheme, which this version of the runtime does not verify yet."),
        };
    }
}
