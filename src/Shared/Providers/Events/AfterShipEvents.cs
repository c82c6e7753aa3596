// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
// Source: AfterShip Tracking docs, "Webhook specifications"
// (https://www.aftership.com/docs/tracking/webhook/webhook-specifications), its "Event Code" table: shipment status,
// estimated delivery date and pending time. The stored copies may cut the table short; no other code was found.
namespace Webhooks.Providers;

/// <summary>AfterShip Tracking's webhook event types (<c>event</c>).</summary>
#if WEBHOOKS_GENERATOR
internal
#else
public
#endif
static class AfterShipEvents
{
    /// <summary>Every documented event type.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "tracking_update",
        "edd_revise",
        "tracking_pending_time",
    ];
}
