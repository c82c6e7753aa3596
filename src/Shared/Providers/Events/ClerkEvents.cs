// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
// Source: clerk/javascript, packages/backend/src/api/resources/Webhooks.ts @ 0edd5738a31b6fd75d8b0b39bf6ffd6c98d04349
// (the WebhookEvent union), in its order.
namespace Webhooks.Providers;

/// <summary>Clerk's webhook event types (<c>type</c>), from its SDK.</summary>
#if WEBHOOKS_GENERATOR
internal
#else
public
#endif
static class ClerkEvents
{
    /// <summary>Every documented event type.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "user.created",
        "user.updated",
        "user.deleted",
        "email.created",
        "sms.created",
        "session.created",
        "session.ended",
        "session.removed",
        "session.revoked",
        "organization.created",
        "organization.updated",
        "organization.deleted",
        "organizationDomain.created",
        "organizationDomain.updated",
        "organizationDomain.deleted",
        "organizationMembership.created",
        "organizationMembership.deleted",
        "organizationMembership.updated",
        "organizationInvitation.accepted",
        "organizationInvitation.created",
        "organizationInvitation.revoked",
        "role.created",
        "role.updated",
        "role.deleted",
        "permission.created",
        "permission.updated",
        "permission.deleted",
        "waitlistEntry.created",
        "waitlistEntry.updated",
        "paymentAttempt.created",
        "paymentAttempt.updated",
        "subscription.created",
        "subscription.updated",
        "subscription.active",
        "subscription.past_due",
        "subscriptionItem.created",
        "subscriptionItem.updated",
        "subscriptionItem.active",
        "subscriptionItem.canceled",
        "subscriptionItem.upcoming",
        "subscriptionItem.ended",
        "subscriptionItem.abandoned",
        "subscriptionItem.incomplete",
        "subscriptionItem.past_due",
    ];
}
