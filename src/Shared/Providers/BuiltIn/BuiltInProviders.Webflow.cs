// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
namespace Webhooks.Providers;

static partial class BuiltInProviders
{
    /// <summary>
    /// Webflow: <c>x-webflow-signature</c> (HMAC-SHA256 hex) over <c>{x-webflow-timestamp}:{body}</c>, the timestamp in Unix
    /// milliseconds. Webhooks made in the dashboard or with a site token are unsigned, and refused. Webflow sends no delivery id,
    /// so its deliveries are not deduplicated.
    /// </summary>
    public static ProviderDescriptor Webflow { get; } = new()
    {
        Name = "webflow",
        SecretEnvironmentVariable = "WEBFLOW_WEBHOOK_SECRET",
        Scheme = SignatureScheme.TimestampedHmac,
        SecretEncoding = SecretEncoding.Utf8,
        SignatureHeader = "x-webflow-signature",
        TimestampHeader = "x-webflow-timestamp",
        TimestampUnit = TimestampUnit.Milliseconds,
        SignedSeparator = ':',
        EventType = ValueSource.Json("triggerType"),
        KnownEvents = WebflowEvents.All,
        JsonNaming = JsonNaming.CamelCase,
    };
}
