// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
// Source: Twilio SendGrid docs, "Event Webhook Reference"
// (https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/event): delivery events (processed, dropped,
// delivered, deferred, bounce, with bounce's "type" bounce or blocked) and engagement events (open, click, spamreport,
// unsubscribe, group_unsubscribe, group_resubscribe). The "account status change" events are left out: their
// "event" value was not confirmed from the docs.
namespace Webhooks.Providers;

/// <summary>
/// SendGrid's Event Webhook: the values of each event's <c>event</c> member, and <see cref="Batch"/>, the one event
/// type a delivery is dispatched under (a delivery is a JSON array of events of any of these types).
/// </summary>
#if WEBHOOKS_GENERATOR
internal
#else
public
#endif
static class SendGridEvents
{
    /// <summary>
    /// The event type every SendGrid delivery is dispatched under: SendGrid posts a JSON array of events, often of
    /// several types, so one handler receives the whole array and tells the events apart by their <c>event</c>.
    /// </summary>
    public const string Batch = "batch";

    /// <summary>Every documented value of an event's <c>event</c> member.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "processed",
        "dropped",
        "delivered",
        "deferred",
        "bounce",
        "open",
        "click",
        "spamreport",
        "unsubscribe",
        "group_unsubscribe",
        "group_resubscribe",
    ];
}
