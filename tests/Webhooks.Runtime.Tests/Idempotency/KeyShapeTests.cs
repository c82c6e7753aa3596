using Webhooks.Idempotency;

namespace Webhooks.Runtime.Tests.Idempotency;

/// <summary>The store remembers provider and key exactly: keys of any length and form, and near-identical keys, stay apart.</summary>
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

    [Fact]
    public async Task A_key_read_as_UTF8_bytes_is_the_same_delivery_as_that_key_as_a_string()
    {
        var f = new StoreFixture();

        Assert.Equal(IdempotencyClaim.Claimed, await f.Store.TryClaimAsync("stripe", WebhookDeliveryKey.FromUtf8("evt_1é"u8.ToArray()), CancellationToken.None));
        await f.Processed("evt_1é", provider: "stripe");

        Assert.Equal(IdempotencyClaim.AlreadyProcessed, await f.Claim("evt_1é", provider: "stripe"));
    }

    // A key read from the body points into a pooled buffer that the next request overwrites.
    [Fact]
    public async Task The_store_keeps_a_copy_of_a_key_read_in_place()
    {
        var f = new StoreFixture();
        var buffer = "evt_1"u8.ToArray();

        Assert.Equal(IdempotencyClaim.Claimed, await f.Store.TryClaimAsync("stripe", WebhookDeliveryKey.FromUtf8(buffer), CancellationToken.None));
        "evt_2"u8.CopyTo(buffer);

        Assert.Equal(IdempotencyClaim.Claimed, await f.Store.TryClaimAsync("stripe", WebhookDeliveryKey.FromUtf8(buffer), CancellationToken.None));
        Assert.Equal(IdempotencyClaim.InProgress, await f.Claim("evt_1", provider: "stripe"));
    }

    // Keys longer than StoredKey.InlineBytes are remembered by their SHA-256; no short key may equal such a digest.
    [Theory]
    [InlineData(StoredKey.InlineBytes)]
    [InlineData(StoredKey.InlineBytes + 1)]
    public async Task Keys_on_either_side_of_the_inline_size_stay_apart_from_their_neighbours(int length)
    {
        var f = new StoreFixture();
        var key = new string('k', length);

        Assert.Equal(IdempotencyClaim.Claimed, await f.Claim(key));
        Assert.Equal(IdempotencyClaim.Claimed, await f.Claim(key[..^1] + "j"));
        Assert.Equal(IdempotencyClaim.Claimed, await f.Claim(key[..^1]));
        Assert.Equal(IdempotencyClaim.InProgress, await f.Claim(new string('k', length)));
    }

    [Fact]
    public async Task A_short_key_whose_bytes_are_a_long_keys_digest_is_another_delivery()
    {
        var f = new StoreFixture();
        var longKey = new string('k', 100);
        var digest = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(longKey));

        Assert.Equal(IdempotencyClaim.Claimed, await f.Claim(longKey));
        Assert.Equal(IdempotencyClaim.Claimed, await f.Store.TryClaimAsync("openai", WebhookDeliveryKey.FromUtf8(digest), CancellationToken.None));
    }
}
