// Compiled into Webhooks.Runtime and Webhooks.Generator; in the namespace of [WebhookProviderDefinition], as SignatureScheme is.
namespace Webhooks;

/// <summary>How a configured secret string becomes the key bytes.</summary>
#if WEBHOOKS_GENERATOR
internal
#else
public
#endif
enum SecretEncoding
{
    /// <summary>The secret's UTF-8 bytes, verbatim (Stripe's <c>whsec_</c> included).</summary>
    Utf8,

    /// <summary>Standard Webhooks: base64 after an optional <c>whsec_</c> prefix, padding optional.</summary>
    StandardWebhooks,

    /// <summary>As <see cref="StandardWebhooks"/> with the prefix; the raw UTF-8 string without it (OpenAI's SDK).</summary>
    StandardWebhooksOrUtf8,
}
