// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
namespace Webhooks.Providers;

static partial class BuiltInProviders
{
    /// <summary>
    /// Slack Events API: <c>X-Slack-Signature: v0=&lt;hex&gt;</c>; <c>event_callback</c> is dispatched on the inner
    /// <c>$.event.type</c>, other envelopes on their outer <c>$.type</c>; <c>url_verification</c> is answered with its challenge.
    /// </summary>
    public static ProviderDescriptor Slack { get; } = new()
    {
        Name = "slack",
        SecretEnvironmentVariable = "SLACK_SIGNING_SECRET",
        Scheme = SignatureScheme.Slack,
        SecretEncoding = SecretEncoding.Utf8,
        EventType = ValueSource.Json("event.type"),
        EventTypeFallbacks = [ValueSource.Json("type")],
        IdempotencyKeys = [ValueSource.Json("event_id")],
        KnownEvents = [.. SlackEvents.All, "app_rate_limited"],
        HandshakeEventType = "url_verification",
        HandshakeResponse = ValueSource.Json("challenge"),
        NoRetryHeader = "X-Slack-No-Retry",
        JsonNaming = JsonNaming.SnakeCaseLower,
    };
}
