// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
namespace Webhooks.Providers;

static partial class BuiltInProviders
{
    /// <summary>
    /// Paddle Billing: <c>Paddle-Signature: ts=…;h1=…</c> over <c>{ts}:{body}</c>, HMAC-SHA256 hex; any <c>h1</c> may match (one per
    /// secret while a secret is rotated); the <c>pdl_ntfset_…</c> endpoint secret key is used verbatim. Deduplicated on <c>$.event_id</c>,
    /// which retries and manual replays keep (a replay gets a new <c>notification_id</c>).
    /// </summary>
    public static ProviderDescriptor Paddle { get; } = new()
    {
        Name = "paddle",
        SecretEnvironmentVariable = "PADDLE_WEBHOOK_SECRET",
        Scheme = SignatureScheme.TimestampedHmac,
        SecretEncoding = SecretEncoding.Utf8,
        SignatureHeader = "Paddle-Signature",
        ItemSeparator = ';',
        TimestampKey = "ts",
        SignatureKey = "h1",
        SignedSeparator = ':',
        EventType = ValueSource.Json("event_type"),
        IdempotencyKeys = [ValueSource.Json("event_id")],
        KnownEvents = PaddleEvents.All,
        JsonNaming = JsonNaming.SnakeCaseLower,
    };
}
