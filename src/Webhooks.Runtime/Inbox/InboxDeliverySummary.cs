namespace Webhooks.Inbox;

/// <summary>A queued delivery as a list shows it: everything but its headers and body.</summary>
public record InboxDeliverySummary(
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
    string? LastError);
