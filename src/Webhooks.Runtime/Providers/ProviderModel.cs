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
    /// No place: the value is <see cref="ValueSource.Name"/> itself, for a provider whose every delivery is the same
    /// kind of event (a Deepgram callback).
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

    /// <summary>The header name, dotted JSON path or form field name; for <see cref="ValueSourceKind.Constant"/>, the value.</summary>
    public string Name { get; }

    /// <summary>A request header.</summary>
    public static ValueSource Header(string name) => new(ValueSourceKind.Header, name);

    /// <summary>A string member of the JSON body.</summary>
    public static ValueSource Json(string path) => new(ValueSourceKind.JsonPath, path);

    /// <summary>A field of a form-encoded body.</summary>
    public static ValueSource Form(string name) => new(ValueSourceKind.FormField, name);

    /// <summary>The same value for every delivery, such as the one event type of a provider that names none.</summary>
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

    /// <summary>Whether the scheme signs a timestamp, so that a tolerance applies.</summary>
    public bool SignsTimestamp => Scheme is SignatureScheme.StandardWebhooks or SignatureScheme.Stripe or SignatureScheme.Slack;

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
