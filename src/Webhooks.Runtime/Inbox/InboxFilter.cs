namespace Webhooks.Inbox;

/// <summary>Which queued deliveries an inspection, replay or purge is about; a <c>null</c> member matches everything.</summary>
public sealed record InboxFilter
{
    /// <summary>Every delivery.</summary>
    public static readonly InboxFilter All = new();

    /// <summary>Only the delivery with this id.</summary>
    public long? Id { get; init; }

    /// <summary>The provider's name.</summary>
    public string? Provider { get; init; }

    /// <summary>The event type.</summary>
    public string? EventType { get; init; }

    /// <summary>The status.</summary>
    public InboxStatus? Status { get; init; }

    /// <summary>Received at or after this time.</summary>
    public DateTimeOffset? ReceivedFrom { get; init; }

    /// <summary>Received before this time.</summary>
    public DateTimeOffset? ReceivedBefore { get; init; }
}
