// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
namespace Webhooks.Providers;

static partial class BuiltInProviders
{
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
}
