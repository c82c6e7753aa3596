// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
namespace Webhooks.Providers;

static partial class BuiltInProviders
{
    /// <summary>Resend: Standard Webhooks v1 sent through Svix, with the <c>svix-*</c> header names; the event type in <c>$.type</c>.</summary>
    public static ProviderDescriptor Resend { get; } = new()
    {
        Name = "resend",
        // The name of Resend's docs ("Verify Webhooks Requests").
        SecretEnvironmentVariable = "RESEND_WEBHOOK_SECRET",
        Scheme = SignatureScheme.StandardWebhooks,
        SecretEncoding = SecretEncoding.StandardWebhooks,
        StandardWebhooksHeaders = [StandardWebhooksHeaderNames.Svix],
        EventType = ValueSource.Json("type"),
        IdempotencyKeys = [ValueSource.Header(StandardWebhooksHeaderNames.Svix.Id)],
        KnownEvents = ResendEvents.All,
        JsonNaming = JsonNaming.SnakeCaseLower,
    };
}
