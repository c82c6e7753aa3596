// Shared by source link with Webhooks.Generator.
// Source: Postmark's webhooks overview (https://postmarkapp.com/developer/webhooks/webhooks-overview) and its Webhooks
// API triggers (Open, Click, Delivery, Bounce, SpamComplaint, SubscriptionChange; the official Node client's
// Webhook.d.ts): the RecordType of each outbound event. The inbound webhook posts the parsed message, whose body
// names no RecordType (https://postmarkapp.com/developer/webhooks/inbound-webhook): it is dispatched as Inbound.
namespace Webhooks.Providers;

/// <summary>Postmark's webhook record types (<c>$.RecordType</c>), and <c>Inbound</c> for the inbound webhook.</summary>
#if WEBHOOKS_GENERATOR
internal
#else
public
#endif
static class PostmarkEvents
{
    /// <summary>The event type of an inbound message, which carries no <c>RecordType</c>.</summary>
    public const string Inbound = "Inbound";

    /// <summary>Every documented record type, and <see cref="Inbound"/>.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "Bounce",
        "Delivery",
        "Open",
        "Click",
        "SpamComplaint",
        "SubscriptionChange",
        Inbound,
    ];
}
