// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
namespace Webhooks.Providers;

static partial class BuiltInProviders
{
    /// <summary>
    /// Clerk: Standard Webhooks v1 sent through Svix, so with the <c>svix-*</c> header names only (as Clerk's SDK reads
    /// them); the event type in <c>$.type</c>.
    /// </summary>
    public static ProviderDescriptor Clerk { get; } = new()
    {
        Name = "clerk",
        // The name Clerk's SDK (verifyWebhook in @clerk/backend) reads.
        SecretEnvironmentVariable = "CLERK_WEBHOOK_SIGNING_SECRET",
        Scheme = SignatureScheme.StandardWebhooks,
        SecretEncoding = SecretEncoding.StandardWebhooks,
        StandardWebhooksHeaders = [StandardWebhooksHeaderNames.Svix],
        EventType = ValueSource.Json("type"),
        IdempotencyKeys = [ValueSource.Header(StandardWebhooksHeaderNames.Svix.Id)],
        KnownEvents = ClerkEvents.All,
        JsonNaming = JsonNaming.SnakeCaseLower,
    };
}
