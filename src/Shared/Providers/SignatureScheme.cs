// Compiled into Webhooks.Runtime (public) and Webhooks.Generator (internal, netstandard2.0), like ProviderDescriptor.cs.
// The signature vocabulary is that of [assembly: WebhookProviderDefinition(…)], so it lives in the namespace of that
// attribute: `using Webhooks;` is enough.
namespace Webhooks;

/// <summary>
/// The family of authentication a provider uses (a signature, or a credential it sends as it is); each has one
/// verifier in the runtime.
/// </summary>
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
    /// ECDSA P-256 with SHA-256 over the timestamp header's text followed by the body, base64 of the DER signature,
    /// checked with the provider's public key (SendGrid's Event Webhook). The timestamp is held to the tolerance.
    /// </summary>
    EcdsaTimestamped,

    /// <summary>
    /// A compact JWS (a signed JWT) in one header whose claim binds the body's SHA-256 (FusionAuth): HMAC, RSA, ECDSA
    /// or EdDSA, checked with configured secrets or public keys of the algorithm's own kind.
    /// </summary>
    Jwt,

    /// <summary>
    /// A shared token sent as it is, in a header or a JSON member (GitLab's <c>X-Gitlab-Token</c>), compared with the
    /// configured secrets in constant time. Nothing is signed: deduplicate on the delivery id.
    /// </summary>
    SharedToken,

    /// <summary>
    /// HTTP Basic credentials (<c>Authorization: Basic base64(username:password)</c>, RFC 7617), compared with the
    /// configured pairs in constant time (Chargebee, Postmark, Deepgram). Nothing is signed: deduplicate on the delivery id.
    /// </summary>
    HttpBasic,

    /// <summary>
    /// HMAC-SHA256, hex, over <c>{SignedPrefix}{timestamp}{SignedSeparator}{body}</c>, described by the provider's data: the
    /// timestamp is an item of the signature header (<c>TimestampKey</c>, as Paddle's <c>ts=…;h1=…</c>) or a header of its own
    /// (<c>TimestampHeader</c>, as Webflow's), in seconds or milliseconds; the signatures are the header's items named
    /// <c>SignatureKey</c>, or the whole header after <c>SignaturePrefix</c>.
    /// </summary>
    TimestampedHmac,
}
