namespace Webhooks.Inbox.Storage;

/// <summary>One attempt's outcome to record, for the row <paramref name="Id"/> held under <paramref name="ClaimToken"/>.</summary>
/// <param name="Id">The row the attempt ran for.</param>
/// <param name="ClaimToken">The claim token the worker holds the row under.</param>
/// <param name="Outcome">What the attempt came to.</param>
public readonly record struct InboxCompletion(long Id, Guid ClaimToken, InboxOutcome Outcome);
