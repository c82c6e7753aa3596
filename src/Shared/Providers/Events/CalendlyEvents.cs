// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
// Source: https://developer.calendly.com/receive-data-from-scheduled-events-in-real-time-with-webhook-subscriptions (the
// subscription's "events" values): the body's "event". A reschedule is an invitee.canceled and an invitee.created. Other
// names heard of (invitee_no_show.*) are not in the pages read, so they are left out until confirmed.
namespace Webhooks.Providers;

/// <summary>Calendly's webhook event types (<c>event</c>).</summary>
#if WEBHOOKS_GENERATOR
internal
#else
public
#endif
static class CalendlyEvents
{
    /// <summary>Every documented event type.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "invitee.canceled",
        "invitee.created",
        "routing_form_submission.created",
    ];
}
