using Webhooks.Providers;

namespace Webhooks;

/// <summary>
/// Declares a provider of your own, for webhooks your own systems send, with the same verification,
/// dispatch, analyzers and test kit as a built-in provider. Handler classes then name it in
/// <c>[WebhookProvider("…")]</c>.
/// </summary>
/// <example>
/// <code>
/// [assembly: WebhookProviderDefinition("acme",
///     SignatureHeader = "X-Acme-Signature", SignaturePrefix = "sha256=",
///     EventTypeJsonPath = "type", IdempotencyHeader = "X-Acme-Delivery",
///     SecretEnvironmentVariable = "ACME_WEBHOOK_SECRET",
///     KnownEvents = new[] { "order.created", "order.shipped" })]
///
/// [assembly: WebhookProviderDefinition("billing", Scheme = SignatureScheme.HttpBasic,   // Authorization: Basic …
///     UsernameEnvironmentVariable = "BILLING_WEBHOOK_USERNAME", SecretEnvironmentVariable = "BILLING_WEBHOOK_PASSWORD")]
/// [assembly: WebhookProviderDefinition("deploys", Scheme = SignatureScheme.SharedToken, SignatureHeader = "X-Deploy-Token")]
/// </code>
/// A sender that signs a timestamp as well, as Paddle does (<c>Acme-Signature: ts=…;h1=…</c> over <c>{ts}:{body}</c>):
/// <code>
/// [assembly: WebhookProviderDefinition("acme", Scheme = SignatureScheme.TimestampedHmac,
///     SignatureHeader = "Acme-Signature", ItemSeparator = ';', TimestampKey = "ts", SignatureKey = "h1", SignedSeparator = ':')]
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class WebhookProviderDefinitionAttribute : Attribute
{
    /// <summary>Declares the provider <paramref name="name"/>; it must not be a built-in provider's name.</summary>
    public WebhookProviderDefinitionAttribute(string name) => Name = name;

    /// <summary>The provider's name: the <c>[WebhookProvider]</c> argument and the configuration section.</summary>
    public string Name { get; }

    /// <summary>How deliveries are signed; an HMAC of the body by default.</summary>
    public SignatureScheme Scheme { get; set; } = DeclaredProviderDefaults.Scheme;

    /// <summary>
    /// The signature header, for <see cref="SignatureScheme.BodyHmac"/> and <see cref="SignatureScheme.TimestampedHmac"/>; the token's header, for
    /// <see cref="SignatureScheme.SharedToken"/> (<see cref="SignaturePrefix"/> may precede the token, such as <c>Bearer </c>).
    /// </summary>
    public string? SignatureHeader { get; set; }

    /// <summary>A prefix before the signature in its header, such as <c>sha256=</c>.</summary>
    public string? SignaturePrefix { get; set; }

    /// <summary>The HMAC's hash, for <see cref="SignatureScheme.BodyHmac"/>.</summary>
    public HmacAlgorithm Algorithm { get; set; } = DeclaredProviderDefaults.Algorithm;

    /// <summary>How the signature is written, for <see cref="SignatureScheme.BodyHmac"/>.</summary>
    public SignatureEncoding Encoding { get; set; } = DeclaredProviderDefaults.Encoding;

    /// <summary>How the configured secret becomes key bytes; its UTF-8 bytes by default.</summary>
    public SecretEncoding SecretEncoding { get; set; } = DeclaredProviderDefaults.SecretEncoding;

    /// <summary>
    /// For <see cref="SignatureScheme.TimestampedHmac"/>: the name of the signature items in a header of <c>key=value</c> items
    /// (<c>v1</c> in <c>t=…,v1=…</c>); without it, the whole header after <see cref="SignaturePrefix"/> is the signature.
    /// </summary>
    public string? SignatureKey { get; set; }

    /// <summary>For <see cref="SignatureScheme.TimestampedHmac"/>: what separates the header's items; <c>,</c> by default.</summary>
    public char ItemSeparator { get; set; } = DeclaredProviderDefaults.ItemSeparator;

    /// <summary>For <see cref="SignatureScheme.TimestampedHmac"/>: the name of the header's timestamp item (<c>t</c> in <c>t=…,v1=…</c>).</summary>
    public string? TimestampKey { get; set; }

    /// <summary>
    /// The header of the signed timestamp: for <see cref="SignatureScheme.EcdsaTimestamped"/>, and for
    /// <see cref="SignatureScheme.TimestampedHmac"/> when the timestamp has a header of its own.
    /// </summary>
    public string? TimestampHeader { get; set; }

    /// <summary>For <see cref="SignatureScheme.TimestampedHmac"/>: whether the timestamp counts seconds (the default) or milliseconds.</summary>
    public TimestampUnit TimestampUnit { get; set; }

    /// <summary>For <see cref="SignatureScheme.TimestampedHmac"/>: what the signed content starts with, before the timestamp.</summary>
    public string? SignedPrefix { get; set; }

    /// <summary>For <see cref="SignatureScheme.TimestampedHmac"/>: what separates the timestamp from the body in the signed content; <c>.</c> by default.</summary>
    public char SignedSeparator { get; set; } = DeclaredProviderDefaults.SignedSeparator;

    /// <summary>The dotted JSON path of the event type (<c>type</c> when no header is named).</summary>
    public string? EventTypeJsonPath { get; set; }

    /// <summary>The header that carries the event type, instead of the body.</summary>
    public string? EventTypeHeader { get; set; }

    /// <summary>The header that carries the delivery's idempotency key.</summary>
    public string? IdempotencyHeader { get; set; }

    /// <summary>The dotted JSON path of the delivery's idempotency key, when no header carries it.</summary>
    public string? IdempotencyJsonPath { get; set; }

    /// <summary>The environment variable that holds the secret (the token; for <see cref="SignatureScheme.HttpBasic"/>, the password).</summary>
    public string? SecretEnvironmentVariable { get; set; }

    /// <summary>For <see cref="SignatureScheme.HttpBasic"/>: the environment variable that holds the username.</summary>
    public string? UsernameEnvironmentVariable { get; set; }

    /// <summary>
    /// For <see cref="SignatureScheme.SharedToken"/>: the dotted JSON path of a token sent in the body (such as
    /// <c>metadata.extra.callback_secret</c>), instead of in <see cref="SignatureHeader"/>.
    /// </summary>
    public string? TokenJsonPath { get; set; }

    /// <summary>The event types the provider sends; the analyzers check handlers against them.</summary>
    public string[]? KnownEvents { get; set; }

    /// <summary>
    /// The environment variable that holds the sender's public key, for <see cref="SignatureScheme.EcdsaTimestamped"/>
    /// and <see cref="SignatureScheme.Jwt"/> (configured otherwise as <c>Webhooks:{name}:PublicKey</c>).
    /// </summary>
    public string? PublicKeyEnvironmentVariable { get; set; }

    /// <summary>
    /// For <see cref="SignatureScheme.Jwt"/>: the claim that holds the base64 SHA-256 of the body, such as
    /// <c>request_body_sha256</c>; required, since a token that doesn't bind the body is never accepted.
    /// </summary>
    public string? BodyHashClaim { get; set; }

    /// <summary>
    /// For <see cref="SignatureScheme.Jwt"/>: the <c>alg</c> values accepted unless configured otherwise; by default
    /// HS256/384/512, RS256/384/512, ES256/384/512 and EdDSA.
    /// </summary>
    public string[]? JwtAlgorithms { get; set; }
}
