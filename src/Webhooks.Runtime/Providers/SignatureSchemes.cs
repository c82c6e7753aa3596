// Shared by source link with Webhooks.Generator (netstandard2.0), like ProviderModel.cs. These are the vocabulary of
// [assembly: WebhookProviderDefinition(…)], so they live in the namespace of that attribute: `using Webhooks;` is enough.
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
    /// ECDSA P-256 with SHA-256 over the timestamp header's text followed by the body, base64 of the DER signature,
    /// checked with the provider's public key (SendGrid's Event Webhook). The timestamp is held to the tolerance.
    /// </summary>
    EcdsaTimestamped,

    /// <summary>
    /// A compact JWS (a signed JWT) in one header whose claim binds the body's SHA-256 (FusionAuth): HMAC, RSA, ECDSA
    /// or EdDSA, checked with configured secrets or public keys of the algorithm's own kind.
    /// </summary>
    Jwt,
}

/// <summary>The hash under a <see cref="SignatureScheme.BodyHmac"/> signature.</summary>
#if WEBHOOKS_GENERATOR
internal
#else
public
#endif
enum HmacAlgorithm
{
    /// <summary>HMAC-SHA256.</summary>
    Sha256,

    /// <summary>HMAC-SHA1.</summary>
    Sha1,
}

/// <summary>How a signature's bytes are written in its header.</summary>
#if WEBHOOKS_GENERATOR
internal
#else
public
#endif
enum SignatureEncoding
{
    /// <summary>Hexadecimal, either case.</summary>
    Hex,

    /// <summary>Base64 with padding.</summary>
    Base64,
}

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
