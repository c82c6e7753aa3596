// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
// Source: PaddleHQ/paddle-node-sdk src/notifications/helpers/types.ts (EventName) @ b8ee4b12741d88abe5a33f5c8a74735c9ac3653f,
// which matches the event list of https://developer.paddle.com/webhooks/overview. The body's "event_type".
namespace Webhooks.Providers;

/// <summary>Paddle Billing's notification event types (<c>event_type</c>).</summary>
#if WEBHOOKS_GENERATOR
internal
#else
public
#endif
static class PaddleEvents
{
    /// <summary>Every documented event type.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "address.created", "address.imported", "address.updated",
        "adjustment.created", "adjustment.updated",
        "api_key.created", "api_key.expired", "api_key.expiring", "api_key.revoked", "api_key.updated",
        "api_key_exposure.created",
        "business.created", "business.imported", "business.updated",
        "client_token.created", "client_token.revoked", "client_token.updated",
        "customer.created", "customer.imported", "customer.updated",
        "discount.created", "discount.imported", "discount.updated",
        "discount_group.created", "discount_group.updated",
        "payment_method.deleted", "payment_method.saved",
        "payout.created", "payout.paid",
        "price.created", "price.imported", "price.updated",
        "product.created", "product.imported", "product.updated",
        "report.created", "report.updated",
        "subscription.activated", "subscription.canceled", "subscription.created", "subscription.imported", "subscription.past_due",
        "subscription.paused", "subscription.resumed", "subscription.trialing", "subscription.updated",
        "transaction.billed", "transaction.canceled", "transaction.completed", "transaction.created", "transaction.paid",
        "transaction.past_due", "transaction.payment_failed", "transaction.ready", "transaction.revised", "transaction.updated",
    ];
}
