using Webhooks.Inbox;
using Webhooks.Inbox.Storage;

namespace Webhooks.Storage.Tests;

// CompleteAsync with several outcomes in one call (the workers' group commit): each row is judged on its own token.
public abstract partial class InboxStoreContract
{
    [ContractFact]
    public async Task Complete_batch_refuses_only_the_row_whose_token_no_longer_matches()
    {
        var ids = await AddNewAsync(Entry("evt_1"), Entry("evt_2"), Entry("evt_3"));
        var lease = Lease(T0);
        Assert.Equal(3, (await ClaimAsync(lease)).Count);

        // evt_2's attempt ended as a retry, and another worker holds it now, under a token of its own.
        Assert.True(await Store.CompleteAsync(ids[1], lease.Token, InboxOutcome.Retry(T0.AddSeconds(1), T0.AddSeconds(1), "boom"), Ct));
        var other = Lease(T0.AddSeconds(1));
        Assert.Equal(ids[1], Assert.Single(await ClaimAsync(other)).Id);

        var recorded = await Store.CompleteAsync(
            [
                new InboxCompletion(ids[0], lease.Token, InboxOutcome.Processed(T0.AddSeconds(2))),
                new InboxCompletion(ids[1], lease.Token, InboxOutcome.Dead(T0.AddSeconds(2), "late")),
                new InboxCompletion(ids[2], lease.Token, InboxOutcome.Retry(T0.AddSeconds(2), T0.AddMinutes(1), "boom")),
            ],
            Ct);

        Assert.Equal([true, false, true], recorded);
        Assert.Equal(InboxStatus.Processed, (await GetAsync(ids[0])).Status);
        var refused = await GetAsync(ids[1]);
        Assert.Equal(InboxStatus.Processing, refused.Status);
        Assert.Single(refused.History); // the first attempt's, not the refused one's
        Assert.Equal(InboxStatus.Pending, (await GetAsync(ids[2])).Status);
        Assert.True(await Store.CompleteAsync(ids[1], other.Token, InboxOutcome.Processed(T0.AddSeconds(3)), Ct)); // still the holder's
    }

    [ContractFact]
    public async Task Complete_batch_records_each_outcome_with_its_own_history_row()
    {
        var ids = await AddNewAsync(Entry("evt_1"), Entry("evt_2"), Entry("evt_3"));
        var first = Lease(T0);
        Assert.Equal(2, (await ClaimAsync(first, max: 2)).Count);
        var second = Lease(T0.AddSeconds(1));
        Assert.Single(await ClaimAsync(second));

        var recorded = await Store.CompleteAsync(
            [
                new InboxCompletion(ids[2], second.Token, InboxOutcome.Dead(T0.AddSeconds(4), "JsonException: bad payload")),
                new InboxCompletion(ids[0], first.Token, InboxOutcome.Processed(T0.AddSeconds(2))),
                new InboxCompletion(ids[1], first.Token, InboxOutcome.Retry(T0.AddSeconds(3), T0.AddMinutes(5), "HttpRequestException: timeout")),
            ],
            Ct);

        Assert.Equal([true, true, true], recorded);
        Assert.Equal([new InboxAttemptRecord(1, T0, T0.AddSeconds(2), InboxStatus.Processed, null)], (await GetAsync(ids[0])).History);
        Assert.Equal([new InboxAttemptRecord(1, T0, T0.AddSeconds(3), InboxStatus.Pending, "HttpRequestException: timeout")], (await GetAsync(ids[1])).History);
        Assert.Equal([new InboxAttemptRecord(1, T0.AddSeconds(1), T0.AddSeconds(4), InboxStatus.Dead, "JsonException: bad payload")], (await GetAsync(ids[2])).History);
        Assert.Equal(T0.AddMinutes(5), (await GetAsync(ids[1])).DueAt);
        Assert.Empty(await Store.CompleteAsync([], Ct));
    }
}
