namespace Webhooks.Inbox.Storage;

/// <summary>A claimed delivery, with everything needed to process it: an <see cref="InboxEntry"/> as stored, plus its row and attempt.</summary>
/// <param name="Id">The row's id.</param>
/// <param name="Provider">The provider's name.</param>
/// <param name="DeliveryId">The provider's delivery id.</param>
/// <param name="Handler">The handler class that processes it.</param>
/// <param name="EventType">The event type it is dispatched on.</param>
/// <param name="Headers">The stored request headers.</param>
/// <param name="Body">The raw body.</param>
/// <param name="SignedAt">The signed timestamp, when the provider signs one.</param>
/// <param name="ReceivedAt">When it was received.</param>
/// <param name="TraceParent">The W3C trace context of the receiving request, if any.</param>
/// <param name="Attempt">This attempt's number, from 1.</param>
public sealed record InboxClaim(
    long Id,
    string Provider,
    string DeliveryId,
    string Handler,
    string EventType,
    byte[] Headers,
    byte[] Body,
    DateTimeOffset? SignedAt,
    DateTimeOffset ReceivedAt,
    string? TraceParent,
    int Attempt);
