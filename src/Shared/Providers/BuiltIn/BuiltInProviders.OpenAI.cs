// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
namespace Webhooks.Providers;

static partial class BuiltInProviders
{
    /// <summary>OpenAI: Standard Webhooks v1; the event type in <c>$.type</c>.</summary>
    public static ProviderDescriptor OpenAI { get; } = new()
    {
        Name = "openai",
        SecretEnvironmentVariable = "OPENAI_WEBHOOK_SECRET",
        Scheme = SignatureScheme.StandardWebhooks,
        SecretEncoding = SecretEncoding.StandardWebhooksOrUtf8,
        EventType = ValueSource.Json("type"),
        IdempotencyKeys = [ValueSource.Header("webhook-id")],
        KnownEvents = OpenAIEvents.All,
        JsonNaming = JsonNaming.SnakeCaseLower,
    };
}
