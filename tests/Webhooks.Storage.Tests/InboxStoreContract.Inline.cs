using Webhooks.Idempotency;
using Webhooks.Inbox;
using Webhooks.Inbox.Storage;

namespace Webhooks.Storage.Tests;

// Inline dedupe: TryClaimInlineAsync, CompleteInlineAsync and ReleaseInlineAsync, on the same table as the queue.
public abstract partial class InboxStoreContract
{
    [ContractFact]
    public async Task Inline_claim_of_a_new_delivery_is_claimed_and_a_second_one_is_in_progress()
    {
        Assert.Equal(IdempotencyClaim.Claimed, await Store.TryClaimInlineAsync("openai", "wh_1", Lease(T0), Ct));

        Assert.Equal(IdempotencyClaim.InProgress, await Store.TryClaimInlineAsync("openai", "wh_1", Lease(T0.AddSeconds(1)), Ct));
        Assert.Equal(IdempotencyClaim.Claimed, await Store.TryClaimInlineAsync("openai", "wh_2", Lease(T0.AddSeconds(1)), Ct));
        Assert.Equal(IdempotencyClaim.Claimed, await Store.TryClaimInlineAsync("github", "wh_1", Lease(T0.AddSeconds(1)), Ct));
    }

    [ContractFact]
    public async Task Inline_claim_of_a_processed_delivery_is_already_processed_even_after_its_lease()
    {
        Assert.Equal(IdempotencyClaim.Claimed, await Store.TryClaimInlineAsync("openai", "wh_1", Lease(T0), Ct));

        await Store.CompleteInlineAsync("openai", "wh_1", T0.AddSeconds(1), Ct);

        Assert.Equal(IdempotencyClaim.AlreadyProcessed, await Store.TryClaimInlineAsync("openai", "wh_1", Lease(T0.AddSeconds(2)), Ct));
        Assert.Equal(IdempotencyClaim.AlreadyProcessed, await Store.TryClaimInlineAsync("openai", "wh_1", Lease(T0.AddDays(1)), Ct));
    }

    [ContractFact]
    public async Task Inline_claim_of_a_delivery_the_inbox_holds_counts_as_processed_whatever_its_status()
    {
        await AddNewAsync(Entry("evt_pending"), Entry("evt_processing"));
        Assert.Single(await ClaimAsync(T0, max: 1));
        var processing = (await Store.ListAsync(new InboxFilter { Status = InboxStatus.Processing }, null, 10, Ct)).Single().DeliveryId;
        var pending = processing == "evt_pending" ? "evt_processing" : "evt_pending";

        Assert.Equal(IdempotencyClaim.AlreadyProcessed, await Store.TryClaimInlineAsync("stripe", pending, Lease(T0), Ct));
        Assert.Equal(IdempotencyClaim.AlreadyProcessed, await Store.TryClaimInlineAsync("stripe", processing, Lease(T0.AddDays(1)), Ct));
    }

    [ContractFact]
    public async Task Inline_claim_whose_lease_expired_is_taken_over_under_the_new_lease()
    {
        Assert.Equal(IdempotencyClaim.Claimed, await Store.TryClaimInlineAsync("openai", "wh_1", Lease(T0), Ct));
        Assert.Equal(IdempotencyClaim.InProgress, await Store.TryClaimInlineAsync("openai", "wh_1", Lease(T0 + LeaseDuration - TimeSpan.FromMilliseconds(1)), Ct));

        Assert.Equal(IdempotencyClaim.Claimed, await Store.TryClaimInlineAsync("openai", "wh_1", Lease(T0 + LeaseDuration), Ct));

        // The new holder's lease runs from the takeover.
        Assert.Equal(IdempotencyClaim.InProgress, await Store.TryClaimInlineAsync("openai", "wh_1", Lease(T0 + LeaseDuration + TimeSpan.FromSeconds(29)), Ct));
    }

    [ContractFact]
    public async Task Inline_release_forgets_the_claim_so_that_the_retry_runs()
    {
        Assert.Equal(IdempotencyClaim.Claimed, await Store.TryClaimInlineAsync("openai", "wh_1", Lease(T0), Ct));

        await Store.ReleaseInlineAsync("openai", "wh_1", Ct);

        Assert.Equal(IdempotencyClaim.Claimed, await Store.TryClaimInlineAsync("openai", "wh_1", Lease(T0.AddSeconds(1)), Ct));
    }

    [ContractFact]
    public async Task Inline_release_keeps_a_processed_delivery_and_never_touches_the_inbox()
    {
        Assert.Equal(IdempotencyClaim.Claimed, await Store.TryClaimInlineAsync("openai", "wh_1", Lease(T0), Ct));
        await Store.CompleteInlineAsync("openai", "wh_1", T0, Ct);
        var ids = await AddNewAsync(Entry("evt_1"));

        await Store.ReleaseInlineAsync("openai", "wh_1", Ct);
        await Store.ReleaseInlineAsync("stripe", "evt_1", Ct);
        await Store.CompleteInlineAsync("stripe", "evt_1", T0, Ct);

        Assert.Equal(IdempotencyClaim.AlreadyProcessed, await Store.TryClaimInlineAsync("openai", "wh_1", Lease(T0.AddSeconds(1)), Ct));
        var queued = await GetAsync(ids[0]);
        Assert.Equal(InboxStatus.Pending, queued.Status);
        Assert.Null(queued.ProcessedAt);
    }

    [ContractFact]
    public async Task Inline_rows_are_not_seen_by_inspection_replay_purge_or_counts()
    {
        Assert.Equal(IdempotencyClaim.Claimed, await Store.TryClaimInlineAsync("openai", "wh_processing", Lease(T0), Ct));
        Assert.Equal(IdempotencyClaim.Claimed, await Store.TryClaimInlineAsync("openai", "wh_processed", Lease(T0), Ct));
        await Store.CompleteInlineAsync("openai", "wh_processed", T0, Ct);

        Assert.Empty(await Store.ListAsync(InboxFilter.All, null, 10, Ct));
        Assert.Empty(await Store.CountAsync(Ct));
        Assert.Empty(await Store.ReplayAsync(InboxFilter.All, 0, 10, T0.AddSeconds(1), Ct));
        Assert.Equal(0, await Store.PurgeAsync(InboxFilter.All, 10, Ct));

        // Ids grow with each row, so the inline rows' ids are below the first queued one's.
        var queued = (await AddNewAsync(Entry("evt_after")))[0];
        Assert.True(queued > 2);
        for (var id = 1; id < queued; id++)
        {
            Assert.Null(await Store.GetAsync(id, Ct));
        }

        Assert.Equal(["evt_after"], DeliveryIds(await Store.ListAsync(InboxFilter.All, null, 10, Ct)));

        // Still there: the dedupe keys survived the purge and the replay.
        Assert.Equal(IdempotencyClaim.AlreadyProcessed, await Store.TryClaimInlineAsync("openai", "wh_processed", Lease(T0.AddSeconds(1)), Ct));
        Assert.Equal(IdempotencyClaim.InProgress, await Store.TryClaimInlineAsync("openai", "wh_processing", Lease(T0.AddSeconds(1)), Ct));
    }

    [ContractFact]
    public async Task Concurrent_inline_claims_of_one_delivery_give_it_to_exactly_one()
    {
        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
            await Store.TryClaimInlineAsync("openai", "wh_1", Lease(T0), Ct))));

        Assert.Single(claims, c => c == IdempotencyClaim.Claimed);
        Assert.All(claims.Where(c => c != IdempotencyClaim.Claimed), c => Assert.Equal(IdempotencyClaim.InProgress, c));
    }
}
