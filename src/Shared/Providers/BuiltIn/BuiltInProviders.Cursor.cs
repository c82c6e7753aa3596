// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
namespace Webhooks.Providers;

static partial class BuiltInProviders
{
    /// <summary>
    /// Cursor (Cloud Agents API): <c>X-Webhook-Signature: sha256=&lt;hex&gt;</c>, HMAC-SHA256 of the body; dispatched on the
    /// agent's <c>$.status</c> (<c>FINISHED</c>, <c>ERROR</c>), since its one event type, <c>statusChange</c>, says nothing.
    /// </summary>
    public static ProviderDescriptor Cursor { get; } = new()
    {
        Name = "cursor",
        SecretEnvironmentVariable = "CURSOR_WEBHOOK_SECRET",
        Scheme = SignatureScheme.BodyHmac,
        SecretEncoding = SecretEncoding.Utf8,
        SignatureHeader = "X-Webhook-Signature",
        SignaturePrefix = "sha256=",
        Algorithm = HmacAlgorithm.Sha256,
        Encoding = SignatureEncoding.Hex,
        EventType = ValueSource.Json("status"),
        IdempotencyKeys = [ValueSource.Header("X-Webhook-ID")],
        KnownEvents = CursorEvents.All,
        JsonNaming = JsonNaming.CamelCase,
    };
}
