using Microsoft.Extensions.Options;
using Webhooks.Idempotency;
using Webhooks.Inbox.Storage;

namespace Webhooks.Inbox;

/// <summary>Inline dedupe through the inbox's table, so that several inline instances on one database agree.</summary>
internal sealed class DurableIdempotencyStore(IWebhookInboxStore store, IOptions<WebhookInboxOptions> options, TimeProvider clock) : IWebhookIdempotencyStore
{
    public ValueTask<IdempotencyClaim> TryClaimAsync(string provider, WebhookDeliveryKey key, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return store.TryClaimInlineAsync(provider, key.ToString(), new InboxLease(Guid.Empty, now, now + options.Value.InlineClaimTimeout), cancellationToken);
    }

    public ValueTask MarkProcessedAsync(string provider, WebhookDeliveryKey key, CancellationToken cancellationToken) =>
        store.CompleteInlineAsync(provider, key.ToString(), clock.GetUtcNow(), cancellationToken);

    public ValueTask ReleaseAsync(string provider, WebhookDeliveryKey key, CancellationToken cancellationToken) =>
        store.ReleaseInlineAsync(provider, key.ToString(), cancellationToken);
}
