namespace Webhooks.Idempotency;

/// <summary>The answer to an attempt to claim a delivery for processing.</summary>
public enum IdempotencyClaim
{
    /// <summary>Nobody has processed this delivery: the caller processes it, then marks it processed or releases it.</summary>
    Claimed,

    /// <summary>The delivery was processed before; it must not be processed again.</summary>
    AlreadyProcessed,

    /// <summary>Another request is processing the same delivery right now.</summary>
    InProgress,
}

/// <summary>
/// Remembers which deliveries were processed, so that a provider's retry of a delivery that succeeded
/// does not run its handler twice. A delivery whose handler failed is released, so that its retry runs.
/// </summary>
/// <remarks>
/// A key read from the request body points into the request's pooled buffer: copy it (<see cref="WebhookDeliveryKey.ToString"/>
/// or <see cref="WebhookDeliveryKey.CopyUtf8To"/>) before keeping it beyond the call.
/// </remarks>
public interface IWebhookIdempotencyStore
{
    /// <summary>Claims the delivery <paramref name="key"/> of <paramref name="provider"/> for processing.</summary>
    ValueTask<IdempotencyClaim> TryClaimAsync(string provider, WebhookDeliveryKey key, CancellationToken cancellationToken);

    /// <summary>Records that a claimed delivery was processed.</summary>
    ValueTask MarkProcessedAsync(string provider, WebhookDeliveryKey key, CancellationToken cancellationToken);

    /// <summary>Gives up a claim without recording the delivery as processed, so that a retry is processed.</summary>
    ValueTask ReleaseAsync(string provider, WebhookDeliveryKey key, CancellationToken cancellationToken);
}
