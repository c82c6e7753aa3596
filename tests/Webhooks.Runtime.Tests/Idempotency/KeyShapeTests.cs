using Webhooks.Idempotency;

namespace Webhooks.Runtime.Tests.Idempotency;

/// <summary>The store remembers a digest of provider and key: keys of any length and near-identical keys stay apart.</summary>
public sealed class KeyShapeTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(300)]   // over the stack buffer once UTF-8 may take 3 bytes a character
    [InlineData(5000)]
    public async Task Keys_of_any_length_are_remembered(int length)
    {
        var f = new StoreFixture();
        var key = new string('é', length);

        Assert.Equal(IdempotencyClaim.Claimed, await f.Claim(key));
        await f.Processed(key);

        Assert.Equal(IdempotencyClaim.AlreadyProcessed, await f.Claim(key));
        Assert.Equal(IdempotencyClaim.Claimed, await f.Claim(key + "x"));
    }

    [Fact]
    public async Task Provider_and_key_are_not_simply_concatenated()
    {
        var f = new StoreFixture();

        Assert.Equal(IdempotencyClaim.Claimed, await f.Store.TryClaimAsync("open", "ai1", CancellationToken.None));
        Assert.Equal(IdempotencyClaim.Claimed, await f.Store.TryClaimAsync("openai", "1", CancellationToken.None));
    }

    // The store keeps the last digest per thread, matched by reference: equal keys in other strings, and other keys in
    // between, must find the same entries.
    [Fact]
    public async Task Interleaved_deliveries_and_equal_keys_in_other_strings_find_their_own_entries()
    {
        var f = new StoreFixture();
        var first = string.Concat("msg_", "1");
        var second = string.Concat("msg_", "2");

        Assert.Equal(IdempotencyClaim.Claimed, await f.Claim(first));
        Assert.Equal(IdempotencyClaim.Claimed, await f.Claim(second));
        Assert.Equal(IdempotencyClaim.Claimed, await f.Claim(second, provider: "stripe"));
        await f.Processed(string.Concat("msg", "_1"));

        Assert.Equal(IdempotencyClaim.AlreadyProcessed, await f.Claim(first));
        Assert.Equal(IdempotencyClaim.InProgress, await f.Claim(second));
        Assert.Equal(IdempotencyClaim.InProgress, await f.Claim(second, provider: "stripe"));
    }
}
