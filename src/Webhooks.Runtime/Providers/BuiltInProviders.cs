// Shared by source link with Webhooks.Generator: the one list of built-in providers.
namespace Webhooks.Providers;

/// <summary>The providers the library knows by name.</summary>
#if WEBHOOKS_GENERATOR
internal
#else
public
#endif
static class BuiltInProviders
{
    /// <summary>
    /// Chargebee: HTTP Basic credentials on the webhook URL (Chargebee signs nothing); the event resource's
    /// <c>$.event_type</c> and <c>$.id</c>, which a retry repeats.
    /// </summary>
    public static ProviderDescriptor Chargebee { get; } = new()
    {
        Name = "chargebee",
        UsernameEnvironmentVariable = "CHARGEBEE_WEBHOOK_USERNAME",
        SecretEnvironmentVariable = "CHARGEBEE_WEBHOOK_PASSWORD",
        Scheme = SignatureScheme.HttpBasic,
        SecretEncoding = SecretEncoding.Utf8,
        EventType = ValueSource.Json("event_type"),
        IdempotencyKeys = [ValueSource.Json("id")],
        KnownEvents = ChargebeeEvents.All,
    };

    /// <summary>
    /// Deepgram callbacks: HTTP Basic credentials on the callback URL (Deepgram signs nothing; <c>dg-token</c> is retired);
    /// every callback is the event <c>callback</c>, deduplicated on <c>$.metadata.request_id</c>.
    /// </summary>
    public static ProviderDescriptor Deepgram { get; } = new()
    {
        Name = "deepgram",
        UsernameEnvironmentVariable = "DEEPGRAM_CALLBACK_USERNAME",
        SecretEnvironmentVariable = "DEEPGRAM_CALLBACK_PASSWORD",
        Scheme = SignatureScheme.HttpBasic,
        SecretEncoding = SecretEncoding.Utf8,
        EventType = ValueSource.Constant(DeepgramEvents.Callback),
        IdempotencyKeys = [ValueSource.Json("metadata.request_id")],
        KnownEvents = DeepgramEvents.All,
    };

    /// <summary>Any sender that signs the body with HMAC-SHA256: <c>X-Webhook-Signature: sha256=&lt;hex&gt;</c> unless configured otherwise.</summary>
    public static ProviderDescriptor Generic { get; } = new()
    {
        Name = "generic",
        SecretEnvironmentVariable = "WEBHOOK_SECRET",
        Scheme = SignatureScheme.BodyHmac,
        SecretEncoding = SecretEncoding.Utf8,
        SignatureHeader = "X-Webhook-Signature",
        SignaturePrefix = "sha256=",
        Algorithm = HmacAlgorithm.Sha256,
        Encoding = SignatureEncoding.Hex,
        EventType = ValueSource.Json("type"),
        IdempotencyKeys = [ValueSource.Json("id")],
    };

    /// <summary>GitHub: <c>X-Hub-Signature-256: sha256=&lt;hex&gt;</c>; the event name in <c>X-GitHub-Event</c>.</summary>
    public static ProviderDescriptor GitHub { get; } = new()
    {
        Name = "github",
        SecretEnvironmentVariable = "GITHUB_WEBHOOK_SECRET",
        Scheme = SignatureScheme.BodyHmac,
        SecretEncoding = SecretEncoding.Utf8,
        SignatureHeader = "X-Hub-Signature-256",
        SignaturePrefix = "sha256=",
        Algorithm = HmacAlgorithm.Sha256,
        Encoding = SignatureEncoding.Hex,
        EventType = ValueSource.Header("X-GitHub-Event"),
        IdempotencyKeys = [ValueSource.Header("X-GitHub-Delivery")],
        KnownEvents = GitHubEvents.All,
    };

    /// <summary>
    /// GitLab: the webhook's secret token, sent as it is in <c>X-Gitlab-Token</c> (nothing is signed); the event in
    /// <c>X-Gitlab-Event</c> (<c>Push Hook</c>), which every hook sends, where <c>$.object_kind</c> is missing from some.
    /// </summary>
    public static ProviderDescriptor GitLab { get; } = new()
    {
        Name = "gitlab",
        SecretEnvironmentVariable = "GITLAB_WEBHOOK_TOKEN",
        Scheme = SignatureScheme.SharedToken,
        SecretEncoding = SecretEncoding.Utf8,
        TokenSource = ValueSource.Header("X-Gitlab-Token"),
        EventType = ValueSource.Header("X-Gitlab-Event"),

        // Idempotency-Key (GitLab 17.4+) stays the same across retries; X-Gitlab-Event-UUID before it. X-Gitlab-Webhook-UUID
        // names the hook, not the event, and is not a delivery id.
        IdempotencyKeys = [ValueSource.Header("Idempotency-Key"), ValueSource.Header("X-Gitlab-Event-UUID")],
        KnownEvents = GitLabEvents.All,
    };

    /// <summary>Hookdeck Event Gateway: <c>x-hookdeck-signature</c>, base64 HMAC-SHA256; it forwards other providers' events.</summary>
    public static ProviderDescriptor Hookdeck { get; } = new()
    {
        Name = "hookdeck",
        SecretEnvironmentVariable = "HOOKDECK_WEBHOOK_SECRET",
        Scheme = SignatureScheme.BodyHmac,
        SecretEncoding = SecretEncoding.Utf8,
        SignatureHeader = "x-hookdeck-signature",
        Algorithm = HmacAlgorithm.Sha256,
        Encoding = SignatureEncoding.Base64,
        EventType = ValueSource.Json("type"),
        IdempotencyKeys = [ValueSource.Header("x-hookdeck-eventid")],
    };

    /// <summary>OpenAI: Standard Webhooks v1; the event type in <c>$.type</c>.</summary>
    public static ProviderDescriptor OpenAI { get; } = new()
    {
        Name = "openai",
        SecretEnvironmentVariable = "OPENAI_WEBHOOK_SECRET",
        Scheme = SignatureScheme.StandardWebhooks,
        SecretEncoding = SecretEncoding.StandardWebhooksOrUtf8,
        EventType = ValueSource.Json("type"),
        IdempotencyKeys = [ValueSource.Header("webhook-id")],
        KnownEvents = OpenAIEvents.All,
    };

    /// <summary>OpenFX: <c>x-openfx-signature</c>, base64 HMAC-SHA256; the event type in <c>$.type</c>.</summary>
    public static ProviderDescriptor OpenFX { get; } = new()
    {
        Name = "openfx",
        SecretEnvironmentVariable = "OPENFX_WEBHOOK_SECRET",
        Scheme = SignatureScheme.BodyHmac,
        SecretEncoding = SecretEncoding.Utf8,
        SignatureHeader = "x-openfx-signature",
        Algorithm = HmacAlgorithm.Sha256,
        Encoding = SignatureEncoding.Base64,
        EventType = ValueSource.Json("type"),
        IdempotencyKeys = [ValueSource.Json("eventId")],
        KnownEvents = OpenFXEvents.All,
    };

    /// <summary>
    /// Postmark: HTTP Basic credentials on the webhook URL (Postmark signs nothing); the event in <c>$.RecordType</c>, an
    /// inbound message (which has none) as <c>Inbound</c>. Postmark sends no delivery id, so nothing is deduplicated.
    /// </summary>
    public static ProviderDescriptor Postmark { get; } = new()
    {
        Name = "postmark",
        UsernameEnvironmentVariable = "POSTMARK_WEBHOOK_USERNAME",
        SecretEnvironmentVariable = "POSTMARK_WEBHOOK_PASSWORD",
        Scheme = SignatureScheme.HttpBasic,
        SecretEncoding = SecretEncoding.Utf8,
        EventType = ValueSource.Json("RecordType"),
        EventTypeFallbacks = [ValueSource.Constant(PostmarkEvents.Inbound)],

        // No id is the same across retries and unique per event: MessageID is shared by a message's opens and clicks,
        // and a bounce's ID is a number. Handlers must be idempotent.
        IdempotencyKeys = [],
        KnownEvents = PostmarkEvents.All,
    };

    /// <summary>Replicate: Standard Webhooks v1; the body is a prediction, dispatched on its <c>$.status</c>.</summary>
    public static ProviderDescriptor Replicate { get; } = new()
    {
        Name = "replicate",
        SecretEnvironmentVariable = "REPLICATE_WEBHOOK_SECRET",
        Scheme = SignatureScheme.StandardWebhooks,
        SecretEncoding = SecretEncoding.StandardWebhooks,
        EventType = ValueSource.Json("status"),
        IdempotencyKeys = [ValueSource.Header("webhook-id")],
        KnownEvents = ReplicateEvents.All,
    };

    /// <summary>Shopify: <c>X-Shopify-Hmac-Sha256</c>, base64 HMAC-SHA256 with the app's client secret; the topic in <c>X-Shopify-Topic</c>.</summary>
    public static ProviderDescriptor Shopify { get; } = new()
    {
        Name = "shopify",
        SecretEnvironmentVariable = "SHOPIFY_API_SECRET",
        Scheme = SignatureScheme.BodyHmac,
        SecretEncoding = SecretEncoding.Utf8,
        SignatureHeader = "X-Shopify-Hmac-Sha256",
        Algorithm = HmacAlgorithm.Sha256,
        Encoding = SignatureEncoding.Base64,
        EventType = ValueSource.Header("X-Shopify-Topic"),
        IdempotencyKeys = [ValueSource.Header("X-Shopify-Event-Id"), ValueSource.Header("X-Shopify-Webhook-Id")],
        KnownEvents = ShopifyEvents.All,
    };

    /// <summary>
    /// Slack Events API: <c>X-Slack-Signature: v0=&lt;hex&gt;</c>; <c>event_callback</c> is dispatched on the inner
    /// <c>$.event.type</c>, other envelopes on their outer <c>$.type</c>; <c>url_verification</c> is answered with its challenge.
    /// </summary>
    public static ProviderDescriptor Slack { get; } = new()
    {
        Name = "slack",
        SecretEnvironmentVariable = "SLACK_SIGNING_SECRET",
        Scheme = SignatureScheme.Slack,
        SecretEncoding = SecretEncoding.Utf8,
        EventType = ValueSource.Json("event.type"),
        EventTypeFallbacks = [ValueSource.Json("type")],
        IdempotencyKeys = [ValueSource.Json("event_id")],
        KnownEvents = [.. SlackEvents.All, "app_rate_limited"],
        HandshakeEventType = "url_verification",
        HandshakeResponse = ValueSource.Json("challenge"),
        NoRetryHeader = "X-Slack-No-Retry",
    };

    /// <summary>Any Standard Webhooks sender (Svix and the services built on it): <c>v1</c> with <c>whsec_</c> keys, <c>v1a</c> with <c>whpk_</c> keys.</summary>
    public static ProviderDescriptor StandardWebhooks { get; } = new()
    {
        Name = "standard-webhooks",
        SecretEnvironmentVariable = "STANDARD_WEBHOOKS_SECRET",
        Scheme = SignatureScheme.StandardWebhooks,
        SecretEncoding = SecretEncoding.StandardWebhooks,
        EventType = ValueSource.Json("type"),
        IdempotencyKeys = [ValueSource.Header("webhook-id")],
    };

    /// <summary>Stripe: <c>Stripe-Signature: t=…,v1=…</c>; the <c>whsec_</c> secret is used verbatim.</summary>
    public static ProviderDescriptor Stripe { get; } = new()
    {
        Name = "stripe",
        SecretEnvironmentVariable = "STRIPE_WEBHOOK_SECRET",
        Scheme = SignatureScheme.Stripe,
        SecretEncoding = SecretEncoding.Utf8,
        EventType = ValueSource.Json("type"),
        IdempotencyKeys = [ValueSource.Json("id")],
        KnownEvents = StripeEvents.All,
    };

    /// <summary>Twilio: <c>X-Twilio-Signature</c> over the URL and form fields; the status in <c>MessageStatus</c>, else <c>CallStatus</c>.</summary>
    public static ProviderDescriptor Twilio { get; } = new()
    {
        Name = "twilio",
        SecretEnvironmentVariable = "TWILIO_AUTH_TOKEN",
        Scheme = SignatureScheme.Twilio,
        SecretEncoding = SecretEncoding.Utf8,
        EventType = ValueSource.Form("MessageStatus"),
        EventTypeFallbacks = [ValueSource.Form("CallStatus")],
        IdempotencyKeys = [ValueSource.Header("I-Twilio-Idempotency-Token")],
        KnownEvents = TwilioEvents.All,
    };

    /// <summary>Vercel: <c>x-vercel-signature</c>, hex HMAC-SHA1; the event type in <c>$.type</c>.</summary>
    public static ProviderDescriptor Vercel { get; } = new()
    {
        Name = "vercel",
        SecretEnvironmentVariable = "VERCEL_WEBHOOK_SECRET",
        Scheme = SignatureScheme.BodyHmac,
        SecretEncoding = SecretEncoding.Utf8,
        SignatureHeader = "x-vercel-signature",
        Algorithm = HmacAlgorithm.Sha1,
        Encoding = SignatureEncoding.Hex,
        EventType = ValueSource.Json("type"),
        IdempotencyKeys = [ValueSource.Json("id")],
        KnownEvents = VercelEvents.All,
    };

    /// <summary>Every built-in provider, ordered by name.</summary>
    public static IReadOnlyList<ProviderDescriptor> All { get; } =
        [Chargebee, Deepgram, Generic, GitHub, GitLab, Hookdeck, OpenAI, OpenFX, Postmark, Replicate, Shopify, Slack, StandardWebhooks, Stripe, Twilio, Vercel];

    /// <summary>The built-in provider with this name, or <c>null</c>.</summary>
    public static ProviderDescriptor? Find(string name)
    {
        foreach (var provider in All)
        {
            if (string.Equals(provider.Name, name, System.StringComparison.Ordinal))
            {
                return provider;
            }
        }

        return null;
    }
}
