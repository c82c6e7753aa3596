// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
namespace Webhooks.Providers;

static partial class BuiltInProviders
{
    /// <summary>
    /// WooCommerce: <c>X-WC-Webhook-Signature</c>, base64 HMAC-SHA256 of the body; the topic in <c>X-WC-Webhook-Topic</c>.
    /// The unsigned <c>webhook_id=…</c> ping WooCommerce sends when a webhook is saved is answered 401, like any
    /// unsigned request: WooCommerce shows a delivery error for it and still activates the webhook.
    /// </summary>
    public static ProviderDescriptor WooCommerce { get; } = new()
    {
        Name = "woocommerce",
        SecretEnvironmentVariable = "WOOCOMMERCE_WEBHOOK_SECRET",
        Scheme = SignatureScheme.BodyHmac,
        SecretEncoding = SecretEncoding.Utf8,
        SignatureHeader = "X-WC-Webhook-Signature",
        Algorithm = HmacAlgorithm.Sha256,
        Encoding = SignatureEncoding.Base64,
        EventType = ValueSource.Header("X-WC-Webhook-Topic"),
        IdempotencyKeys = [ValueSource.Header("X-WC-Webhook-Delivery-ID")],
        KnownEvents = WooCommerceEvents.All,
        JsonNaming = JsonNaming.SnakeCaseLower,
    };
}
