// Compiled into Webhooks.Runtime (public) and Webhooks.Generator (internal, netstandard2.0), like ProviderDescriptor.cs.
// The signature vocabulary is that of [assembly: WebhookProviderDefinition(…)], so it lives in the namespace of that
// attribute: `using Webhooks;` is enough.
namespace Webhooks;

/// <summary>The family of signature a provider uses; each has one verifier in the runtime.</summary>
#if WEBHOOKS_GENERATOR
internal
#else
public
#endif
enum SignatureScheme
{
    /// <summary>Standard Webhooks: <c>{id}.{timestamp}.{body}</c>, HMAC-SHA256 (<c>v1</c>) or Ed25519 (<c>v1a</c>), base64.</summary>
    StandardWebhooks,

    /// <summary>Stripe: <c>Stripe-Signature: t=…,v1=…</c> over <c>{t}.{body}</c>, HMAC-SHA256, hex.</summary>
    Stripe,

    /// <summary>Slack: <c>v0=</c> over <c>v0:{timestamp}:{body}</c>, HMAC-SHA256, hex.</summary>
    Slack,

    /// <summary>An HMAC over the body alone, in one header with an optional prefix (GitHub, Shopify, Hookdeck, …).</summary>
    BodyHmac,

    /// <summary>Twilio: the URL and sorted form parameters, HMAC-SHA1, base64.</summary>
    Twilio,

    /// <summary>
    /// HMAC-SHA256, hex, over <c>{SignedPrefix}{timestamp}{SignedSeparator}{body}</c>, described by the provider's data: the
    /// timestamp is an item of the signature header (<c>TimestampKey</c>, as Paddle's <c>ts=…;h1=…</c>) or a header of its own
    /// (<c>TimestampHeader</c>, as Webflow's), in seconds or milliseconds; the signatures are the header's items named
    /// <c>SignatureKey</c>, or the whole header after <c>SignaturePrefix</c>.
    /// </summary>
    TimestampedHmac,
}
