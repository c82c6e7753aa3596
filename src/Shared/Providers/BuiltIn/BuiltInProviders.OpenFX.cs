// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
namespace Webhooks.Providers;

static partial class BuiltInProviders
{
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
        JsonNaming = JsonNaming.CamelCase,
    };
}
