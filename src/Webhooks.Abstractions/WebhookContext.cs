using Microsoft.AspNetCore.Http;

namespace Webhooks;

/// <summary>
/// What a handler may know about the delivery it is handling, beyond its payload. Every delivery that
/// reaches a handler has been verified.
/// </summary>
/// <remarks>
/// A value, so that a delivery allocates nothing beyond its payload: copying it copies a few references to the
/// request's data, which stay valid while the handler runs, as an <c>HttpContext</c> does. Copy what you keep for
/// later (<see cref="WebhookId"/>, <c>RawBody.ToArray()</c>) before the handler returns.
/// </remarks>
public readonly struct WebhookContext
{
    private readonly WebhookDeliveryKey _webhookId;

    /// <summary>Creates a context. The runtime does this for every verified delivery.</summary>
    public WebhookContext(
        string provider,
        string eventType,
        WebhookDeliveryKey webhookId,
        DateTimeOffset? timestamp,
        IHeaderDictionary headers,
        ReadOnlyMemory<byte> rawBody,
        CancellationToken cancellationToken)
    {
        Provider = provider;
        EventType = eventType;
        _webhookId = webhookId;
        Timestamp = timestamp;
        Headers = headers;
        RawBody = rawBody;
        CancellationToken = cancellationToken;
    }

    /// <summary>The provider's name, such as <c>openai</c>.</summary>
    public string Provider { get; }

    /// <summary>The event type the delivery was dispatched on, such as <c>batch.completed</c>.</summary>
    public string EventType { get; }

    /// <summary>
    /// The delivery's idempotency key (<c>webhook-id</c> for Standard Webhooks), when the provider sends one. A key read
    /// from the body (Stripe's event id) is decoded from <see cref="RawBody"/> on each read, so that deliveries whose
    /// handler doesn't ask for it don't allocate it; like the body, it is valid only while the handler runs.
    /// </summary>
    public string? WebhookId => _webhookId.IsEmpty ? null : _webhookId.ToString();

    /// <summary>The signed timestamp of the delivery, when the provider signs one.</summary>
    public DateTimeOffset? Timestamp { get; }

    /// <summary>The request headers as received.</summary>
    public IHeaderDictionary Headers { get; }

    /// <summary>
    /// The request body exactly as received and verified. The memory is pooled and only valid until the
    /// handler returns (or its task completes): copy it with <c>ToArray()</c> to keep it longer.
    /// </summary>
    public ReadOnlyMemory<byte> RawBody { get; }

    /// <summary>Signalled when the sender disconnects or the host shuts down.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>
    /// Which attempt at processing this delivery this is, from 1. Inline deliveries are always attempt 1 (the provider's
    /// own retries are new requests); queued deliveries count the inbox's attempts.
    /// </summary>
    public int Attempt { get; init; }

    /// <summary>When this app received the delivery; for a queued delivery, when it was stored.</summary>
    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>
    /// The body is JSON that was read only as far as its event type: deserializing the payload checks the rest, and a
    /// handler that doesn't deserialize has it checked first (<c>WebhookPayload.EnsureWellFormed</c>).
    /// </summary>
    internal bool JsonPartlyRead { get; init; }
}
