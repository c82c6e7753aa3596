using Webhooks.Inbox;
using Webhooks.Inbox.Storage;

namespace Webhooks.Storage.Tests;

// The attempt history: each finished attempt, recorded by CompleteAsync with the outcome, shown by GetAsync, deleted with
// its delivery.
public abstract partial class InboxStoreContract
{
    /// <summary>
    /// How many history rows the database holds for the row <paramref name="id"/>, read from the engine's tables: a
    /// delivery that is gone can't show what is left of its history through the store.
    /// </summary>
    protected abstract Task<long> CountHistoryRowsAsync(long id);

    /// <summary>Claims the one due delivery under a lease taken at <paramref name="now"/>, and ends the attempt as <paramref name="outcome"/> says.</summary>
    private async Task<InboxLease> AttemptAsync(long id, DateTimeOffset now, InboxOutcome outcome)
    {
        var lease = Lease(now);
        Assert.Equal(id, Assert.Single(await ClaimAsync(lease)).Id);
        Assert.True(await Store.CompleteAsync(id, lease.Token, outcome, Ct));
        return lease;
    }

    [ContractFact]
    public async Task History_of_a_delivery_never_attempted_is_empty()
    {
        var ids = await AddNewAsync(Entry("evt_1"));

        Assert.Empty((await GetAsync(ids[0])).History);
        Assert.Single(await ClaimAsync(T0));
        Assert.Empty((await GetAsync(ids[0])).History); // an attempt under way is not finished
    }

    [ContractFact]
    public async Task History_records_each_finished_attempt_oldest_first_from_its_claim_to_its_outcome()
    {
        var ids = await AddNewAsync(Entry("evt_1"));
        var first = await AttemptAsync(ids[0], T0, InboxOutcome.Retry(T0.AddSeconds(1), T0.AddSeconds(10), "HttpRequestException: timeout"));
        var second = await AttemptAsync(ids[0], T0.AddSeconds(10), InboxOutcome.Retry(T0.AddSeconds(12), T0.AddMinutes(5), "HttpRequestException: 502"));
        var third = await AttemptAsync(ids[0], T0.AddMinutes(5), InboxOutcome.Dead(T0.AddMinutes(5).AddMilliseconds(250), "InvalidOperationException: gave up"));

        var history = (await GetAsync(ids[0])).History;

        Assert.Equal(
            [
                new InboxAttemptRecord(1, first.Now, T0.AddSeconds(1), InboxStatus.Pending, "HttpRequestException: timeout"),
                new InboxAttemptRecord(2, second.Now, T0.AddSeconds(12), InboxStatus.Pending, "HttpRequestException: 502"),
                new InboxAttemptRecord(3, third.Now, T0.AddMinutes(5).AddMilliseconds(250), InboxStatus.Dead, "InvalidOperationException: gave up"),
            ],
            history);
        Assert.All(history, a => Assert.True(a.StartedAt <= a.EndedAt));
    }

    [ContractFact]
    public async Task History_of_a_processed_attempt_has_no_error()
    {
        var ids = await AddNewAsync(Entry("evt_1"));
        await AttemptAsync(ids[0], T0, InboxOutcome.Retry(T0.AddSeconds(1), T0.AddSeconds(5), "boom"));
        var last = await AttemptAsync(ids[0], T0.AddSeconds(5), InboxOutcome.Processed(T0.AddSeconds(6)));

        var delivery = await GetAsync(ids[0]);

        Assert.Equal(new InboxAttemptRecord(2, last.Now, T0.AddSeconds(6), InboxStatus.Processed, null), delivery.History[^1]);
        Assert.Equal(2, delivery.History.Count);
        Assert.Equal("boom", delivery.LastError); // the row keeps the last error; the attempt that succeeded has none
    }

    [ContractFact]
    public async Task History_gets_nothing_from_a_stale_token_and_the_attempt_of_the_claim_that_took_the_row_over()
    {
        var ids = await AddNewAsync(Entry("evt_1"));
        var stale = Lease(T0);
        Assert.Single(await ClaimAsync(stale));
        var current = Lease(T0 + LeaseDuration);
        Assert.Single(await ClaimAsync(current));

        Assert.False(await Store.CompleteAsync(ids[0], stale.Token, InboxOutcome.Dead(T0.AddSeconds(31), "late"), Ct));
        Assert.Empty((await GetAsync(ids[0])).History);
        Assert.Equal(0L, await CountHistoryRowsAsync(ids[0]));

        Assert.True(await Store.CompleteAsync(ids[0], current.Token, InboxOutcome.Processed(T0.AddSeconds(40)), Ct));
        Assert.False(await Store.CompleteAsync(ids[0], current.Token, InboxOutcome.Dead(T0.AddSeconds(41), "twice"), Ct));

        var attempt = Assert.Single((await GetAsync(ids[0])).History);
        Assert.Equal(new InboxAttemptRecord(2, current.Now, T0.AddSeconds(40), InboxStatus.Processed, null), attempt);
        Assert.Equal(1L, await CountHistoryRowsAsync(ids[0]));
    }

    [ContractFact]
    public async Task History_gets_nothing_from_a_complete_of_a_row_that_was_never_claimed()
    {
        var ids = await AddNewAsync(Entry("evt_1"));

        Assert.False(await Store.CompleteAsync(ids[0], Guid.NewGuid(), InboxOutcome.Dead(T0, "x"), Ct));

        Assert.Empty((await GetAsync(ids[0])).History);
        Assert.Equal(0L, await CountHistoryRowsAsync(ids[0]));
    }

    [ContractFact]
    public async Task History_gets_nothing_from_a_release_and_the_next_claim_starts_the_attempt()
    {
        var ids = await AddNewAsync(Entry("evt_1"));
        var released = Lease(T0);
        Assert.Single(await ClaimAsync(released));

        await Store.ReleaseAsync(ids, released.Token, T0.AddSeconds(3), Ct);

        Assert.Empty((await GetAsync(ids[0])).History);
        Assert.Equal(0L, await CountHistoryRowsAsync(ids[0]));
        var next = await AttemptAsync(ids[0], T0.AddSeconds(4), InboxOutcome.Processed(T0.AddSeconds(5)));
        Assert.Equal(new InboxAttemptRecord(1, next.Now, T0.AddSeconds(5), InboxStatus.Processed, null), Assert.Single((await GetAsync(ids[0])).History));
    }

    [ContractFact]
    public async Task History_is_kept_by_a_replay_whose_attempts_count_again_from_one()
    {
        var ids = await AddNewAsync(Entry("evt_1"));
        var first = await AttemptAsync(ids[0], T0, InboxOutcome.Retry(T0.AddSeconds(1), T0.AddSeconds(2), "x"));
        var second = await AttemptAsync(ids[0], T0.AddSeconds(2), InboxOutcome.Dead(T0.AddSeconds(3), "y"));
        var before = (await GetAsync(ids[0])).History;

        Assert.Equal(ids, await Store.ReplayAsync(new InboxFilter { Id = ids[0] }, 0, 10, T0.AddHours(1), Ct));

        var replayed = await GetAsync(ids[0]);
        Assert.Equal(0, replayed.Attempts);
        Assert.Equal(before, replayed.History);
        var again = await AttemptAsync(ids[0], T0.AddHours(1), InboxOutcome.Processed(T0.AddHours(1).AddSeconds(1)));
        Assert.Equal(
            [
                new InboxAttemptRecord(1, first.Now, T0.AddSeconds(1), InboxStatus.Pending, "x"),
                new InboxAttemptRecord(2, second.Now, T0.AddSeconds(3), InboxStatus.Dead, "y"),
                new InboxAttemptRecord(1, again.Now, T0.AddHours(1).AddSeconds(1), InboxStatus.Processed, null),
            ],
            (await GetAsync(ids[0])).History);
    }

    [ContractFact]
    public async Task History_is_deleted_by_a_purge_with_its_delivery_and_only_with_it()
    {
        var ids = await AddCompletedAsync("dead", 2, at => InboxOutcome.Dead(at.AddSeconds(1), "x"));
        Assert.Equal((1L, 1L), (await CountHistoryRowsAsync(ids[0]), await CountHistoryRowsAsync(ids[1])));

        Assert.Equal(1, await Store.PurgeAsync(new InboxFilter { Id = ids[0] }, 10, Ct));

        Assert.Equal(0L, await CountHistoryRowsAsync(ids[0]));
        Assert.Single((await GetAsync(ids[1])).History);
        Assert.Equal(1L, await CountHistoryRowsAsync(ids[1]));

        Assert.Equal(1, await Store.PurgeAsync(InboxFilter.All, 10, Ct));
        Assert.Equal(0L, await CountHistoryRowsAsync(ids[1]));
    }

    [ContractFact]
    public async Task History_is_deleted_by_retention_with_its_delivery_and_kept_for_the_deliveries_retention_keeps()
    {
        var old = await AddNewAsync(Entry("evt_old", receivedAt: T0.AddDays(-4)));
        await AttemptAsync(old[0], T0.AddDays(-4), InboxOutcome.Retry(T0.AddDays(-4).AddSeconds(1), T0.AddDays(-4).AddSeconds(5), "x"));
        await AttemptAsync(old[0], T0.AddDays(-4).AddSeconds(5), InboxOutcome.Processed(T0.AddDays(-4).AddSeconds(6)));
        var dead = await AddNewAsync(Entry("evt_dead", receivedAt: T0.AddDays(-4)));
        await AttemptAsync(dead[0], T0.AddDays(-4), InboxOutcome.Dead(T0.AddDays(-4).AddSeconds(1), "y"));
        var recent = await AddNewAsync(Entry("evt_recent", receivedAt: T0));
        await AttemptAsync(recent[0], T0, InboxOutcome.Processed(T0.AddSeconds(1)));
        Assert.Equal(2L, await CountHistoryRowsAsync(old[0]));

        Assert.Equal(1, await Store.DeleteProcessedAsync(T0.AddDays(-3), limit: 10, Ct));

        Assert.Null(await Store.GetAsync(old[0], Ct));
        Assert.Equal(0L, await CountHistoryRowsAsync(old[0]));
        Assert.Single((await GetAsync(dead[0])).History);
        Assert.Single((await GetAsync(recent[0])).History);
        Assert.Equal((1L, 1L), (await CountHistoryRowsAsync(dead[0]), await CountHistoryRowsAsync(recent[0])));
    }
}
