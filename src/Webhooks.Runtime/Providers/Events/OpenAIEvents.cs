// Shared by source link with Webhooks.Generator.
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
    public static string[] All { get; } =
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
        "realtime.call.incoming",
        "response.cancelled",
        "response.completed",
        "response.failed",
        "response.incomplete",
    ];
}
