using Webhooks.Inbox;
using Webhooks.Inbox.Storage;

namespace Webhooks.Storage.Tests;

// CompleteAsync and ReleaseAsync: what an attempt comes to, and giving rows back at shutdown.
public abstract partial class InboxStoreContract
{
    [ContractFact]
    public async Task Complete_processed_records_when_and_the_row_is_never_claimed_again()
    {
        var ids = await AddNewAsync(Entry("evt_1"));
        var lease = Lease(T0);
        Assert.Single(await ClaimAsync(lease));

        Assert.True(await Store.CompleteAsync(ids[0], lease.Token, InboxOutcome.Processed(T0.AddSeconds(2)), Ct));

        var delivery = await GetAsync(ids[0]);
        Assert.Equal(InboxStatus.Processed, delivery.Status);
        Assert.Equal(T0.AddSeconds(2), delivery.ProcessedAt);
        Assert.Null(delivery.DueAt);
        Assert.Equal(1, delivery.Attempts);
        Assert.Empty(await ClaimAsync(T0.AddDays(1)));
    }

    [ContractFact]
    public async Task Complete_a_second_time_with_the_same_token_is_refused()
    {
        var ids = await AddNewAsync(Entry("evt_1"));
        var lease = Lease(T0);
        Assert.Single(await ClaimAsync(lease));
        Assert.True(await Store.CompleteAsync(ids[0], lease.Token, InboxOutcome.Processed(T0.AddSeconds(1)), Ct));

        Assert.False(await Store.CompleteAsync(ids[0], lease.Token, InboxOutcome.Dead(T0.AddSeconds(2), "late"), Ct));

        Assert.Equal(InboxStatus.Processed, (await GetAsync(ids[0])).Status);
    }

    [ContractFact]
    public async Task Complete_of_a_row_that_was_never_claimed_is_refused()
    {
        var ids = await AddNewAsync(Entry("evt_1"));

        Assert.False(await Store.CompleteAsync(ids[0], Guid.NewGuid(), InboxOutcome.Processed(T0), Ct));
        Assert.False(await Store.CompleteAsync(ids[0] + 1000, Guid.NewGuid(), InboxOutcome.Processed(T0), Ct));

        Assert.Equal(InboxStatus.Pending, (await GetAsync(ids[0])).Status);
    }

    [ContractFact]
    public async Task Complete_with_a_retry_makes_the_row_pending_until_its_due_time_and_keeps_the_error()
    {
        var ids = await AddNewAsync(Entry("evt_1"));
        var lease = Lease(T0);
        Assert.Single(await ClaimAsync(lease));

        Assert.True(await Store.CompleteAsync(ids[0], lease.Token, InboxOutcome.Retry(T0.AddSeconds(1), T0.AddMinutes(5), "HttpRequestException: timeout"), Ct));

        var delivery = await GetAsync(ids[0]);
        Assert.Equal(InboxStatus.Pending, delivery.Status);
        Assert.Equal(T0.AddMinutes(5), delivery.DueAt);
        Assert.Equal("HttpRequestException: timeout", delivery.LastError);
        Assert.Equal(1, delivery.Attempts);
        Assert.Null(delivery.ProcessedAt);
        Assert.Empty(await ClaimAsync(T0.AddMinutes(5).AddMilliseconds(-1)));
        var retry = Assert.Single(await ClaimAsync(T0.AddMinutes(5)));
        Assert.Equal(2, retry.Attempt);
    }

    [ContractFact]
    public async Task Complete_dead_keeps_the_row_with_its_error_and_it_is_never_claimed_again()
    {
        var ids = await AddNewAsync(Entry("evt_1"));
        var lease = Lease(T0);
        Assert.Single(await ClaimAsync(lease));

        Assert.True(await Store.CompleteAsync(ids[0], lease.Token, InboxOutcome.Dead(T0.AddSeconds(1), "JsonException: bad payload"), Ct));

        var delivery = await GetAsync(ids[0]);
        Assert.Equal(InboxStatus.Dead, delivery.Status);
        Assert.Equal("JsonException: bad payload", delivery.LastError);
        Assert.Null(delivery.DueAt);
        Assert.Empty(await ClaimAsync(T0.AddDays(30)));
    }

    [ContractFact]
    public async Task Release_gives_rows_back_pending_due_now_without_counting_the_attempt()
    {
        var ids = await AddNewAsync(Entry("evt_1"), Entry("evt_2"));
        var lease = Lease(T0);
        Assert.Equal(2, (await ClaimAsync(lease)).Count);

        await Store.ReleaseAsync(ids, lease.Token, T0.AddSeconds(5), Ct);

        foreach (var id in ids)
        {
            var delivery = await GetAsync(id);
            Assert.Equal(InboxStatus.Pending, delivery.Status);
            Assert.Equal(0, delivery.Attempts);
            Assert.Equal(T0.AddSeconds(5), delivery.DueAt);
        }

        // Claimable at once by another instance, well before the released lease would have expired.
        var next = await ClaimAsync(T0.AddSeconds(5));
        Assert.Equal(ids.Order(), next.Select(c => c.Id).Order());
        Assert.All(next, c => Assert.Equal(1, c.Attempt));
    }

    [ContractFact]
    public async Task Release_touches_only_the_rows_held_under_its_token()
    {
        var ids = await AddNewAsync(Entry("evt_1"), Entry("evt_2"));
        var first = Lease(T0);
        var held = Assert.Single(await ClaimAsync(first, max: 1));
        var other = Assert.Single(await ClaimAsync(T0, max: 1));

        await Store.ReleaseAsync(ids, first.Token, T0.AddSeconds(1), Ct);

        Assert.Equal(InboxStatus.Pending, (await GetAsync(held.Id)).Status);
        var untouched = await GetAsync(other.Id);
        Assert.Equal(InboxStatus.Processing, untouched.Status);
        Assert.Equal(1, untouched.Attempts);
    }
}
