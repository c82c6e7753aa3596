// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
// Source: Replicate docs, "Prediction lifecycle" (https://replicate.com/docs/topics/predictions/lifecycle)
// for the status values, and "Receive webhooks" (https://replicate.com/docs/topics/webhooks/receive-webhook)
// plus the 2023-02-10 changelog "Improved webhook events and event filtering" for webhook_events_filter.
// Replicate's webhook body is the prediction (or training) object and carries no event type: handlers
// dispatch on $.status. "aborted" (deadline passed before the prediction started) is documented on the
// lifecycle page and in replicate-python; older clients and some docs list only the other five.
namespace Webhooks.Providers;

/// <summary>Replicate's prediction status values (the webhook body's <c>status</c>) and webhook event filters.</summary>
#if WEBHOOKS_GENERATOR
internal
#else
public
#endif
static class ReplicateEvents
{
    /// <summary>Every documented prediction status, the values handlers dispatch on.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "aborted",
        "canceled",
        "failed",
        "processing",
        "starting",
        "succeeded",
    ];

    /// <summary>The values of a prediction's <c>webhook_events_filter</c>, which choose when Replicate sends a webhook.</summary>
    public static IReadOnlyList<string> Filters { get; } =
    [
        "completed",
        "logs",
        "output",
        "start",
    ];
}
