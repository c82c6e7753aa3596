// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
namespace Webhooks.Providers;

static partial class BuiltInProviders
{
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
        JsonNaming = JsonNaming.SnakeCaseLower,
    };
}
