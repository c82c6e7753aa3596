// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
// Source: https://developer.calendly.com/api-docs/calendly-api/webhooks/get-sample-webhook-data (its "event" enum, the
// events a subscription can name): the body's "event". A reschedule is an invitee.canceled and an invitee.created.
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
        "contact.created",
        "contact.deleted",
        "contact.updated",
        "event_type.created",
        "event_type.deleted",
        "event_type.updated",
        "invitee.canceled",
        "invitee.created",
        "invitee_no_show.created",
        "invitee_no_show.deleted",
        "meeting_recap.created",
        "meeting_recap.deleted",
        "meeting_recap.updated",
        "routing_form_submission.created",
    ];
}
