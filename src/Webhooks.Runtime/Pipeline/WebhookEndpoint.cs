using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Webhooks.Configuration;
using Webhooks.Idempotency;
using Webhooks.Inbox;
using Webhooks.Providers;
using Webhooks.Telemetry;
using Webhooks.Verification;

namespace Webhooks.Pipeline;

/// <summary>
/// The one receive pipeline, for one handler class on one route: size limit → read the body once →
/// verify → read the event type → claim the idempotency key → dispatch → answer. A queued provider's deliveries
/// go to the inbox (<see cref="QueuedReceiver"/>) instead of being claimed and dispatched here. Every outcome is
/// answered (status, log, metric) by <see cref="WebhookAnswers"/>.
/// </summary>
/// <remarks>
/// The event type is read before the idempotency claim, not after it, so that a body without one is rejected without
/// touching the store. A JSON body is read only as far as its event type and idempotency key here; the rest is checked
/// by the payload's deserialization, or by the generated dispatch before a handler that doesn't deserialize
/// (<see cref="WebhookContext.JsonPartlyRead"/>), and a malformed body is still a 400.
/// </remarks>
internal sealed class WebhookEndpoint(
    WebhookHandlerRegistration registration,
    string path,
    WebhookProviderOptions options,
    WebhookSignatureVerifier verifier,
    IWebhookIdempotencyStore idempotency,
    QueuedReceiver? queue,
    WebhookAnswers answers,
    WebhookMetrics metrics,
    TimeProvider clock)
{
    private readonly string _provider = registration.Provider.Name;

    // A forwarder's delivery id (Hookdeck's event id) is stable across its retries; prefer it when it has one.
    // Copied into arrays once, so that reading them per delivery doesn't allocate an enumerator.
    private readonly ValueSource[] _idempotencyKeys = registration.Via is { IdempotencyKeys.Count: > 0 } via
        ? [.. via.IdempotencyKeys]
        : [.. registration.Provider.IdempotencyKeys];

    private readonly ValueSource[] _eventTypeFallbacks = [.. registration.Provider.EventTypeFallbacks];

    // A body whose event type is read from JSON must be JSON; see ProcessAsync.
    private readonly bool _eventTypeReadsJson = registration.Provider.EventType.Kind == ValueSourceKind.JsonPath;

    // The provider's own event type names, so that reading one doesn't allocate a string per delivery.
    private readonly KnownStrings _knownEventTypes = new(registration.Provider.KnownEvents);

    public string Path => path;

    public WebhookHandlerRegistration Registration => registration;

    public async Task HandleAsync(HttpContext http)
    {
        using var activity = WebhooksTelemetry.Source.StartActivity("webhooks.receive");
        activity?.SetTag("webhooks.provider", _provider);

        var request = http.Request;
        var declaredLength = request.ContentLength; // read once: outside Kestrel each read parses the header
        if (declaredLength > options.MaxBodyBytes)
        {
            await answers.TooLarge(http, options.MaxBodyBytes);
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
            read = await PooledBody.ReadAsync(request, declaredLength, options.MaxBodyBytes, http.RequestAborted);
        }
        catch (BadHttpRequestException exception)
        {
            await answers.Unreadable(http, exception.StatusCode);
            return;
        }

        if (read is not { } body)
        {
            await answers.TooLarge(http, options.MaxBodyBytes);
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
        var verification = await verifier.VerifyAsync(request, body, http.RequestAborted);
        if (!verification.IsValid)
        {
            await (verification.Status == WebhookVerificationStatus.KeysUnavailable
                ? answers.KeysUnavailable(http)
                : answers.Unauthorized(http, verification.Status));
            return;
        }

        // One UTF-8 check for every JSON read that follows; each read stops at its value.
        if (_eventTypeReadsJson && !System.Text.Unicode.Utf8.IsValid(body.Span))
        {
            await answers.Malformed(http, default, "the body is not valid UTF-8.");
            return;
        }

        var utf8Checked = _eventTypeReadsJson;
        string? eventType;
        WebhookDeliveryKey key;
        try
        {
            eventType = RequestValueReader.Read(registration.Provider.EventType, request, body.Span, utf8Checked, _knownEventTypes)
                ?? RequestValueReader.ReadFirst(_eventTypeFallbacks, request, body.Span, utf8Checked, _knownEventTypes);
            key = RequestValueReader.ReadKey(_idempotencyKeys, request, body, utf8Checked);
        }
        catch (JsonException)
        {
            await answers.Malformed(http, default, "the body is not valid JSON.");
            return;
        }

        if (eventType is null)
        {
            await answers.Malformed(http, key, $"it has no event type at '{registration.Provider.EventType.Name}'.");
            return;
        }

        if (WebhooksTelemetry.CurrentReceive is { } activity)
        {
            activity.SetTag("webhooks.event_type", eventType).SetTag("webhooks.delivery_id", key.ToString());
        }

        if (eventType == registration.Provider.HandshakeEventType)
        {
            await AnswerHandshake(http, body.Span);
            return;
        }

        if (queue is not null)
        {
            await AcceptQueued(http, eventType, key, verification.Timestamp, body);
            return;
        }

        if (!key.IsEmpty && !await TryClaim(http, key, eventType))
        {
            return;
        }

        var context = new WebhookContext(_provider, eventType, key, verification.Timestamp, request.Headers, body, http.RequestAborted)
        {
            JsonPartlyRead = _eventTypeReadsJson,
            Attempt = 1,
            ReceivedAt = clock.GetUtcNow(),
        };
        var started = metrics.HandlerStarting();
        WebhookDispatchResult result;
        try
        {
            result = await registration.Dispatch(http.RequestServices, context);
        }
        catch (Exception exception)
        {
            metrics.HandlerRan(_provider, eventType, started, succeeded: false);
            if (!key.IsEmpty)
            {
                await SettleClaim(processed: false, key, eventType);
            }

            await answers.Failed(http, exception, key, eventType);
            return;
        }

        metrics.HandlerRan(_provider, eventType, started, succeeded: true);
        if (!key.IsEmpty)
        {
            await SettleClaim(processed: true, key, eventType);
        }

        answers.Handled(http, key, eventType, ran: result == WebhookDispatchResult.Handled);
    }

    // The handler has run (or failed) already, so its answer stands; a claim the store couldn't settle holds until its
    // timeout, and the provider's retries meanwhile are answered 409. (A flag, not a delegate: a method group would
    // allocate one per delivery.)
    private async ValueTask SettleClaim(bool processed, WebhookDeliveryKey key, string eventType)
    {
        try
        {
            await (processed
                ? idempotency.MarkProcessedAsync(_provider, key, CancellationToken.None)
                : idempotency.ReleaseAsync(_provider, key, CancellationToken.None));
        }
        catch (Exception exception)
        {
            answers.ClaimNotSettled(exception, key, eventType);
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
            return answers.Malformed(http, default, "the body is not valid JSON.");
        }

        return answer is not null
            ? answers.Handshake(http, answer)
            : answers.Malformed(http, default, $"the {registration.Provider.HandshakeEventType} handshake has nothing to answer with.");
    }

    private async Task AcceptQueued(HttpContext http, string eventType, WebhookDeliveryKey key, DateTimeOffset? signedAt, ReadOnlyMemory<byte> body)
    {
        var (receipt, problem) = await queue!.AcceptAsync(http.Request, eventType, key, signedAt, body);
        switch (receipt)
        {
            case QueuedReceipt.Stored:
                answers.Queued(http, key, eventType);
                break;
            case QueuedReceipt.Duplicate:
                answers.Duplicate(http, key, eventType);
                break;
            case QueuedReceipt.NotHandled:
                answers.Handled(http, key, eventType, ran: false);
                break;
            case QueuedReceipt.Malformed:
                await answers.Malformed(http, key, problem ?? "");
                break;
            default:
                await answers.Unavailable(http, key, eventType, problem);
                break;
        }
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
            await answers.Unavailable(http, key, eventType, null, exception);
            return false;
        }

        switch (claim)
        {
            case IdempotencyClaim.Claimed:
                return true;
            case IdempotencyClaim.AlreadyProcessed:
                answers.Duplicate(http, key, eventType);
                return false;
            default:
                await answers.InProgress(http, key, eventType);
                return false;
        }
    }
}
