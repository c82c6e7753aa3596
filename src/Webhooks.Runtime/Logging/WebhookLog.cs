using Microsoft.Extensions.Logging;
using Webhooks.Verification;

namespace Webhooks.Logging;

/// <summary>The pipeline's log events. None of them carries a secret, a signature or a body.</summary>
/// <remarks>
/// A delivery's key is passed as it was read (it may point into the request's body) and becomes text only when an
/// enabled event is written, during the call, as ASP.NET Core's own request logs format the request they refer to.
/// </remarks>
internal static partial class WebhookLog
{
    [LoggerMessage(1, LogLevel.Warning, "Rejected a {Provider} delivery to {Path}: {Reason}")]
    public static partial void Rejected(ILogger logger, string provider, string path, WebhookVerificationStatus reason);

    [LoggerMessage(2, LogLevel.Warning, "Rejected a {Provider} delivery to {Path}: the body is larger than {Limit} bytes")]
    public static partial void TooLarge(ILogger logger, string provider, string path, long limit);

    [LoggerMessage(3, LogLevel.Warning, "Rejected a verified {Provider} delivery {WebhookId}: {Problem}")]
    public static partial void Malformed(ILogger logger, string provider, WebhookDeliveryKey webhookId, string problem);

    [LoggerMessage(4, LogLevel.Information, "Skipped {Provider} delivery {WebhookId} ({EventType}): already processed")]
    public static partial void Duplicate(ILogger logger, string provider, WebhookDeliveryKey webhookId, string eventType);

    [LoggerMessage(5, LogLevel.Information, "Deferred {Provider} delivery {WebhookId} ({EventType}): another request is processing it")]
    public static partial void InProgress(ILogger logger, string provider, WebhookDeliveryKey webhookId, string eventType);

    [LoggerMessage(6, LogLevel.Debug, "Handled {Provider} delivery {WebhookId} ({EventType})")]
    public static partial void Handled(ILogger logger, string provider, WebhookDeliveryKey webhookId, string eventType);

    [LoggerMessage(7, LogLevel.Information, "Acknowledged {Provider} delivery {WebhookId} ({EventType}): no handler for this event type")]
    public static partial void NotHandled(ILogger logger, string provider, WebhookDeliveryKey webhookId, string eventType);

    [LoggerMessage(9, LogLevel.Warning, "Rejected {Count} more {Provider} deliveries to {Path} in the last minute without logging each (the metrics count every one)")]
    public static partial void RejectionsSuppressed(ILogger logger, string provider, string path, int count);

    [LoggerMessage(8, LogLevel.Error, "The handler of {Provider} delivery {WebhookId} ({EventType}) failed; answered 500 so that the provider retries")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string provider, WebhookDeliveryKey webhookId, string eventType);
}
