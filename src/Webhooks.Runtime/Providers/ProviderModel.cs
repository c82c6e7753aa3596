// Shared by source link with Webhooks.Generator (netstandard2.0): the runtime and the analyzers read the
// same provider data. Keep this file free of APIs newer than netstandard2.0.
namespace Webhooks.Providers;

/// <summary>Where in a request a value (an event type, an idempotency key) is found.</summary>
#if WEBHOOKS_GENERATOR
internal
#else
public
#endif
enum ValueSourceKind
{
    /// <summary>A request header.</summary>
    Header,

    /// <summary>A string member of the JSON body, by a dotted path such as <c>type</c> or <c>event.type</c>.</summary>
    JsonPath,

    /// <summary>A field of a form-encoded body.</summary>
    FormField,

    /// <summary>
    /// A fixed value, the same for every delivery: the event type of a provider that posts a batch of events of
    /// several types at once (SendGrid), so that one handler receives the whole batch.
    /// </summary>
    Constant,
}

/// <summary>A place in a request where a value is found.</summary>
#if WEBHOOKS_GENERATOR
internal
#else
public
#endif
sealed class ValueSource
{
    /// <summary>Creates a value source.</summary>
    public ValueSource(ValueSourceKind kind, string name)
    {
        Kind = kind;
        Name = name;
    }

    /// <summary>The kind of place.</summary>
    public ValueSourceKind Kind { get; }

    /// <summary>The header name, dotted JSON path or form field name; for <see cref="ValueSourceKind.Constant"/>, the value itself.</summary>
    public string Name { get; }

    /// <summary>A request header.</summary>
    public static ValueSource Header(string name) => new(ValueSourceKind.Header, name);

    /// <summary>A string member of the JSON body.</summary>
    public static ValueSource Json(string path) => new(ValueSourceKind.JsonPath, path);

    /// <summary>A field of a form-encoded body.</summary>
    public static ValueSource Form(string name) => new(ValueSourceKind.FormField, name);

    /// <summary>A fixed value, the same for every delivery.</summary>
    public static ValueSource Constant(string value) => new(ValueSourceKind.Constant, value);
}

/// <summary>
/// Everything the runtime and the analyzers know about one provider: how it signs, where its event type
/// and idempotency key live, and the events it sends. Built-in providers and providers declared in code
/// are described the same way.
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

    /// <summary>The route deliveries are posted to, unless configured otherwise.</summary>
    public string DefaultPath => "/webhooks/" + Name;

    /// <summary>The environment variable that holds the secret, such as <c>OPENAI_WEBHOOK_SECRET</c>.</summary>
    public string? SecretEnvironmentVariable { get; init; }

    /// <summary>The signature family.</summary>
    public SignatureScheme Scheme { get; init; }

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

    /// <summary>Whether the scheme signs a timestamp, so that a tolerance applies.</summary>
    public bool SignsTimestamp => Scheme is SignatureScheme.StandardWebhooks or SignatureScheme.Stripe or SignatureScheme.Slack or SignatureScheme.EcdsaTimestamped;

    /// <summary>The header that carries the signed timestamp, for <see cref="SignatureScheme.EcdsaTimestamped"/>.</summary>
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
