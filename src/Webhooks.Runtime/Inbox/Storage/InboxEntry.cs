namespace Webhooks.Inbox.Storage;

/// <summary>A verified delivery to store for background processing.</summary>
/// <param name="Provider">The provider's name; with <paramref name="DeliveryId"/>, the unique key.</param>
/// <param name="DeliveryId">The provider's delivery id (or one made up for a provider that sends none).</param>
/// <param name="Handler">The handler class that processes it (its full name).</param>
/// <param name="EventType">The event type it is dispatched on.</param>
/// <param name="Headers">The request headers a handler may read, encoded by the runtime.</param>
/// <param name="Body">The raw body as received and verified.</param>
/// <param name="SignedAt">The signed timestamp, when the provider signs one.</param>
/// <param name="ReceivedAt">When it was received; it is due at once.</param>
/// <param name="TraceParent">The W3C trace context of the receiving request, if any.</param>
public sealed record InboxEntry(
    string Provider,
    string DeliveryId,
    string Handler,
    string EventType,
    byte[] Headers,
    byte[] Body,
    DateTimeOffset? SignedAt,
    DateTimeOffset ReceivedAt,
    string? TraceParent);
