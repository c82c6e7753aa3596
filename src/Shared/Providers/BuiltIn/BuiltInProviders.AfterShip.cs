// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
namespace Webhooks.Providers;

static partial class BuiltInProviders
{
    /// <summary>
    /// AfterShip Tracking: <c>aftership-hmac-sha256</c>, base64 HMAC-SHA256 of the body; the event type in <c>$.event</c>.
    /// AfterShip's other products sign under other headers (configure <c>SignatureHeader</c>).
    /// </summary>
    public static ProviderDescriptor AfterShip { get; } = new()
    {
        Name = "aftership",
        SecretEnvironmentVariable = "AFTERSHIP_WEBHOOK_SECRET",
        Scheme = SignatureScheme.BodyHmac,
        SecretEncoding = SecretEncoding.Utf8,
        SignatureHeader = "aftership-hmac-sha256",
        Algorithm = HmacAlgorithm.Sha256,
        Encoding = SignatureEncoding.Base64,
        EventType = ValueSource.Json("event"),
        IdempotencyKeys = [ValueSource.Json("event_id")],
        KnownEvents = AfterShipEvents.All,
        JsonNaming = JsonNaming.SnakeCaseLower,
    };
}
