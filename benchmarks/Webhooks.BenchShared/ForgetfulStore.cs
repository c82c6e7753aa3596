using Webhooks.Idempotency;

namespace Webhooks.Benchmarks;

/// <summary>
/// A diagnostic, not a product path: an idempotency store that remembers nothing, to show what the real store's
/// bookkeeping costs in-process and end to end.
/// </summary>
public sealed class ForgetfulStore : IWebhookIdempotencyStore
{
    public ValueTask<IdempotencyClaim> TryClaimAsync(string provider, WebhookDeliveryKey key, CancellationToken cancellationToken) =>
        ValueTask.FromResult(IdempotencyClaim.Claimed);

    public ValueTask MarkProcessedAsync(string provider, WebhookDeliveryKey key, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask ReleaseAsync(string provider, WebhookDeliveryKey key, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
