using Webhooks.Inbox.Storage;

namespace Webhooks.Storage.Tests;

/// <summary>Most cases record one outcome: a batch of one through the seam's batch method.</summary>
internal static class SingleCompletion
{
    public static async ValueTask<bool> CompleteAsync(this IWebhookInboxStore store, long id, Guid claimToken, InboxOutcome outcome, CancellationToken cancellationToken) =>
        (await store.CompleteAsync([new InboxCompletion(id, claimToken, outcome)], cancellationToken).ConfigureAwait(false))[0];
}
