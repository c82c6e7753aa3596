namespace Webhooks.Inbox;

/// <summary>Where a stored delivery is in its life. The numbers are stored: never renumber them.</summary>
public enum InboxStatus
{
    /// <summary>Waiting to be processed at its due time.</summary>
    Pending = 0,

    /// <summary>Leased by a worker (or, inline, by a request) that is processing it.</summary>
    Processing = 1,

    /// <summary>A handler ran and completed; kept as a dedupe key for the retention period.</summary>
    Processed = 2,

    /// <summary>Failed on its last attempt, or its payload doesn't fit its contract: kept until replayed or purged.</summary>
    Dead = 3,
}
