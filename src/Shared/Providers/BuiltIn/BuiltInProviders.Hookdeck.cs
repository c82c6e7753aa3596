// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
namespace Webhooks.Providers;

static partial class BuiltInProviders
{
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
        JsonNaming = JsonNaming.SnakeCaseLower,
    };
}
