using Webhooks.Idempotency;

namespace Webhooks.Runtime.Tests.Idempotency;

/// <summary>Claim, duplicate, processed, released: the states a delivery id goes through.</summary>
public sealed class ClaimLifecycleTests
{
    [Fact]
    public async Task First_claim_is_granted()
    {
        var f = new StoreFixture();

        Assert.Equal(IdempotencyClaim.Claimed, await f.Claim("msg_1"));
        Assert.Equal(1, f.Store.Count);
    }

    [Fact]
    public async Task Second_claim_while_processing_is_in_progress()
    {
        var f = new StoreFixture();
        await f.Claim("msg_1");

        Assert.Equal(IdempotencyClaim.InProgress, await f.Claim("msg_1"));
    }

    [Fact]
    public async Task Claim_after_processing_is_already_processed()
    {
        var f = new StoreFixture();
        await f.Claim("msg_1");
        await f.Processed("msg_1");

        Assert.Equal(IdempotencyClaim.AlreadyProcessed, await f.Claim("msg_1"));
        Assert.Equal(IdempotencyClaim.AlreadyProcessed, await f.Claim("msg_1"));
    }

    [Fact]
    public async Task Released_claim_can_be_claimed_again()
    {
        var f = new StoreFixture();
        await f.Claim("msg_1");
        await f.Release("msg_1");

        Assert.Equal(0, f.Store.Count);
        Assert.Equal(IdempotencyClaim.Claimed, await f.Claim("msg_1"));
        Assert.Equal(IdempotencyClaim.InProgress, await f.Claim("msg_1"));
    }

    [Fact]
    public async Task Other_keys_are_independent()
    {
        var f = new StoreFixture();
        await f.Claim("msg_1");
        await f.Processed("msg_1");

        Assert.Equal(IdempotencyClaim.Claimed, await f.Claim("msg_2"));
    }

    [Fact]
    public async Task Same_key_of_different_providers_does_not_collide()
    {
        var f = new StoreFixture();
        await f.Claim("evt_1", "openai");
        await f.Processed("evt_1", "openai");

        Assert.Equal(IdempotencyClaim.Claimed, await f.Claim("evt_1", "stripe"));
        Assert.Equal(IdempotencyClaim.InProgress, await f.Claim("evt_1", "stripe"));
        Assert.Equal(IdempotencyClaim.AlreadyProcessed, await f.Claim("evt_1", "openai"));

        await f.Release("evt_1", "stripe");
        Assert.Equal(IdempotencyClaim.AlreadyProcessed, await f.Claim("evt_1", "openai"));
    }

    // Keys are compared ordinally: ids that differ only in case are different deliveries.
    [Fact]
    public async Task Keys_are_case_sensitive()
    {
        var f = new StoreFixture();
        await f.Claim("msg_a");

        Assert.Equal(IdempotencyClaim.Claimed, await f.Claim("msg_A"));
    }
}
