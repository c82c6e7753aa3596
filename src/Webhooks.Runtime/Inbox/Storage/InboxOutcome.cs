namespace Webhooks.Inbox.Storage;

/// <summary>What an attempt came to.</summary>
/// <param name="Status"><see cref="InboxStatus.Processed"/>, <see cref="InboxStatus.Pending"/> (retry at <paramref name="DueAt"/>) or <see cref="InboxStatus.Dead"/>.</param>
/// <param name="At">When the attempt ended.</param>
/// <param name="DueAt">For a retry: when it is due again.</param>
/// <param name="Error">For a failure: the error's type and message (never the body).</param>
public readonly record struct InboxOutcome(InboxStatus Status, DateTimeOffset At, DateTimeOffset? DueAt = null, string? Error = null)
{
    /// <summary>The handler completed.</summary>
    public static InboxOutcome Processed(DateTimeOffset at) => new(InboxStatus.Processed, at);

    /// <summary>The attempt failed; try again at <paramref name="dueAt"/>.</summary>
    public static InboxOutcome Retry(DateTimeOffset at, DateTimeOffset dueAt, string error) => new(InboxStatus.Pending, at, dueAt, error);

    /// <summary>The attempt failed and there will be no other.</summary>
    public static InboxOutcome Dead(DateTimeOffset at, string error) => new(InboxStatus.Dead, at, null, error);
}
