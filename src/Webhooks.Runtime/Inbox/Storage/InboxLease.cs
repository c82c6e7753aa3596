namespace Webhooks.Inbox.Storage;

/// <summary>A lease on claimed rows: the token that proves who holds them, the time it is taken at, and when it expires.</summary>
/// <param name="Token">The claim token; a row is changed only by the holder of its current token.</param>
/// <param name="Now">The time of the claim or renewal.</param>
/// <param name="Until">When the lease expires and the row becomes claimable again.</param>
public readonly record struct InboxLease(Guid Token, DateTimeOffset Now, DateTimeOffset Until);
