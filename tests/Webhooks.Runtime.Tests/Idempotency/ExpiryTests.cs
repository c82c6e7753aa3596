using Webhooks.Idempotency;

namespace Webhooks.Runtime.Tests.Idempotency;

/// <summary>Processed entries are forgotten after Retention, abandoned claims after ClaimTimeout, and the sweep removes both.</summary>
public sealed class ExpiryTests
{
    [Fact]
    public async Task Processed_entry_is_remembered_until_retention_ends()
    {
        var f = new StoreFixture();
        await f.Claim("msg_1");
        await f.Processed("msg_1");

        f.Clock.Advance(StoreFixture.Retention - TimeSpan.FromSeconds(1));
        Assert.Equal(IdempotencyClaim.AlreadyProcessed, await f.Claim("msg_1"));

        f.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(IdempotencyClaim.Claimed, await f.Claim("msg_1"));
    }

    // Retention runs from when the delivery was marked processed, not from when it was claimed.
    [Fact]
    public async Task Retention_starts_when_processed()
    {
        var f = new StoreFixture();
        await f.Claim("msg_1");
        f.Clock.Advance(TimeSpan.FromSeconds(20));
        await f.Processed("msg_1");

        f.Clock.Advance(StoreFixture.Retention - TimeSpan.FromSeconds(1));

        Assert.Equal(IdempotencyClaim.AlreadyProcessed, await f.Claim("msg_1"));
    }

    [Fact]
    public async Task Unreleased_claim_can_be_reclaimed_after_the_claim_timeout()
    {
        var f = new StoreFixture();
        await f.Claim("msg_1");

        f.Clock.Advance(StoreFixture.ClaimTimeout - TimeSpan.FromSeconds(1));
        Assert.Equal(IdempotencyClaim.InProgress, await f.Claim("msg_1"));

        f.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(IdempotencyClaim.Claimed, await f.Claim("msg_1"));

        // The new claim holds for a full timeout of its own.
        f.Clock.Advance(StoreFixture.ClaimTimeout - TimeSpan.FromSeconds(1));
        Assert.Equal(IdempotencyClaim.InProgress, await f.Claim("msg_1"));
    }

    [Fact]
    public async Task Sweep_runs_once_a_minute_and_removes_expired_entries()
    {
        var f = new StoreFixture();
        await f.Claim("abandoned");              // expires after ClaimTimeout (30 s)
        await f.Claim("done");
        await f.Processed("done");               // expires after Retention (10 min)

        f.Clock.Advance(TimeSpan.FromSeconds(45));
        await f.Claim("other");                  // no sweep yet: the expired claim is still counted
        Assert.Equal(3, f.Store.Count);

        f.Clock.Advance(TimeSpan.FromSeconds(15)); // one minute after the store was created
        await f.Claim("trigger");
        Assert.Equal(3, f.Store.Count);          // "abandoned" swept; "done", "other", "trigger" remain

        f.Clock.Advance(StoreFixture.Retention);
        await f.Claim("last");
        Assert.Equal(1, f.Store.Count);          // everything but "last" had expired
    }

    [Fact]
    public async Task Sweep_does_not_remove_live_entries()
    {
        var f = new StoreFixture();
        await f.Claim("done");
        await f.Processed("done");

        f.Clock.Advance(TimeSpan.FromMinutes(2));
        await f.Claim("trigger");

        Assert.Equal(2, f.Store.Count);
        Assert.Equal(IdempotencyClaim.AlreadyProcessed, await f.Claim("done"));
    }
}
