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
/// </example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class WebhookProviderDefinitionAttribute : Attribute
{
    /// <summary>Declares the provider <paramref name="name"/>; it must not be a built-in provider's name.</summary>
    public WebhookProviderDefinitionAttribute(string name) => Name = name;

    /// <summary>The provider's name: the <c>[WebhookProvider]</c> argument and the configuration section.</summary>
    public string Name { get; }

    /// <summary>How deliveries are signed; an HMAC of the body by default.</summary>
    public SignatureScheme Scheme { get; set; } = SignatureScheme.BodyHmac;

    /// <summary>
    /// The signature header, for <see cref="SignatureScheme.BodyHmac"/>; the token's header, for
    /// <see cref="SignatureScheme.SharedToken"/> (<see cref="SignaturePrefix"/> may precede the token, such as <c>Bearer </c>).
    /// </summary>
    public string? SignatureHeader { get; set; }

    /// <summary>A prefix before the signature in its header, such as <c>sha256=</c>.</summary>
    public string? SignaturePrefix { get; set; }

    /// <summary>The HMAC's hash, for <see cref="SignatureScheme.BodyHmac"/>.</summary>
    public HmacAlgorithm Algorithm { get; set; } = HmacAlgorithm.Sha256;

    /// <summary>How the signature is written, for <see cref="SignatureScheme.BodyHmac"/>.</summary>
    public SignatureEncoding Encoding { get; set; } = SignatureEncoding.Hex;

    /// <summary>How the configured secret becomes key bytes; its UTF-8 bytes by default.</summary>
    public SecretEncoding SecretEncoding { get; set; } = SecretEncoding.Utf8;

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
}
