// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
namespace Webhooks.Providers;

static partial class BuiltInProviders
{
    /// <summary>
    /// Chargebee: HTTP Basic credentials on the webhook URL (Chargebee signs nothing); the event resource's
    /// <c>$.event_type</c> and <c>$.id</c>, which a retry repeats.
    /// </summary>
    public static ProviderDescriptor Chargebee { get; } = new()
    {
        Name = "chargebee",
        UsernameEnvironmentVariable = "CHARGEBEE_WEBHOOK_USERNAME",
        SecretEnvironmentVariable = "CHARGEBEE_WEBHOOK_PASSWORD",
        Scheme = SignatureScheme.HttpBasic,
        SecretEncoding = SecretEncoding.Utf8,
        EventType = ValueSource.Json("event_type"),
        IdempotencyKeys = [ValueSource.Json("id")],
        KnownEvents = ChargebeeEvents.All,
        JsonNaming = JsonNaming.SnakeCaseLower,
    };
}
