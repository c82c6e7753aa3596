using Microsoft.Extensions.Logging;

namespace Webhooks.Inbox;

/// <summary>The inbox's log events. Errors carry the exception's type and message, never a body.</summary>
internal static partial class InboxLog
{
    [LoggerMessage(101, LogLevel.Debug, "Queued {Provider} delivery {WebhookId} ({EventType})")]
    public static partial void Queued(ILogger logger, string provider, WebhookDeliveryKey webhookId, string eventType);

    [LoggerMessage(102, LogLevel.Error, "Could not store a batch of {Count} webhook deliveries; answered 503 so that the providers retry")]
    public static partial void StoreFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(103, LogLevel.Warning, "Answered 503 to {Provider} delivery {WebhookId} ({EventType}): {Problem}")]
    public static partial void Unavailable(ILogger logger, string provider, WebhookDeliveryKey webhookId, string eventType, string? problem);

    [LoggerMessage(104, LogLevel.Debug, "Processed {Provider} delivery {WebhookId} ({EventType}) on attempt {Attempt}")]
    public static partial void Processed(ILogger logger, string provider, string webhookId, string eventType, int attempt);

    [LoggerMessage(105, LogLevel.Warning, "Attempt {Attempt} at {Provider} delivery {WebhookId} ({EventType}) failed; retrying at {DueAt}: {Error}")]
    public static partial void WillRetry(ILogger logger, string provider, string webhookId, string eventType, int attempt, DateTimeOffset? dueAt, string? error);

    [LoggerMessage(106, LogLevel.Error, "Dead-lettered {Provider} delivery {WebhookId} ({EventType}) after attempt {Attempt}: {Error}")]
    public static partial void DeadLettered(ILogger logger, string provider, string webhookId, string eventType, int attempt, string? error);

    [LoggerMessage(107, LogLevel.Warning, "Lost the lease on {Provider} delivery {WebhookId} before its attempt ended; another worker has it")]
    public static partial void LeaseLost(ILogger logger, string provider, string webhookId);

    [LoggerMessage(108, LogLevel.Error, "Could not record the outcome of {Provider} delivery {WebhookId}; it is attempted again when its lease expires")]
    public static partial void CompleteFailed(ILogger logger, Exception exception, string provider, string webhookId);

    [LoggerMessage(109, LogLevel.Error, "Could not claim webhook deliveries; trying again")]
    public static partial void ClaimFailed(ILogger logger, Exception exception);

    [LoggerMessage(110, LogLevel.Warning, "Could not renew the leases of running webhook deliveries")]
    public static partial void RenewFailed(ILogger logger, Exception exception);

    [LoggerMessage(111, LogLevel.Warning, "Could not give back unfinished webhook deliveries at shutdown; they are claimable when their leases expire")]
    public static partial void ReleaseFailed(ILogger logger, Exception exception);

    [LoggerMessage(112, LogLevel.Information, "Deleted {Count} processed webhook deliveries past their retention")]
    public static partial void Swept(ILogger logger, int count);

    [LoggerMessage(113, LogLevel.Warning, "Could not delete processed webhook deliveries past their retention; trying again later")]
    public static partial void SweepFailed(ILogger logger, Exception exception);

    [LoggerMessage(114, LogLevel.Error, "The webhook dedupe store failed on {Provider} delivery {WebhookId} ({EventType}); answered 503")]
    public static partial void DedupeFailed(ILogger logger, Exception exception, string provider, WebhookDeliveryKey webhookId, string eventType);
}
