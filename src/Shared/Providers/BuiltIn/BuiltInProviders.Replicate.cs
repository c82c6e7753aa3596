// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
namespace Webhooks.Providers;

static partial class BuiltInProviders
{
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
        JsonNaming = JsonNaming.SnakeCaseLower,
    };
}
