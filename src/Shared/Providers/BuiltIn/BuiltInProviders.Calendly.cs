// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
namespace Webhooks.Providers;

static partial class BuiltInProviders
{
    /// <summary>
    /// Calendly: <c>Calendly-Webhook-Signature: t=…,v1=…</c> over <c>{t}.{body}</c>, HMAC-SHA256 hex (Stripe's construction under
    /// another header), keyed by the subscription's signing key. Calendly sends no delivery id, so its deliveries are not deduplicated.
    /// </summary>
    public static ProviderDescriptor Calendly { get; } = new()
    {
        Name = "calendly",
        SecretEnvironmentVariable = "CALENDLY_WEBHOOK_SIGNING_KEY",
        Scheme = SignatureScheme.TimestampedHmac,
        SecretEncoding = SecretEncoding.Utf8,
        SignatureHeader = "Calendly-Webhook-Signature",
        TimestampKey = "t",
        SignatureKey = "v1",
        EventType = ValueSource.Json("event"),
        KnownEvents = CalendlyEvents.All,
        JsonNaming = JsonNaming.SnakeCaseLower,
    };
}
