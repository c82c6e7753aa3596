namespace Webhooks.Inbox;

/// <summary>How many queued deliveries of a provider are in a status, and when the oldest of them was received.</summary>
public readonly record struct InboxCounts(string Provider, InboxStatus Status, long Count, DateTimeOffset OldestReceivedAt);
