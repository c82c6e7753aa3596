using Webhooks.Idempotency;
using Webhooks.Inbox;
using Webhooks.Inbox.Storage;

namespace Webhooks.Storage.Tests;

// ReplayAsync, PurgeAsync and DeleteProcessedAsync: putting deliveries back, throwing them away, and retention.
public abstract partial class InboxStoreContract
{
    /// <summary>Stores <paramref name="count"/> deliveries and ends each attempt as <paramref name="outcome"/> says.</summary>
    private async Task<long[]> AddCompletedAsync(string prefix, int count, Func<DateTimeOffset, InboxOutcome> outcome, DateTimeOffset? at = null)
    {
        var now = at ?? T0;
        var ids = await AddNewAsync([.. Enumerable.Range(1, count).Select(i => Entry($"{prefix}_{i}", receivedAt: now))]);
        var lease = Lease(now);
        var claims = await ClaimAsync(lease);
        Assert.Equal(ids.Order(), claims.Select(c => c.Id).Order());
        foreach (var id in ids)
        {
            Assert.True(await Store.CompleteAsync(id, lease.Token, outcome(now), Ct));
        }

        return ids;
    }

    private async Task AssertGoneAsync(IEnumerable<long> ids)
    {
        foreach (var id in ids)
        {
            Assert.Null(await Store.GetAsync(id, Ct));
        }
    }

    [ContractFact]
    public async Task Replay_makes_matching_deliveries_pending_due_now_with_their_attempts_reset()
    {
        var dead = await AddCompletedAsync("dead", 2, at => InboxOutcome.Dead(at, "JsonException"));
        var processed = await AddCompletedAsync("done", 1, InboxOutcome.Processed);
        var replayedAt = T0.AddHours(1);

        var replayed = await Store.ReplayAsync(new InboxFilter { Status = InboxStatus.Dead }, afterId: 0, limit: 10, replayedAt, Ct);

        Assert.Equal(dead.Order(), replayed);
        foreach (var id in dead)
        {
            var delivery = await GetAsync(id);
            Assert.Equal((InboxStatus.Pending, 0, (DateTimeOffset?)replayedAt, (DateTimeOffset?)null), (delivery.Status, delivery.Attempts, delivery.DueAt, delivery.ProcessedAt));
        }

        Assert.Equal(InboxStatus.Processed, (await GetAsync(processed[0])).Status);
        var claims = await ClaimAsync(replayedAt);
        Assert.Equal(dead.Order(), claims.Select(c => c.Id).Order());
        Assert.All(claims, c => Assert.Equal(1, c.Attempt));
    }

    [ContractFact]
    public async Task Replay_pages_in_id_order_after_the_cursor_up_to_the_limit()
    {
        var dead = (await AddCompletedAsync("dead", 5, at => InboxOutcome.Dead(at, "x"))).Order().ToArray();
        var filter = new InboxFilter { Status = InboxStatus.Dead };

        var first = await Store.ReplayAsync(filter, afterId: 0, limit: 2, T0.AddHours(1), Ct);
        var second = await Store.ReplayAsync(filter, afterId: first[^1], limit: 2, T0.AddHours(1), Ct);
        var last = await Store.ReplayAsync(filter, afterId: second[^1], limit: 2, T0.AddHours(1), Ct);

        Assert.Equal(dead[..2], first);
        Assert.Equal(dead[2..4], second);
        Assert.Equal(dead[4..], last);
        Assert.Empty(await Store.ReplayAsync(filter, afterId: dead[^1], limit: 2, T0.AddHours(1), Ct));
    }

    [ContractFact]
    public async Task Replay_leaves_rows_being_processed_to_their_worker()
    {
        var dead = await AddCompletedAsync("dead", 1, at => InboxOutcome.Dead(at, "x"));
        var ids = await AddNewAsync(Entry("evt_running"));
        var lease = Lease(T0);
        Assert.Single(await ClaimAsync(lease));

        var replayed = await Store.ReplayAsync(InboxFilter.All, afterId: 0, limit: 10, T0.AddSeconds(1), Ct);

        Assert.Equal(dead, replayed);
        var running = await GetAsync(ids[0]);
        Assert.Equal((InboxStatus.Processing, 1), (running.Status, running.Attempts));
        Assert.True(await Store.CompleteAsync(ids[0], lease.Token, InboxOutcome.Processed(T0.AddSeconds(2)), Ct));
    }

    [ContractFact]
    public async Task Replay_by_provider_leaves_other_providers_alone()
    {
        var stripe = await AddCompletedAsync("dead", 1, at => InboxOutcome.Dead(at, "x"));
        await AddNewAsync(Entry("gh_1", provider: "github"));
        var lease = Lease(T0);
        var github = Assert.Single(await ClaimAsync(lease));
        Assert.True(await Store.CompleteAsync(github.Id, lease.Token, InboxOutcome.Dead(T0, "x"), Ct));

        Assert.Equal(stripe, await Store.ReplayAsync(new InboxFilter { Provider = "stripe" }, 0, 10, T0.AddSeconds(1), Ct));
        Assert.Equal(InboxStatus.Dead, (await GetAsync(github.Id)).Status);
    }

    [ContractFact]
    public async Task Replay_by_id_replays_only_that_delivery()
    {
        var dead = await AddCompletedAsync("dead", 3, at => InboxOutcome.Dead(at, "x"));

        Assert.Equal([dead[1]], await Store.ReplayAsync(new InboxFilter { Id = dead[1] }, afterId: 0, limit: 10, T0.AddHours(1), Ct));

        Assert.Equal(InboxStatus.Pending, (await GetAsync(dead[1])).Status);
        Assert.Equal((InboxStatus.Dead, InboxStatus.Dead), ((await GetAsync(dead[0])).Status, (await GetAsync(dead[2])).Status));
        Assert.Equal([dead[1]], (await ClaimAsync(T0.AddHours(1))).Select(c => c.Id));
    }

    [ContractFact]
    public async Task Replay_by_id_of_a_delivery_being_processed_or_not_matching_replays_nothing()
    {
        var dead = await AddCompletedAsync("dead", 1, at => InboxOutcome.Dead(at, "x"));
        var running = await AddNewAsync(Entry("evt_running"));
        Assert.Single(await ClaimAsync(T0));

        Assert.Empty(await Store.ReplayAsync(new InboxFilter { Id = running[0] }, 0, 10, T0.AddSeconds(1), Ct));
        Assert.Empty(await Store.ReplayAsync(new InboxFilter { Id = dead[0], Provider = "github" }, 0, 10, T0.AddSeconds(1), Ct));
        Assert.Empty(await Store.ReplayAsync(new InboxFilter { Id = dead[0] }, afterId: dead[0], limit: 10, T0.AddSeconds(1), Ct));
        Assert.Empty(await Store.ReplayAsync(new InboxFilter { Id = running[0] + 1000 }, 0, 10, T0.AddSeconds(1), Ct));

        Assert.Equal(InboxStatus.Processing, (await GetAsync(running[0])).Status);
        Assert.Equal(InboxStatus.Dead, (await GetAsync(dead[0])).Status);
    }

    [ContractFact]
    public async Task Purge_by_id_deletes_only_that_delivery_unless_it_is_being_processed()
    {
        var dead = await AddCompletedAsync("dead", 3, at => InboxOutcome.Dead(at, "x"));
        var running = await AddNewAsync(Entry("evt_running"));
        Assert.Single(await ClaimAsync(T0));

        Assert.Equal(1, await Store.PurgeAsync(new InboxFilter { Id = dead[1] }, limit: 10, Ct));
        Assert.Equal(0, await Store.PurgeAsync(new InboxFilter { Id = running[0] }, limit: 10, Ct));
        Assert.Equal(0, await Store.PurgeAsync(new InboxFilter { Id = dead[0], Status = InboxStatus.Processed }, limit: 10, Ct));

        await AssertGoneAsync([dead[1]]);
        Assert.Equal(["evt_running", "dead_3", "dead_1"], DeliveryIds(await Store.ListAsync(InboxFilter.All, null, 10, Ct)));
    }

    [ContractFact]
    public async Task Purge_deletes_up_to_the_limit_of_matching_deliveries_that_are_not_being_processed()
    {
        var dead = await AddCompletedAsync("dead", 3, at => InboxOutcome.Dead(at, "x"));
        var processed = await AddCompletedAsync("done", 1, InboxOutcome.Processed);
        var running = await AddNewAsync(Entry("evt_running"));
        Assert.Single(await ClaimAsync(T0));

        Assert.Equal(2, await Store.PurgeAsync(new InboxFilter { Status = InboxStatus.Dead }, limit: 2, Ct));
        Assert.Single(await Store.ListAsync(new InboxFilter { Status = InboxStatus.Dead }, null, 10, Ct));

        Assert.Equal(2, await Store.PurgeAsync(InboxFilter.All, limit: 10, Ct));
        Assert.Equal(["evt_running"], DeliveryIds(await Store.ListAsync(InboxFilter.All, null, 10, Ct)));
        Assert.Null(await Store.GetAsync(processed[0], Ct));
        await AssertGoneAsync(dead);
        Assert.Equal(InboxStatus.Processing, (await GetAsync(running[0])).Status);
    }

    [ContractFact]
    public async Task Purged_delivery_is_new_again_to_the_inbox()
    {
        await AddCompletedAsync("dead", 1, at => InboxOutcome.Dead(at, "x"));

        Assert.Equal(1, await Store.PurgeAsync(InboxFilter.All, 10, Ct));

        Assert.Equal(new[] { true }, await Store.AddAsync([Entry("dead_1")], Ct));
    }

    [ContractFact]
    public async Task Retention_deletes_rows_processed_before_the_cutoff_queued_and_inline_bounded_by_the_limit()
    {
        var old = await AddCompletedAsync("old", 3, InboxOutcome.Processed, at: T0.AddDays(-4));
        var recent = await AddCompletedAsync("recent", 1, InboxOutcome.Processed, at: T0);
        var dead = await AddCompletedAsync("dead", 1, at => InboxOutcome.Dead(at, "x"), at: T0.AddDays(-4));
        await AddNewAsync(Entry("pending", receivedAt: T0.AddDays(-4)));
        Assert.Equal(IdempotencyClaim.Claimed, await Store.TryClaimInlineAsync("openai", "wh_old", Lease(T0.AddDays(-4)), Ct));
        await Store.CompleteInlineAsync("openai", "wh_old", T0.AddDays(-4), Ct);
        var cutoff = T0.AddDays(-3);

        var firstBatch = await Store.DeleteProcessedAsync(cutoff, limit: 2, Ct);
        var rest = await Store.DeleteProcessedAsync(cutoff, limit: 10, Ct);

        Assert.Equal((2, 2), (firstBatch, rest)); // three old queued rows and one old inline row
        Assert.Equal(0, await Store.DeleteProcessedAsync(cutoff, limit: 10, Ct));
        await AssertGoneAsync(old);
        Assert.Equal(InboxStatus.Processed, (await GetAsync(recent[0])).Status);
        Assert.Equal(InboxStatus.Dead, (await GetAsync(dead[0])).Status);
        Assert.Equal(["pending"], DeliveryIds(await Store.ListAsync(new InboxFilter { Status = InboxStatus.Pending }, null, 10, Ct)));

        // Forgotten, so new again.
        Assert.Equal(new[] { true, false }, await Store.AddAsync([Entry("old_1"), Entry("recent_1")], Ct));
        Assert.Equal(IdempotencyClaim.Claimed, await Store.TryClaimInlineAsync("openai", "wh_old", Lease(T0), Ct));
    }

    [ContractFact]
    public async Task Retention_deletes_inline_claims_abandoned_before_the_cutoff_and_keeps_live_ones()
    {
        // A request's process died holding this claim, and no redelivery came to take it over.
        Assert.Equal(IdempotencyClaim.Claimed, await Store.TryClaimInlineAsync("openai", "wh_abandoned", Lease(T0.AddDays(-4)), Ct));
        Assert.Equal(IdempotencyClaim.Claimed, await Store.TryClaimInlineAsync("openai", "wh_live", Lease(T0, TimeSpan.FromHours(1)), Ct));
        await AddNewAsync(Entry("evt_running", receivedAt: T0.AddDays(-4)));
        var running = Assert.Single(await ClaimAsync(T0.AddDays(-4)));

        Assert.Equal(1, await Store.DeleteProcessedAsync(T0.AddDays(-3), limit: 10, Ct));

        Assert.Equal(IdempotencyClaim.InProgress, await Store.TryClaimInlineAsync("openai", "wh_live", Lease(T0.AddSeconds(1)), Ct));
        Assert.Equal(InboxStatus.Processing, (await GetAsync(running.Id)).Status); // a queued row's expired lease is the workers'

        // Gone: a claim now is a new one, under a lease that holds.
        Assert.Equal(IdempotencyClaim.Claimed, await Store.TryClaimInlineAsync("openai", "wh_abandoned", Lease(T0), Ct));
        Assert.Equal(IdempotencyClaim.InProgress, await Store.TryClaimInlineAsync("openai", "wh_abandoned", Lease(T0.AddSeconds(1)), Ct));
    }

    [ContractFact]
    public async Task Retention_counts_processed_and_abandoned_rows_together_against_the_limit()
    {
        await AddCompletedAsync("old", 2, InboxOutcome.Processed, at: T0.AddDays(-4));
        Assert.Equal(IdempotencyClaim.Claimed, await Store.TryClaimInlineAsync("openai", "wh_1", Lease(T0.AddDays(-4)), Ct));
        Assert.Equal(IdempotencyClaim.Claimed, await Store.TryClaimInlineAsync("openai", "wh_2", Lease(T0.AddDays(-4)), Ct));

        Assert.Equal(3, await Store.DeleteProcessedAsync(T0.AddDays(-3), limit: 3, Ct));
        Assert.Equal(1, await Store.DeleteProcessedAsync(T0.AddDays(-3), limit: 3, Ct));
    }

    [ContractFact]
    public async Task Retention_keeps_a_row_processed_exactly_at_the_cutoff()
    {
        var ids = await AddCompletedAsync("edge", 1, InboxOutcome.Processed, at: T0);

        Assert.Equal(0, await Store.DeleteProcessedAsync(T0, limit: 10, Ct));
        Assert.Equal(1, await Store.DeleteProcessedAsync(T0.AddMilliseconds(1), limit: 10, Ct));
        Assert.Null(await Store.GetAsync(ids[0], Ct));
    }
}
