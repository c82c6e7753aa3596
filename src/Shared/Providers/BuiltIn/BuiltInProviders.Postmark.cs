// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
namespace Webhooks.Providers;

static partial class BuiltInProviders
{
    /// <summary>
    /// Postmark: HTTP Basic credentials on the webhook URL (Postmark signs nothing); the event in <c>$.RecordType</c>, an
    /// inbound message (which has none) as <c>Inbound</c>. Postmark sends no delivery id, so nothing is deduplicated.
    /// </summary>
    public static ProviderDescriptor Postmark { get; } = new()
    {
        Name = "postmark",
        UsernameEnvironmentVariable = "POSTMARK_WEBHOOK_USERNAME",
        SecretEnvironmentVariable = "POSTMARK_WEBHOOK_PASSWORD",
        Scheme = SignatureScheme.HttpBasic,
        SecretEncoding = SecretEncoding.Utf8,
        EventType = ValueSource.Json("RecordType"),
        EventTypeFallbacks = [ValueSource.Constant(PostmarkEvents.Inbound)],

        // No id is the same across retries and unique per event: MessageID is shared by a message's opens and clicks,
        // and a bounce's ID is a number. Handlers must be idempotent.
        IdempotencyKeys = [],
        KnownEvents = PostmarkEvents.All,
        // Postmark writes PascalCase (RecordType, MessageID, DeliveredAt): the CLR names are Postmark's own.
        JsonNaming = JsonNaming.None,
    };
}
