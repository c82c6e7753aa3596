using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Webhooks.Inbox;
using Webhooks.Logging;
using Webhooks.Telemetry;
using Webhooks.Verification;

namespace Webhooks.Pipeline;

/// <summary>
/// How one route answers each outcome of a delivery: the status, the log line and the metric, in one place. Rejections
/// an unauthenticated sender can cause are counted every time but logged at most a few times a minute.
/// </summary>
internal sealed class WebhookAnswers(string provider, string path, string? noRetryHeader, WebhookMetrics metrics, TimeProvider clock, ILogger logger, string? challenge = null)
{
    // Long enough for the provider to come back later, short enough not to look like an outage.
    private const string RetryAfterSeconds = "10";

    private readonly RejectionThrottle _throttle = new(clock);

    public Task TooLarge(HttpContext http, long limit)
    {
        Reject(RejectionReason.TooLarge);
        if (ShouldLog())
        {
            WebhookLog.TooLarge(logger, provider, path, limit);
        }

        return Respond(http, StatusCodes.Status413PayloadTooLarge, "Body too large.");
    }

    public Task Unreadable(HttpContext http, int status)
    {
        Reject(RejectionReason.Unreadable);
        return Respond(http, status, "Unreadable body.");
    }

    /// <summary>401; with the scheme's <c>WWW-Authenticate</c> challenge when it has one (HTTP Basic).</summary>
    public Task Unauthorized(HttpContext http, WebhookVerificationStatus status)
    {
        Reject(RejectionReason.Of(status));
        if (ShouldLog())
        {
            WebhookLog.Rejected(logger, provider, path, status);
        }

        if (challenge is not null)
        {
            http.Response.Headers.WWWAuthenticate = challenge;
        }

        return Respond(http, StatusCodes.Status401Unauthorized, "Invalid webhook signature.");
    }

    /// <summary>
    /// 503 with <c>Retry-After</c>: the keys that could check this delivery haven't been fetched yet (the JWKS URL hasn't
    /// answered since start-up), so it is neither accepted nor called invalid, and the sender retries.
    /// </summary>
    public Task KeysUnavailable(HttpContext http)
    {
        Reject(RejectionReason.KeysUnavailable);
        if (ShouldLog())
        {
            WebhookLog.Rejected(logger, provider, path, WebhookVerificationStatus.KeysUnavailable);
        }

        http.Response.Headers.RetryAfter = RetryAfterSeconds;
        return Respond(http, StatusCodes.Status503ServiceUnavailable, "The keys to verify this webhook are not available yet; retry later.");
    }

    /// <summary>A verified body that can't be processed: signed, so the sender is known and every one is logged.</summary>
    public Task Malformed(HttpContext http, WebhookDeliveryKey key, string problem)
    {
        Reject(RejectionReason.Malformed);
        WebhookLog.Malformed(logger, provider, key, problem);
        return Respond(http, StatusCodes.Status400BadRequest, "Malformed webhook body: " + problem);
    }

    public Task Handshake(HttpContext http, string answer) => Respond(http, StatusCodes.Status200OK, answer);

    public void Handled(HttpContext http, WebhookDeliveryKey key, string eventType, bool ran)
    {
        if (ran)
        {
            Count(eventType, DeliveryOutcome.Handled);
            WebhookLog.Handled(logger, provider, key, eventType);
        }
        else
        {
            Count(eventType, DeliveryOutcome.NotHandled);
            WebhookLog.NotHandled(logger, provider, key, eventType);
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
    }

    public void Duplicate(HttpContext http, WebhookDeliveryKey key, string eventType)
    {
        Count(eventType, DeliveryOutcome.Duplicate);
        WebhookLog.Duplicate(logger, provider, key, eventType);
        http.Response.StatusCode = StatusCodes.Status200OK;
    }

    /// <summary>409 makes the provider retry later, when the first attempt has finished one way or the other.</summary>
    public Task InProgress(HttpContext http, WebhookDeliveryKey key, string eventType)
    {
        Count(eventType, DeliveryOutcome.InProgress);
        WebhookLog.InProgress(logger, provider, key, eventType);
        return Respond(http, StatusCodes.Status409Conflict, "This delivery is being processed.");
    }

    public void Queued(HttpContext http, WebhookDeliveryKey key, string eventType)
    {
        Count(eventType, DeliveryOutcome.Queued);
        InboxLog.Queued(logger, provider, key, eventType);
        http.Response.StatusCode = StatusCodes.Status200OK;
    }

    /// <summary>503 with <c>Retry-After</c>: the store failed, so nothing is acknowledged and the provider retries.</summary>
    public Task Unavailable(HttpContext http, WebhookDeliveryKey key, string eventType, string? problem, Exception? exception = null)
    {
        Count(eventType, DeliveryOutcome.Unavailable);
        if (exception is null)
        {
            InboxLog.Unavailable(logger, provider, key, eventType, problem);
        }
        else
        {
            InboxLog.DedupeFailed(logger, exception, provider, key, eventType);
        }

        http.Response.Headers.RetryAfter = RetryAfterSeconds;
        return Respond(http, StatusCodes.Status503ServiceUnavailable, "The webhook store is unavailable; retry later.");
    }

    /// <summary>The handler ran, but the dedupe store couldn't record it: the answer stands, the claim holds until its timeout.</summary>
    public void ClaimNotSettled(Exception exception, WebhookDeliveryKey key, string eventType) =>
        InboxLog.DedupeFailed(logger, exception, provider, key, eventType);

    /// <summary>500, so that the provider retries; a payload that doesn't fit its contract is a 400 instead.</summary>
    public Task Failed(HttpContext http, Exception exception, WebhookDeliveryKey key, string eventType)
    {
        if (exception is WebhookPayloadException)
        {
            return Malformed(http, key, exception.Message);
        }

        Count(eventType, DeliveryOutcome.Failed);
        if (exception is OperationCanceledException && http.RequestAborted.IsCancellationRequested)
        {
            return Task.CompletedTask; // the sender is gone; it will retry
        }

        WebhookLog.HandlerFailed(logger, exception, provider, key, eventType);
        return Respond(http, StatusCodes.Status500InternalServerError, "The webhook handler failed.");
    }

    private void Count(string eventType, string outcome)
    {
        metrics.Received(provider, eventType, outcome);
        WebhooksTelemetry.CurrentReceive?.SetTag("webhooks.outcome", outcome);
    }

    private void Reject(string reason)
    {
        metrics.Rejected(provider, reason);
        WebhooksTelemetry.CurrentReceive?.SetTag("webhooks.outcome", DeliveryOutcome.Rejected).SetTag("webhooks.reason", reason);
    }

    private bool ShouldLog()
    {
        var write = _throttle.ShouldWrite(out var suppressed);
        if (suppressed > 0)
        {
            WebhookLog.RejectionsSuppressed(logger, provider, path, suppressed);
        }

        return write;
    }

    private Task Respond(HttpContext http, int status, string message)
    {
        http.Response.StatusCode = status;
        if (status is >= 400 and < 500 and not StatusCodes.Status409Conflict && noRetryHeader is { } noRetry)
        {
            http.Response.Headers[noRetry] = "1"; // retrying can't change this answer
        }

        http.Response.ContentType = "text/plain; charset=utf-8";
        return http.Response.WriteAsync(message, http.RequestAborted);
    }
}
