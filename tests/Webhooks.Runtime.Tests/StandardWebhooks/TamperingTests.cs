using Webhooks.Verification;
using static Webhooks.Runtime.Tests.StandardWebhooks.Delivery;

namespace Webhooks.Runtime.Tests.StandardWebhooks;

/// <summary>A change to any signed part of the vector delivery, or another key, fails it.</summary>
public sealed class TamperingTests
{
    private static WebhookVerificationResult VerifyVector(byte[] key, string id, string timestamp, byte[] body) =>
        Verifier(key, ClockAt(VectorTimestamp)).Verify(Request(id, timestamp, VectorSignature), body);

    [Fact]
    public void Wrong_secret_fails()
    {
        // The vector's key with its last byte changed.
        var otherKey = VectorKey;
        otherKey[^1] ^= 0x01;

        Assert.Equal(WebhookVerificationStatus.Valid, VectorResult(VectorKey, VectorBodyBytes));
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, VectorResult(otherKey, VectorBodyBytes));
    }

    // Every single byte of the body matters, not only the first or the last.
    [Fact]
    public void Body_with_any_one_byte_changed_fails()
    {
        var original = VectorBodyBytes;
        Assert.Equal(WebhookVerificationStatus.Valid, VectorResult(VectorKey, original));

        for (var i = 0; i < original.Length; i++)
        {
            var tampered = (byte[])original.Clone();
            tampered[i] ^= 0x01;
            Assert.Equal(WebhookVerificationStatus.InvalidSignature, VectorResult(VectorKey, tampered));
        }
    }

    [Fact]
    public void Body_with_a_byte_appended_or_removed_fails()
    {
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, VectorResult(VectorKey, [.. VectorBodyBytes, (byte)'\n']));
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, VectorResult(VectorKey, VectorBodyBytes[..^1]));
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, VectorResult(VectorKey, []));
    }

    // The id and the timestamp are signed too: a replay under another id or time is rejected.
    [Theory]
    [InlineData("msg_p5jXN8AQM9LWM0D4loKWxJeK", "1614265330")]
    [InlineData("msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265331")]
    [InlineData("msg_p5jXN8AQM9LWM0D4loKWxJek", "01614265330")]
    public void Changed_id_or_timestamp_fails(string id, string timestamp) =>
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, VerifyVector(VectorKey, id, timestamp, VectorBodyBytes).Status);

    private static WebhookVerificationStatus VectorResult(byte[] key, byte[] body) =>
        VerifyVector(key, VectorId, "1614265330", body).Status;
}
