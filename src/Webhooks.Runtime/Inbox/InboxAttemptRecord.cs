namespace Webhooks.Inbox;

/// <summary>One finished attempt at a queued delivery, as its detail shows it.</summary>
/// <param name="Attempt">The attempt's number, from 1 (a replay starts counting again).</param>
/// <param name="StartedAt">When it was claimed.</param>
/// <param name="EndedAt">When its outcome was recorded.</param>
/// <param name="Outcome"><see cref="InboxStatus.Processed"/>, <see cref="InboxStatus.Pending"/> (to be retried) or <see cref="InboxStatus.Dead"/>.</param>
/// <param name="Error">The failure's type and message, if it failed.</param>
public sealed record InboxAttemptRecord(int Attempt, DateTimeOffset StartedAt, DateTimeOffset EndedAt, InboxStatus Outcome, string? Error);
