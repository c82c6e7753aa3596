// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
// Source: OpenAI API reference, "Webhook Events"
// (https://developers.openai.com/api/docs/api-reference/webhook-events), and the "Webhooks" resource
// reference (https://developers.openai.com/api/reference/resources/webhooks: the event_types enum of
// POST /v1/webhook_endpoints), as stored after 2026-08-21.
// Notes: openai/openai-openapi (spec 2.3.0, 2026-08-21) and the official SDKs of that date list only 16 of
// these (no live.transport.incoming, safety.*, video.*); the newer reference adds them. live.call.incoming
// is deprecated in favour of live.transport.incoming (kept for existing subscriptions). video.completed and
// video.failed appear in the endpoint subscription enum but have no payload schema on the events page.
// The Python SDK also defines safety_identifier.blocked, which no other source lists: left out.
// Spelling is OpenAI's: "cancelled" except eval.run.canceled.
namespace Webhooks.Providers;

/// <summary>OpenAI's webhook event types, from its webhook events reference.</summary>
#if WEBHOOKS_GENERATOR
internal
#else
public
#endif
static class OpenAIEvents
{
    /// <summary>Every documented event type.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "batch.cancelled",
        "batch.completed",
        "batch.expired",
        "batch.failed",
        "eval.run.canceled",
        "eval.run.failed",
        "eval.run.succeeded",
        "fine_tuning.job.cancelled",
        "fine_tuning.job.failed",
        "fine_tuning.job.succeeded",
        "live.call.incoming",
        "live.transport.incoming",
        "realtime.call.incoming",
        "response.cancelled",
        "response.completed",
        "response.failed",
        "response.incomplete",
        "safety.alert.created",
        "safety.deactivation_issued",
        "safety.org_alert.created",
        "safety.warning_issued",
        "video.completed",
        "video.failed",
    ];
}
