// Shared by source link with Webhooks.Generator (netstandard2.0), like ProviderModel.cs. These are the vocabulary of
// [assembly: WebhookProviderDefinition(…)], so they live in the namespace of that attribute: `using Webhooks;` is enough.
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
    /// A shared token sent as it is, in a header or a JSON member (GitLab's <c>X-Gitlab-Token</c>), compared with the
    /// configured secrets in constant time. Nothing is signed: deduplicate on the delivery id.
    /// </summary>
    SharedToken,

    /// <summary>
    /// HTTP Basic credentials (<c>Authorization: Basic base64(username:password)</c>, RFC 7617), compared with the
    /// configured pairs in constant time (Chargebee, Postmark, Deepgram). Nothing is signed: deduplicate on the delivery id.
    /// </summary>
    HttpBasic,
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
