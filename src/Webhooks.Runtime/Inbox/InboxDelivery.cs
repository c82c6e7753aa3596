namespace Webhooks.Inbox;

/// <summary>A queued delivery with its stored headers and body.</summary>
public sealed record InboxDelivery(
    long Id,
    string Provider,
    string DeliveryId,
    string Handler,
    string EventType,
    InboxStatus Status,
    int Attempts,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? ProcessedAt,
    string? LastError,
    DateTimeOffset? SignedAt,
    string? TraceParent,
    byte[] Headers,
    byte[] Body)
    : InboxDeliverySummary(Id, Provider, DeliveryId, Handler, EventType, Status, Attempts, ReceivedAt, DueAt, ProcessedAt, LastError)
{
    /// <summary>Its finished attempts, oldest first (an attempt cut short by a crash or shutdown has none).</summary>
    public IReadOnlyList<InboxAttemptRecord> History { get; init; } = [];
}
