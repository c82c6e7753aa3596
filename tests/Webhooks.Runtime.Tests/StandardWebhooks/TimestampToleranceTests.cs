using Webhooks.Verification;
using static Webhooks.Runtime.Tests.StandardWebhooks.Delivery;

namespace Webhooks.Runtime.Tests.StandardWebhooks;

/// <summary>
/// The signed timestamp must lie within the tolerance of the clock, in both directions: 300 s by default,
/// configurable, or off. Each delivery here is correctly signed for its own timestamp.
/// </summary>
public sealed class TimestampToleranceTests
{
    private const long Now = VectorTimestamp;

    private static WebhookVerificationResult VerifySignedAt(long timestamp, TimeSpan? tolerance) =>
        new StandardWebhooksVerifier([VectorKey], tolerance, ClockAt(Now)).Verify(SignedVectorRequest(VectorKey, timestamp), VectorBodyBytes);

    [Theory]
    [InlineData(0)]
    [InlineData(-300)] // just inside, in the past
    [InlineData(300)]  // just inside, in the future
    public void Default_tolerance_accepts_up_to_300_seconds(long offset)
    {
        var result = VerifySignedAt(Now + offset, TimeSpan.FromSeconds(300));

        Assert.Equal(WebhookVerificationStatus.Valid, result.Status);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(Now + offset), result.Timestamp);
    }

    [Theory]
    [InlineData(-301)] // stale
    [InlineData(301)]  // from the future
    [InlineData(-86_400)]
    [InlineData(86_400)]
    public void Default_tolerance_rejects_beyond_300_seconds(long offset)
    {
        var result = VerifySignedAt(Now + offset, TimeSpan.FromSeconds(300));

        Assert.Equal(WebhookVerificationStatus.TimestampOutOfTolerance, result.Status);
        Assert.False(result.IsValid);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(Now + offset), result.Timestamp);
    }

    [Theory]
    [InlineData(-10, WebhookVerificationStatus.Valid)]
    [InlineData(10, WebhookVerificationStatus.Valid)]
    [InlineData(-11, WebhookVerificationStatus.TimestampOutOfTolerance)]
    [InlineData(11, WebhookVerificationStatus.TimestampOutOfTolerance)]
    public void Configured_tolerance_of_10_seconds(long offset, object expected) =>
        Assert.Equal((WebhookVerificationStatus)expected, VerifySignedAt(Now + offset, TimeSpan.FromSeconds(10)).Status);

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    [InlineData(-365L * 86_400)]
    [InlineData(365L * 86_400)]
    public void Tolerance_switched_off_accepts_any_time(long offset) =>
        Assert.Equal(WebhookVerificationStatus.Valid, VerifySignedAt(Now + offset, null).Status);

    // standard-webhooks/standard-webhooks libraries/go/webhook_test.go ("invalid timestamp fails when ignoring
    // tolerance"): with the check off, a timestamp of 2000-01-01 that the signature does not cover still fails.
    [Fact]
    public void Tolerance_switched_off_still_checks_the_signed_timestamp()
    {
        var signedNow = Sign(VectorKey, VectorId, Now, VectorBodyBytes);
        var request = Request(VectorId, DateTimeOffset.Parse("2000-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), signedNow);

        var result = new StandardWebhooksVerifier([VectorKey], null, ClockAt(Now)).Verify(request, VectorBodyBytes);

        Assert.Equal(WebhookVerificationStatus.InvalidSignature, result.Status);
    }

    // The tolerance is measured against the injected clock, not the machine's: moving the clock moves the window.
    [Fact]
    public void Tolerance_follows_the_clock()
    {
        var clock = ClockAt(Now);
        var verifier = new StandardWebhooksVerifier([VectorKey], TimeSpan.FromSeconds(300), clock);
        var request = SignedVectorRequest(VectorKey, Now);

        Assert.True(verifier.Verify(request, VectorBodyBytes).IsValid);
        clock.Advance(TimeSpan.FromSeconds(300));
        Assert.True(verifier.Verify(request, VectorBodyBytes).IsValid);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(WebhookVerificationStatus.TimestampOutOfTolerance, verifier.Verify(request, VectorBodyBytes).Status);
    }

    // standard-webhooks/standard-webhooks libraries/python/tests/test_webhooks.py (test_invalid_timestamp_raises_error)
    // and libraries/javascript/src/webhook.test.ts ("invalid timestamp throws error") use "hello".
    [Theory]
    [InlineData("hello")]
    [InlineData("1614265330.0")]
    [InlineData("-1614265330")]
    [InlineData("+1614265330")]
    [InlineData(" 1614265330")]
    [InlineData("1614265330 ")]
    [InlineData("99999999999999999999")]
    [InlineData("253402300800")] // one second past DateTimeOffset.MaxValue
    public void Timestamp_that_is_not_unix_seconds_fails(string timestamp)
    {
        var request = Request(VectorId, timestamp, VectorSignature);

        var result = new StandardWebhooksVerifier([VectorKey], null, ClockAt(Now)).Verify(request, VectorBodyBytes);

        Assert.Equal(WebhookVerificationStatus.InvalidSignature, result.Status);
    }
}
