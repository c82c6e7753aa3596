using Webhooks.Inbox;
using Webhooks.Inbox.Storage;

namespace Webhooks.Storage.Tests;

// ClaimAsync and RenewAsync: which rows a worker gets, and the lease that keeps them its own.
public abstract partial class InboxStoreContract
{
    [ContractFact]
    public async Task Claim_gives_due_rows_oldest_due_first_with_everything_to_process_them()
    {
        var second = Entry("evt_b", receivedAt: T0.AddSeconds(-20));
        await AddNewAsync(Entry("evt_c", receivedAt: T0.AddSeconds(-10)), second, Entry("evt_a", receivedAt: T0.AddSeconds(-30)));

        var claims = await ClaimAsync(T0);

        Assert.Equal(["evt_a", "evt_b", "evt_c"], claims.Select(c => c.DeliveryId));
        var claim = claims[1];
        Assert.Equal(await IdOfAsync("stripe", "evt_b"), claim.Id);
        Assert.Equal((second.Provider, second.Handler, second.EventType), (claim.Provider, claim.Handler, claim.EventType));
        Assert.Equal(second.Headers, claim.Headers);
        Assert.Equal(second.Body, claim.Body);
        Assert.Equal(second.SignedAt, claim.SignedAt);
        Assert.Equal(second.ReceivedAt, claim.ReceivedAt);
        Assert.Equal(second.TraceParent, claim.TraceParent);
        Assert.Equal(1, claim.Attempt);
    }

    [ContractFact]
    public async Task Claim_orders_a_row_whose_lease_expired_by_its_due_time_among_the_due_rows()
    {
        await AddNewAsync(Entry("evt_b", receivedAt: T0.AddSeconds(-20)), Entry("evt_c", receivedAt: T0.AddSeconds(-5)), Entry("evt_a", receivedAt: T0.AddSeconds(-40)));
        Assert.Equal(["evt_a"], (await ClaimAsync(T0.AddSeconds(-40))).Select(c => c.DeliveryId)); // leased until T0 - 10 s, then abandoned

        // Due at T0 - 40 s, before the others, however recently its lease expired (and stored last).
        Assert.Equal(["evt_a", "evt_b"], (await ClaimAsync(T0, max: 2)).Select(c => c.DeliveryId));
        Assert.Equal(["evt_c"], (await ClaimAsync(T0)).Select(c => c.DeliveryId));
    }

    [ContractFact]
    public async Task Claim_gives_rows_due_at_the_same_time_in_the_order_they_were_stored()
    {
        // One commit each: within one batch the store picks the order (PostgreSQL inserts a batch in key order).
        await AddNewAsync(Entry("evt_z"));
        await AddNewAsync(Entry("evt_a"));
        await AddNewAsync(Entry("evt_m"));

        Assert.Equal(["evt_z", "evt_a", "evt_m"], (await ClaimAsync(T0)).Select(c => c.DeliveryId));
        await AddNewAsync(Entry("evt_2"));
        await AddNewAsync(Entry("evt_1"));
        Assert.Equal(["evt_2"], (await ClaimAsync(T0, max: 1)).Select(c => c.DeliveryId));
    }

    [ContractFact]
    public async Task Claim_makes_rows_processing_and_counts_the_attempt()
    {
        var ids = await AddNewAsync(Entry("evt_1"));

        await ClaimAsync(T0);

        var delivery = await GetAsync(ids[0]);
        Assert.Equal(InboxStatus.Processing, delivery.Status);
        Assert.Equal(1, delivery.Attempts);
    }

    [ContractFact]
    public async Task Claim_takes_at_most_max_rows_the_oldest_due()
    {
        await AddNewAsync(Entry("evt_3", receivedAt: T0.AddSeconds(-1)), Entry("evt_1", receivedAt: T0.AddSeconds(-3)), Entry("evt_2", receivedAt: T0.AddSeconds(-2)));

        var first = await ClaimAsync(T0, max: 2);
        var second = await ClaimAsync(T0, max: 2);

        Assert.Equal(["evt_1", "evt_2"], first.Select(c => c.DeliveryId));
        Assert.Equal(["evt_3"], second.Select(c => c.DeliveryId));
        Assert.Empty(await ClaimAsync(T0, max: 2));
    }

    [ContractFact]
    public async Task Claim_never_gives_a_row_that_is_not_yet_due()
    {
        await AddNewAsync(Entry("evt_later", receivedAt: T0.AddSeconds(1)));

        Assert.Empty(await ClaimAsync(T0));
        Assert.Equal(["evt_later"], (await ClaimAsync(T0.AddSeconds(1))).Select(c => c.DeliveryId));
    }

    [ContractFact]
    public async Task Claim_never_gives_a_row_under_a_lease_that_has_not_expired()
    {
        await AddNewAsync(Entry("evt_1"));
        Assert.Single(await ClaimAsync(T0));

        Assert.Empty(await ClaimAsync(T0.AddSeconds(29)));
    }

    [ContractFact]
    public async Task Claim_never_gives_inline_dedupe_rows()
    {
        Assert.Equal(Idempotency.IdempotencyClaim.Claimed, await Store.TryClaimInlineAsync("stripe", "evt_inline", Lease(T0), Ct));
        Assert.Equal(Idempotency.IdempotencyClaim.Claimed, await Store.TryClaimInlineAsync("stripe", "evt_done", Lease(T0), Ct));
        await Store.CompleteInlineAsync("stripe", "evt_done", T0, Ct);

        // Long after the inline lease expired: still nothing for a worker.
        Assert.Empty(await ClaimAsync(T0.AddDays(1)));
    }

    [ContractFact]
    public async Task Claim_gives_a_row_whose_lease_expired_to_the_next_claimer_with_the_attempt_counted()
    {
        var ids = await AddNewAsync(Entry("evt_1"));
        Assert.Single(await ClaimAsync(Lease(T0)));

        var again = Assert.Single(await ClaimAsync(T0 + LeaseDuration));

        Assert.Equal(ids[0], again.Id);
        Assert.Equal(2, again.Attempt);
        Assert.Equal(2, (await GetAsync(ids[0])).Attempts);
    }

    [ContractFact]
    public async Task A_worker_whose_lease_expired_and_was_taken_can_neither_renew_nor_complete_nor_release_the_row()
    {
        var ids = await AddNewAsync(Entry("evt_1"));
        var stale = Lease(T0);
        Assert.Single(await ClaimAsync(stale));
        var current = Lease(T0.AddMinutes(1));
        Assert.Single(await ClaimAsync(current));

        Assert.Equal(0, await Store.RenewAsync(ids, Lease(T0.AddMinutes(1)) with { Token = stale.Token }, Ct));
        Assert.False(await Store.CompleteAsync(ids[0], stale.Token, InboxOutcome.Processed(T0.AddMinutes(1)), Ct));
        await Store.ReleaseAsync(ids, stale.Token, T0.AddMinutes(1), Ct);

        var delivery = await GetAsync(ids[0]);
        Assert.Equal(InboxStatus.Processing, delivery.Status);
        Assert.Equal(2, delivery.Attempts);
        Assert.True(await Store.CompleteAsync(ids[0], current.Token, InboxOutcome.Processed(T0.AddMinutes(2)), Ct));
        Assert.Equal(InboxStatus.Processed, (await GetAsync(ids[0])).Status);
    }

    [ContractFact]
    public async Task Concurrent_claimers_never_get_the_same_row()
    {
        const int Rows = 60;
        await AddNewAsync([.. Enumerable.Range(0, Rows).Select(i => Entry($"evt_{i:D2}", receivedAt: T0.AddMilliseconds(-i)))]);

        // Eight workers, each claiming small batches under its own lease until nothing is left.
        var workers = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            var mine = new List<long>();
            var lease = Lease(T0);
            while (await Store.ClaimAsync(3, lease, Ct) is { Count: > 0 } claims)
            {
                mine.AddRange(claims.Select(c => c.Id));
            }

            return mine;
        }));
        var claimed = (await Task.WhenAll(workers)).SelectMany(ids => ids).ToList();

        Assert.Equal(Rows, claimed.Count);
        Assert.Equal(Rows, claimed.Distinct().Count());
    }

    [ContractFact]
    public async Task Renew_extends_the_lease_of_the_rows_held_under_its_token()
    {
        await AddNewAsync(Entry("evt_1"), Entry("evt_2"), Entry("evt_3"));
        var lease = Lease(T0);
        var mine = await ClaimAsync(lease, max: 2);
        var other = Assert.Single(await ClaimAsync(T0));

        var renewed = await Store.RenewAsync([.. mine.Select(c => c.Id), other.Id], lease with { Now = T0.AddSeconds(20), Until = T0.AddSeconds(90) }, Ct);

        Assert.Equal(2, renewed);
        Assert.Equal([other.Id], (await ClaimAsync(Lease(T0.AddSeconds(60), TimeSpan.FromHours(1)))).Select(c => c.Id));
        Assert.Equal(mine.Select(c => c.Id).Order(), (await ClaimAsync(T0.AddSeconds(90))).Select(c => c.Id).Order());
    }

    [ContractFact]
    public async Task Renew_of_no_rows_renews_nothing()
    {
        await AddNewAsync(Entry("evt_1"));
        var lease = Lease(T0);
        Assert.Single(await ClaimAsync(lease));

        Assert.Equal(0, await Store.RenewAsync([], lease, Ct));
    }
}
