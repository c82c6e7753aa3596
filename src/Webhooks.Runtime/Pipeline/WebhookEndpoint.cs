using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Webhooks.Configuration;
using Webhooks.Idempotency;
using Webhooks.Inbox;
using Webhooks.Logging;
using Webhooks.Providers;
using Webhooks.Verification;

namespace Webhooks.Pipeline;

/// <summary>
/// The one receive pipeline, for one handler class on one route: size limit → read the body once →
/// verify → read the event type → claim the idempotency key → dispatch → answer. A queued provider's deliveries
/// go to the inbox (<see cref="QueuedReceiver"/>) instead of being claimed and dispatched here.
/// </summary>
/// <remarks>
/// The event type is read before the idempotency claim (DESIGN.md has them the other way round) so that a body
/// without one is rejected without touching the store. A JSON body is read only as far as its event type and
/// idempotency key here; the rest is checked by the payload's deserialization, or by the generated dispatch before a
/// handler that doesn't deserialize (<see cref="WebhookContext.JsonUnchecked"/>), and a malformed body is still a 400.
/// </remarks>
internal sealed class WebhookEndpoint(
    WebhookHandlerRegistration registration,
    string path,
    WebhookProviderOptions options,
    WebhookSignatureVerifier verifier,
    IWebhookIdempotencyStore idempotency,
    QueuedReceiver? queue,
    TimeProvider clock,
    ILogger logger)
{
    // Long enough for the provider to come back later, short enough not to look like an outage.
    private const string RetryAfterSeconds = "10";

    private readonly string _provider = registration.Provider.Name;

    // A forwarder's delivery id (Hookdeck's event id) is stable across its retries; prefer it when it has one.
    private readonly ValueSource[] _idempotencyKeys = registration.Via is { IdempotencyKeys.Length: > 0 } via
        ? via.IdempotencyKeys
        : registration.Provider.IdempotencyKeys;

    // A body whose event type is read from JSON must be JSON; see ProcessAsync.
    private readonly bool _eventTypeReadsJson = registration.Provider.EventType.Kind == ValueSourceKind.JsonPath;

    // The provider's own event type names, so that reading one doesn't allocate a string per delivery.
    private readonly KnownStrings _knownEventTypes = new(registration.Provider.KnownEvents);

    public string Path => path;

    public WebhookHandlerRegistration Registration => registration;

    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        if (request.ContentLength > options.MaxBodyBytes)
        {
            await RejectTooLarge(http);
            return;
        }

        // Our limit replaces the server's (30 MB on Kestrel), which may be lower or higher.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = options.MaxBodyBytes + 1;
        }

        PooledBody? read;
        try
        {
            read = await PooledBody.ReadAsync(request, options.MaxBodyBytes, http.RequestAborted);
        }
        catch (BadHttpRequestException exception)
        {
            await Respond(http, exception.StatusCode, "Unreadable body.");
            return;
        }

        if (read is not { } body)
        {
            await RejectTooLarge(http);
            return;
        }

        try
        {
            await ProcessAsync(http, body.Memory);
        }
        finally
        {
            body.Dispose();
        }
    }

    private async Task ProcessAsync(HttpContext http, ReadOnlyMemory<byte> body)
    {
        var request = http.Request;
        var verification = verifier.Verify(request, body.Span);
        if (!verification.IsValid)
        {
            WebhookLog.Rejected(logger, _provider, path, verification.Status);
            await Respond(http, StatusCodes.Status401Unauthorized, "Invalid webhook signature.");
            return;
        }

        // One UTF-8 check for every JSON read that follows; each read stops at its value.
        if (_eventTypeReadsJson && !System.Text.Unicode.Utf8.IsValid(body.Span))
        {
            await RejectMalformed(http, default, "the body is not valid UTF-8.");
            return;
        }

        var utf8Checked = _eventTypeReadsJson;
        string? eventType;
        WebhookDeliveryKey key;
        try
        {
            eventType = RequestValueReader.Read(registration.Provider.EventType, request, body.Span, utf8Checked, _knownEventTypes)
                ?? RequestValueReader.ReadFirst(registration.Provider.EventTypeFallbacks, request, body.Span, utf8Checked, _knownEventTypes);
            key = RequestValueReader.ReadKey(_idempotencyKeys, request, body, utf8Checked);
        }
        catch (JsonException)
        {
            await RejectMalformed(http, default, "the body is not valid JSON.");
            return;
        }

        if (eventType is null)
        {
            await RejectMalformed(http, key, $"it has no event type at '{registration.Provider.EventType.Name}'.");
            return;
        }

        if (eventType == registration.Provider.HandshakeEventType)
        {
            await AnswerHandshake(http, body.Span);
            return;
        }

        if (queue is not null)
        {
            var (receipt, problem) = await queue.AcceptAsync(request, eventType, key, verification.Timestamp, body);
            await RespondToQueued(http, receipt, problem, key, eventType);
            return;
        }

        if (!key.IsEmpty && !await TryClaim(http, key, eventType))
        {
            return;
        }

        var context = new WebhookContext(_provider, eventType, key, verification.Timestamp, request.Headers, body, http.RequestAborted)
        {
            JsonUnchecked = _eventTypeReadsJson,
            Attempt = 1,
            ReceivedAt = clock.GetUtcNow(),
        };
        WebhookDispatchResult result;
        try
        {
            result = await registration.Dispatch(http.RequestServices, context);
        }
        catch (Exception exception)
        {
            if (!key.IsEmpty)
            {
                await SettleClaim(idempotency.ReleaseAsync, key, eventType);
            }

            await RespondToFailure(http, exception, key, eventType);
            return;
        }

        if (!key.IsEmpty)
        {
            await SettleClaim(idempotency.MarkProcessedAsync, key, eventType);
        }

        if (result == WebhookDispatchResult.Handled)
        {
            WebhookLog.Handled(logger, _provider, key, eventType);
        }
        else
        {
            WebhookLog.NotHandled(logger, _provider, key, eventType);
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
    }

    // The handler has run (or failed) already, so its answer stands; a claim the store couldn't settle holds until its
    // timeout, and the provider's retries meanwhile are answered 409.
    private async Task SettleClaim(
        Func<string, WebhookDeliveryKey, CancellationToken, ValueTask> settle, WebhookDeliveryKey key, string eventType)
    {
        try
        {
            await settle(_provider, key, CancellationToken.None);
        }
        catch (Exception exception)
        {
            InboxLog.DedupeFailed(logger, exception, _provider, key, eventType);
        }
    }

    // A handshake is rare: its whole body is checked before it is answered.
    private Task AnswerHandshake(HttpContext http, ReadOnlySpan<byte> body)
    {
        string? answer;
        try
        {
            JsonValueReader.CheckWellFormed(body);
            answer = registration.Provider.HandshakeResponse is { } source ? RequestValueReader.Read(source, http.Request, body) : null;
        }
        catch (JsonException)
        {
            return RejectMalformed(http, default, "the body is not valid JSON.");
        }

        return answer is not null
            ? Respond(http, StatusCodes.Status200OK, answer)
            : RejectMalformed(http, default, $"the {registration.Provider.HandshakeEventType} handshake has nothing to answer with.");
    }

    private Task RespondToQueued(HttpContext http, QueuedReceipt receipt, string? problem, WebhookDeliveryKey key, string eventType)
    {
        switch (receipt)
        {
            case QueuedReceipt.Stored:
                InboxLog.Queued(logger, _provider, key, eventType);
                break;
            case QueuedReceipt.Duplicate:
                WebhookLog.Duplicate(logger, _provider, key, eventType);
                break;
            case QueuedReceipt.NotHandled:
                WebhookLog.NotHandled(logger, _provider, key, eventType);
                break;
            case QueuedReceipt.Malformed:
                return RejectMalformed(http, key, problem ?? "");
            default:
                InboxLog.Unavailable(logger, _provider, key, eventType, problem);
                return RespondUnavailable(http);
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        return Task.CompletedTask;
    }

    private async Task<bool> TryClaim(HttpContext http, WebhookDeliveryKey key, string eventType)
    {
        IdempotencyClaim claim;
        try
        {
            claim = await idempotency.TryClaimAsync(_provider, key, http.RequestAborted);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
        {
            // A dedupe store that fails can't say whether this ran before: the provider retries later.
            InboxLog.DedupeFailed(logger, exception, _provider, key, eventType);
            await RespondUnavailable(http);
            return false;
        }

        switch (claim)
        {
            case IdempotencyClaim.Claimed:
                return true;
            case IdempotencyClaim.AlreadyProcessed:
                WebhookLog.Duplicate(logger, _provider, key, eventType);
                http.Response.StatusCode = StatusCodes.Status200OK;
                return false;
            default:
                // 409 makes the provider retry later, when the first attempt has finished one way or the other.
                WebhookLog.InProgress(logger, _provider, key, eventType);
                await Respond(http, StatusCodes.Status409Conflict, "This delivery is being processed.");
                return false;
        }
    }

    private Task RespondToFailure(HttpContext http, Exception exception, WebhookDeliveryKey key, string eventType)
    {
        if (exception is WebhookPayloadException)
        {
            return RejectMalformed(http, key, exception.Message);
        }

        if (exception is OperationCanceledException && http.RequestAborted.IsCancellationRequested)
        {
            return Task.CompletedTask; // the sender is gone; it will retry
        }

        WebhookLog.HandlerFailed(logger, exception, _provider, key, eventType);
        return Respond(http, StatusCodes.Status500InternalServerError, "The webhook handler failed.");
    }

    private Task RespondUnavailable(HttpContext http)
    {
        http.Response.Headers.RetryAfter = RetryAfterSeconds;
        return Respond(http, StatusCodes.Status503ServiceUnavailable, "The webhook store is unavailable; retry later.");
    }

    private Task RejectTooLarge(HttpContext http)
    {
        WebhookLog.TooLarge(logger, _provider, path, options.MaxBodyBytes);
        return Respond(http, StatusCodes.Status413PayloadTooLarge, "Body too large.");
    }

    private Task RejectMalformed(HttpContext http, WebhookDeliveryKey key, string problem)
    {
        WebhookLog.Malformed(logger, _provider, key, problem);
        return Respond(http, StatusCodes.Status400BadRequest, "Malformed webhook body: " + problem);
    }

    private Task Respond(HttpContext http, int status, string message)
    {
        http.Response.StatusCode = status;
        if (status is >= 400 and < 500 and not StatusCodes.Status409Conflict && registration.Provider.NoRetryHeader is { } noRetry)
        {
            http.Response.Headers[noRetry] = "1"; // retrying can't change this answer
        }

        http.Response.ContentType = "text/plain; charset=utf-8";
        return http.Response.WriteAsync(message, http.RequestAborted);
    }
}
