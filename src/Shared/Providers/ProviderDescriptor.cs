// Compiled into Webhooks.Runtime (public) and Webhooks.Generator (internal, netstandard2.0): keep it free of APIs newer
// than netstandard2.0.
namespace Webhooks.Providers;

/// <summary>
/// Everything the runtime, the generator and the analyzers know about one provider: how it signs, where its event
/// type and idempotency key live, the events it sends, its route and how its JSON is named. Built-in providers and
/// providers declared in code are described the same way.
/// </summary>
#if WEBHOOKS_GENERATOR
internal
#else
public
#endif
sealed class ProviderDescriptor
{
    /// <summary>The provider's name: the <c>[WebhookProvider]</c> argument and the configuration section.</summary>
    public string Name { get; init; } = "";

    /// <summary>The route deliveries are posted to, unless configured otherwise: <c>/webhooks/{name}</c>.</summary>
    public string DefaultPath => "/webhooks/" + Name;

    /// <summary>
    /// The route of the provider's deliveries when <paramref name="via"/> forwards them (<c>[WebhookProvider(Via = …)]</c>),
    /// unless configured otherwise: the forwarder's route, then this provider's name, such as <c>/webhooks/hookdeck/stripe</c>.
    /// </summary>
    /// <param name="via">The forwarding provider.</param>
    public string DefaultPathVia(ProviderDescriptor via) => via.DefaultPath + "/" + Name;

    /// <summary>
    /// How the provider names its JSON members, which the generator reads handlers' payload types with. camelCase unless
    /// set, as for providers declared with <c>[assembly: WebhookProviderDefinition]</c>.
    /// </summary>
    public JsonNaming JsonNaming { get; init; } = JsonNaming.CamelCase;

    /// <summary>
    /// The environment variable that holds the secret, such as <c>OPENAI_WEBHOOK_SECRET</c>: the token for
    /// <see cref="SignatureScheme.SharedToken"/>, the password for <see cref="SignatureScheme.HttpBasic"/>.
    /// </summary>
    public string? SecretEnvironmentVariable { get; init; }

    /// <summary>The signature family.</summary>
    public SignatureScheme Scheme { get; init; }

    /// <summary>
    /// For <see cref="SignatureScheme.SharedToken"/>: where the token is sent, a header (GitLab's <c>X-Gitlab-Token</c>)
    /// or a JSON member (Deepgram's <c>metadata.extra.callback_secret</c>). A header token may follow
    /// <see cref="SignaturePrefix"/> (<c>Bearer </c>).
    /// </summary>
    public ValueSource? TokenSource { get; init; }

    /// <summary>
    /// For <see cref="SignatureScheme.HttpBasic"/>: the environment variable that holds the username, such as
    /// <c>CHARGEBEE_WEBHOOK_USERNAME</c>; <see cref="SecretEnvironmentVariable"/> holds the password.
    /// </summary>
    public string? UsernameEnvironmentVariable { get; init; }

    /// <summary>How the configured secret becomes key bytes.</summary>
    public SecretEncoding SecretEncoding { get; init; }

    /// <summary>The signature header, for schemes whose header name varies.</summary>
    public string? SignatureHeader { get; init; }

    /// <summary>A prefix before the signature in its header, such as <c>sha256=</c>.</summary>
    public string? SignaturePrefix { get; init; }

    /// <summary>The hash, for <see cref="SignatureScheme.BodyHmac"/>.</summary>
    public HmacAlgorithm Algorithm { get; init; }

    /// <summary>The signature's encoding, for <see cref="SignatureScheme.BodyHmac"/>.</summary>
    public SignatureEncoding Encoding { get; init; }

    /// <summary>
    /// For <see cref="SignatureScheme.StandardWebhooks"/>: the header names a delivery may carry, in order; each header is
    /// read from the first set that has it. List the id headers in <see cref="IdempotencyKeys"/> in the same order, so that
    /// the id deduplicated on is the id signed. Both the specification's and Svix's names unless set.
    /// </summary>
    public IReadOnlyList<StandardWebhooksHeaderNames> StandardWebhooksHeaders { get; init; } = [StandardWebhooksHeaderNames.Webhook, StandardWebhooksHeaderNames.Svix];

    /// <summary>Whether the scheme signs a timestamp, so that a tolerance applies.</summary>
    public bool SignsTimestamp => Scheme is SignatureScheme.StandardWebhooks or SignatureScheme.Stripe or SignatureScheme.Slack or SignatureScheme.EcdsaTimestamped or SignatureScheme.TimestampedHmac;

    /// <summary>
    /// The header that carries the signed timestamp, for <see cref="SignatureScheme.EcdsaTimestamped"/>, and for
    /// <see cref="SignatureScheme.TimestampedHmac"/> when the timestamp has a header of its own (<c>x-webflow-timestamp</c>).
    /// </summary>
    public string? TimestampHeader { get; init; }

    /// <summary>
    /// The environment variable that holds the public key, for schemes checked with one
    /// (<see cref="SignatureScheme.EcdsaTimestamped"/>, <see cref="SignatureScheme.Jwt"/>).
    /// </summary>
    public string? PublicKeyEnvironmentVariable { get; init; }

    /// <summary>
    /// For <see cref="SignatureScheme.Jwt"/>: the claim that holds the base64 SHA-256 of the body, such as FusionAuth's
    /// <c>request_body_sha256</c>. A token that doesn't bind the body is never accepted.
    /// </summary>
    public string? BodyHashClaim { get; init; }

    /// <summary>
    /// For <see cref="SignatureScheme.Jwt"/>: the <c>alg</c> values accepted unless configured otherwise
    /// (<c>HS256</c>, <c>RS256</c>, <c>ES256</c>, <c>EdDSA</c>, …); <c>none</c> never is.
    /// </summary>
    public IReadOnlyList<string> JwtAlgorithms { get; init; } = [];

    /// <summary>
    /// For <see cref="SignatureScheme.TimestampedHmac"/>: the name of the signature items in a header of <c>key=value</c> items,
    /// such as Paddle's <c>h1</c>; any of them may match. <c>null</c>: the whole header, after <see cref="SignaturePrefix"/>, is one signature.
    /// </summary>
    public string? SignatureKey { get; init; }

    /// <summary>For <see cref="SignatureScheme.TimestampedHmac"/>: what separates the signature header's items; <c>,</c> unless set (Paddle: <c>;</c>).</summary>
    public char ItemSeparator { get; init; } = DeclaredProviderDefaults.ItemSeparator;

    /// <summary>For <see cref="SignatureScheme.TimestampedHmac"/>: the name of the signature header's timestamp item, such as <c>t</c> or <c>ts</c>.</summary>
    public string? TimestampKey { get; init; }

    /// <summary>For <see cref="SignatureScheme.TimestampedHmac"/>: whether the timestamp counts seconds or milliseconds.</summary>
    public TimestampUnit TimestampUnit { get; init; }

    /// <summary>For <see cref="SignatureScheme.TimestampedHmac"/>: what the signed content starts with, before the timestamp; none unless set.</summary>
    public string? SignedPrefix { get; init; }

    /// <summary>For <see cref="SignatureScheme.TimestampedHmac"/>: what separates the timestamp from the body in the signed content; <c>.</c> unless set (Paddle, Webflow: <c>:</c>).</summary>
    public char SignedSeparator { get; init; } = DeclaredProviderDefaults.SignedSeparator;

    /// <summary>Where the event type is read.</summary>
    public ValueSource EventType { get; init; } = ValueSource.Json("type");

    /// <summary>
    /// Where the event type is read when <see cref="EventType"/> is absent, in order. Twilio, for one, sends
    /// <c>MessageStatus</c> for messages and <c>CallStatus</c> for calls.
    /// </summary>
    public IReadOnlyList<ValueSource> EventTypeFallbacks { get; init; } = [];

    /// <summary>Where the idempotency key is read; the first one present wins. Empty: no deduplication.</summary>
    public IReadOnlyList<ValueSource> IdempotencyKeys { get; init; } = [];

    /// <summary>The event types the provider documents; the analyzers check handlers against them.</summary>
    public IReadOnlyList<string> KnownEvents { get; init; } = [];

    /// <summary>
    /// The event type of a handshake that the pipeline answers itself once the delivery is verified, such as
    /// Slack's <c>url_verification</c>; no handler runs for it.
    /// </summary>
    public string? HandshakeEventType { get; init; }

    /// <summary>The value the handshake is answered with, such as Slack's <c>$.challenge</c>.</summary>
    public ValueSource? HandshakeResponse { get; init; }

    /// <summary>
    /// A response header that tells the sender not to retry, sent with answers a retry can't change (400, 401,
    /// 413), such as Slack's <c>X-Slack-No-Retry: 1</c>.
    /// </summary>
    public string? NoRetryHeader { get; init; }
}
