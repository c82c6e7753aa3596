// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
// Source: resend/resend-node, src/webhooks/interfaces/webhook-event.interface.ts @ 0239243170c3205ff48924c6e97ebefcdb254c2a,
// in its order.
namespace Webhooks.Providers;

/// <summary>Resend's webhook event types (<c>type</c>), from its SDK.</summary>
#if WEBHOOKS_GENERATOR
internal
#else
public
#endif
static class ResendEvents
{
    /// <summary>Every documented event type.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "email.sent",
        "email.scheduled",
        "email.delivered",
        "email.delivery_delayed",
        "email.complained",
        "email.bounced",
        "email.opened",
        "email.clicked",
        "email.received",
        "email.failed",
        "email.suppressed",
        "contact.created",
        "contact.updated",
        "contact.deleted",
        "domain.created",
        "domain.updated",
        "domain.deleted",
        "suppression.added",
        "suppression.removed",
        "inbox.created",
        "inbox.updated",
        "inbox.deleted",
        "inbox.thread.created",
        "inbox.thread.folder.updated",
        "inbox.thread.assigned",
        "inbox.thread.unassigned",
        "inbox.thread.labels.updated",
        "inbox.email.received",
        "inbox.email.sent",
        "inbox.draft.created",
        "inbox.draft.updated",
        "inbox.draft.sent",
        "inbox.draft.deleted",
    ];
}
