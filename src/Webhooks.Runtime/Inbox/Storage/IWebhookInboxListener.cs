namespace Webhooks.Inbox.Storage;

/// <summary>Optional on a store: tells this instance when any instance stored new deliveries (PostgreSQL LISTEN/NOTIFY), so that workers start at once instead of at their next poll.</summary>
public interface IWebhookInboxListener
{
    /// <summary>Runs until <paramref name="cancellationToken"/> is cancelled, calling <paramref name="newDeliveries"/> whenever deliveries were stored; reconnects after a lost connection. Never throws except for cancellation.</summary>
    Task ListenAsync(Action newDeliveries, CancellationToken cancellationToken);
}
